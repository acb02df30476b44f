import * as z from 'zod';
import { IsoDateOrDateTimeSchema, IsoDateSchema } from './dates.js';
import { IndicatorSchema } from './indicator.js';
import { IssuerSchema } from './issuer.js';
import { ExtensionsSchema } from './json-value.js';
import { SectionSchema } from './section.js';
import { checkReportReferences } from './report-references.js';

/** The schema version this library writes and understands. */
export const SCHEMA_VERSION = 1;

/** The reporting period, usually a calendar year. */
export const PeriodSchema = z
  .strictObject({ start: IsoDateSchema, end: IsoDateSchema })
  .superRefine((period, ctx) => {
    if (period.end < period.start) {
      ctx.addIssue({ code: 'custom', message: 'rol:period-order', params: { ...period }, path: ['end'] });
    }
  })
  .describe('The reporting period.');

/** Where the report was published. */
export const ReportSourceSchema = z
  .strictObject({
    url: z.url().optional().describe('The page the report was published on.'),
    retrievedAt: IsoDateOrDateTimeSchema.optional().describe('When the text was taken from it.'),
    publisher: z.string().min(1).optional().describe('The site or body that published it, e.g. 杭州道.'),
  })
  .describe('Where the report was published.');

/** An annual report on building a rule-of-law government (法治政府建设年度报告). */
export const ReportSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('The version of this schema.'),
    issuer: IssuerSchema,
    title: z.string().min(1).describe('The title, as published.'),
    period: PeriodSchema,
    signedOn: IsoDateSchema.optional().describe('The date at the end of the report.'),
    publishedAt: IsoDateOrDateTimeSchema.optional().describe('When it was published.'),
    source: ReportSourceSchema.optional(),
    sections: z.array(SectionSchema),
    indicators: z.array(IndicatorSchema),
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine(checkReportReferences)
  .describe('An annual rule-of-law government report (法治政府建设年度报告).');

/** An annual rule-of-law government report. */
export type Report = z.infer<typeof ReportSchema>;
/** The reporting period. */
export type Period = z.infer<typeof PeriodSchema>;
