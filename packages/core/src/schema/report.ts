import * as z from 'zod/mini';
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
  .check(z.superRefine((period, ctx) => {
    if (period.end < period.start) {
      ctx.addIssue({ code: 'custom', message: 'rol:period-order', params: { ...period }, path: ['end'] });
    }
  }));

/** Where the report was published. */
export const ReportSourceSchema = z
  .strictObject({
    url: z.optional(z.url()),
    retrievedAt: z.optional(IsoDateOrDateTimeSchema),
    publisher: z.optional(z.string().check(z.minLength(1))),
  });

/** An annual report on building a rule-of-law government (法治政府建设年度报告). */
export const ReportSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    issuer: IssuerSchema,
    title: z.string().check(z.minLength(1)),
    period: PeriodSchema,
    signedOn: z.optional(IsoDateSchema),
    publishedAt: z.optional(IsoDateOrDateTimeSchema),
    source: z.optional(ReportSourceSchema),
    sections: z.array(SectionSchema),
    indicators: z.array(IndicatorSchema),
    extensions: z.optional(ExtensionsSchema),
  })
  .check(z.superRefine(checkReportReferences));

/** An annual rule-of-law government report. */
export type Report = z.infer<typeof ReportSchema>;
/** The reporting period. */
export type Period = z.infer<typeof PeriodSchema>;
