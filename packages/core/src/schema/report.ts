import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { IsoDateOrDateTimeSchema, IsoDateSchema } from './dates.js';
import { IndicatorSchema, type Indicator } from './indicator.js';
import { IssuerSchema, type Issuer } from './issuer.js';
import { ExtensionsSchema, type JsonValue } from './json-value.js';
import { SectionSchema, type Section } from './section.js';
import { checkReportReferences } from '../rules/report-references.js';
import { rolCheck } from './rol-check.js';
import { SCHEMA_VERSION } from '../vocabulary/schema-version.js';
import { checkPeriodOrder } from '../rules/period-order.js';

export * from '../vocabulary/schema-version.js';

/** The reporting period, usually a calendar year. */
export const PeriodSchema = strictObject({ start: IsoDateSchema, end: IsoDateSchema }).check(rolCheck(checkPeriodOrder));

/** Where the report was published. */
export const ReportSourceSchema = strictObject({
  url: z.optional(z.url()),
  retrievedAt: z.optional(IsoDateOrDateTimeSchema),
  publisher: z.optional(z.string().check(z.minLength(1))),
});

/** An annual report on building a rule-of-law government (法治政府建设年度报告). */
export const ReportSchema = strictObject({
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
}).check(rolCheck(checkReportReferences));

/** The reporting period, usually a calendar year. */
export interface Period {
  start: string;
  end: string;
}

/** Where the report was published. */
export interface ReportSource {
  /** The page the report was published on. */
  url?: string | undefined;
  /** When the text was taken from it. */
  retrievedAt?: string | undefined;
  /** The site or body that published it, e.g. 杭州道. */
  publisher?: string | undefined;
}

/** An annual report on building a rule-of-law government (法治政府建设年度报告). */
export interface Report {
  /** The version of this schema (1). */
  schemaVersion: typeof SCHEMA_VERSION;
  issuer: Issuer;
  /** The title, as published. */
  title: string;
  period: Period;
  /** The date at the end of the report (YYYY-MM-DD). */
  signedOn?: string | undefined;
  /** When it was published: a date, or a date-time. */
  publishedAt?: string | undefined;
  source?: ReportSource | undefined;
  sections: Section[];
  indicators: Indicator[];
  /** Free data that round-trips untouched. */
  extensions?: Record<string, JsonValue> | undefined;
}

type PeriodMatchesSchema = Proof<Same<Period, z.infer<typeof PeriodSchema>>>;
type ReportSourceMatchesSchema = Proof<Same<ReportSource, z.infer<typeof ReportSourceSchema>>>;
type ReportMatchesSchema = Proof<Same<Report, z.infer<typeof ReportSchema>>>;
