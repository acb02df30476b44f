import * as z from 'zod/mini';
import type { ReportIssueCode } from '../parse/issue-codes.js';
import { IsoDateOrDateTimeSchema, IsoDateSchema } from '../schema/dates.js';
import { FamilySchema } from '../schema/family.js';
import {
  AmountIndicatorSchema,
  BreakdownIndicatorSchema,
  BreakdownPartSchema,
  CountIndicatorSchema,
  IndicatorSchema,
  MeasureIndicatorSchema,
  RateIndicatorSchema,
} from '../schema/indicator.js';
import { IssuerSchema } from '../schema/issuer.js';
import { ExtensionsSchema } from '../schema/json-value.js';
import { LocalizedTextSchema } from '../schema/localized-text.js';
import { IndicatorRefSchema, OperandSchema } from '../schema/operand.js';
import { QualifierSchema } from '../schema/qualifier.js';
import { QuantitySchema } from '../schema/quantity.js';
import { PeriodSchema, ReportSchema, ReportSourceSchema } from '../schema/report.js';
import { ReportPartSchema } from '../schema/report-part.js';
import { SectionSchema } from '../schema/section.js';
import { IdSchema } from '../schema/slug.js';
import { SourceSpanSchema } from '../schema/source-span.js';
import { CustomUnitSchema, UnitSchema } from '../schema/unit.js';
import { withIssueCodes } from './issue-code-note.js';

/** What the JSON Schema says of a zod schema: its description, and the name of its definition under `$defs`. */
export interface SchemaDescription {
  readonly description: string;
  /** The stable name of its definition (`#/$defs/<id>`), for a schema that is one. */
  readonly id?: string;
}

/**
 * The descriptions written into the JSON Schema, with the issue codes `parseReport` gives for each rule,
 * and the names of its definitions. They live here, not on the schemas themselves, so that the browser
 * bundle (which validates but never writes a JSON Schema) does not carry them.
 */
export const SCHEMA_DESCRIPTIONS = z.registry<SchemaDescription>();

const describe = (schema: z.core.$ZodType, description: string, codes: readonly ReportIssueCode[] = []) =>
  SCHEMA_DESCRIPTIONS.add(schema, { description: codes.length > 0 ? withIssueCodes(description, codes) : description });
/** A definition of its own under `$defs`, by a stable, readable name. */
const define = (schema: z.core.$ZodType, id: string, description: string, codes: readonly ReportIssueCode[] = []) =>
  SCHEMA_DESCRIPTIONS.add(schema, { id, description: codes.length > 0 ? withIssueCodes(description, codes) : description });
// Fields shared by every indicator kind are the same schema instances in each kind.
const indicator = CountIndicatorSchema.shape;
/** The references a report checks beyond their shape: which indicator, and which part or group of it. */
const REFERENCE_CODES = ['unknown_indicator', 'self_reference', 'ref_kind', 'part_of_non_breakdown', 'unknown_part', 'unknown_group'] as const;

// Values and units.
define(IdSchema, 'Id', 'A stable dotted lower-case slug, e.g. `litigation.cases`.', ['id_format']);
define(IsoDateSchema, 'IsoDate', 'A calendar date, YYYY-MM-DD.', ['date']);
define(IsoDateOrDateTimeSchema, 'IsoDateOrDateTime', 'A date (YYYY-MM-DD) or an ISO date-time, with or without an offset.', ['date_time']);
define(FamilySchema, 'Family', 'The indicator family.');
define(LocalizedTextSchema, 'LocalizedText', 'A text in zh-CN, optionally also in English.');
describe(LocalizedTextSchema.shape['zh-CN'], 'Simplified Chinese text, as in the report.');
describe(LocalizedTextSchema.shape.en, 'English text, when known.');
define(ExtensionsSchema, 'Extensions', 'Free data that round-trips untouched: any JSON values.', ['json_value']);
define(QualifierSchema, 'Qualifier', 'How the stated figure relates to the true number.');
define(UnitSchema, 'Unit', 'A built-in unit code or a custom unit with its label.', ['unit']);
define(CustomUnitSchema, 'CustomUnit', 'A unit outside the built-in list.');
describe(CustomUnitSchema.shape.custom, 'The unit as written, e.g. 公里.');
describe(CustomUnitSchema.shape.dimension, 'What it measures; `count` when absent.');
define(SourceSpanSchema, 'SourceSpan', 'A span of the source text, with UTF-16 offsets: `end` − `start` is the length of `text`.', ['span_length']);
describe(SourceSpanSchema.shape.text, 'The exact characters of the source text at [start, end).');
describe(SourceSpanSchema.shape.start, 'UTF-16 offset of the first character.');
describe(SourceSpanSchema.shape.end, 'UTF-16 offset just past the last character.');
define(QuantitySchema, 'Quantity', 'A stated figure with its unit, qualifier and verbatim form.');
describe(
  QuantitySchema.shape.value,
  'The value in base units (元 for money, percent for rates): at most 10^15 in magnitude (10^6 for percent and percentage points), with at most 6 decimal places.',
  ['out_of_range', 'decimals'],
);
describe(QuantitySchema.shape.qualifier, 'How exact the figure is; `exact` when absent.');
describe(QuantitySchema.shape.marker, 'The qualifier as written: 余, 以上, 逾, 约, 近, 不足, 达…');
describe(QuantitySchema.shape.written, 'The figure verbatim, as the report wrote it: "0.39万元", "996余人次".');

// References and operands.
define(
  IndicatorRefSchema,
  'IndicatorRef',
  'A reference to another indicator, or to a part or a group (not both) of a breakdown; the indicator exists, is not the referring one, is of a kind allowed there, and has that part or group.',
  ['part_and_group', ...REFERENCE_CODES],
);
describe(IndicatorRefSchema.shape.part, 'A category of the referred breakdown.');
describe(IndicatorRefSchema.shape.group, 'A group of the referred breakdown (e.g. concluded, correction).');
define(OperandSchema, 'Operand', 'A reference to another indicator (with `ref`), or an inline stated quantity.', ['operand']);
define(OperandSchema._zod.def.options[1]!, 'InlineQuantity', 'A figure stated inline.');

// Indicators.
define(IndicatorSchema, 'Indicator', 'An indicator: its `kind` chooses which fields it has.');
define(CountIndicatorSchema, 'CountIndicator', 'A count: cases, inspections, persons, batches…');
define(AmountIndicatorSchema, 'AmountIndicator', 'A sum of money, in 元.');
define(MeasureIndicatorSchema, 'MeasureIndicator', 'Any other stated figure: percentage points, 倍, a rank (位), a custom measure.');
define(RateIndicatorSchema, 'RateIndicator', 'A rate in percent (a multiple in 倍): stated, or computed from its numerator and denominator, or both.');
define(BreakdownIndicatorSchema, 'BreakdownIndicator', 'A total and its parts: outcome breakdowns, channels, categories of work.');
define(BreakdownPartSchema, 'BreakdownPart', 'One category of a breakdown.');
describe(indicator.sectionId, 'The section of the report it appears in.', ['unknown_section']);
describe(indicator.note, 'A note shown with the figure.');
describe(
  RateIndicatorSchema.shape.quantity,
  'The stated rate, in percent. A year-on-year change as written, positive: 同比下降3.9% is 3.9 with formula `decrease`. A multiple in 倍: 复议诉讼比值达2.6 is 2.6倍 with formula `multiple`.',
);
describe(RateIndicatorSchema.shape.numerator, "A ratio's numerator; for a year-on-year change (增长/下降), the current figure.");
describe(
  RateIndicatorSchema.shape.denominator,
  "A ratio's denominator (its base); for a year-on-year change, the earlier figure it is measured against (上年/同期, often quoted inline: 2023年为867件).",
);
describe(
  RateIndicatorSchema.shape.formula,
  'How the rate follows from its operands; `ratio` when absent. `ratio`: numerator ÷ denominator × 100 (占比, 纠错率, 办结率). `increase` (同比增长): (numerator − denominator) ÷ denominator × 100. `decrease` (同比下降): (denominator − numerator) ÷ denominator × 100. `multiple` (比值, 2.5:1): numerator ÷ denominator, in times.',
);
describe(RateIndicatorSchema.shape.rounding, 'How the source rounded, when known.');
describe(BreakdownPartSchema.shape.category, 'A codelist code (e.g. uphold) or a free category slug.');
describe(BreakdownPartSchema.shape.label, 'Required for a free category; overrides the codelist label.');
describe(BreakdownPartSchema.shape.groups, 'Groups of a free category (codelist categories have theirs).');
describe(BreakdownIndicatorSchema.shape.codelist, 'The outcome codelist its categories come from.');
describe(
  BreakdownIndicatorSchema.shape.total,
  'The stated total, or a reference to the indicator that states it: a count or an amount, or `{ ref, part }` a part of another breakdown.',
  ['total'],
);
describe(BreakdownIndicatorSchema.shape.parts, 'Its parts, each category once.', ['duplicate_category']);
describe(BreakdownIndicatorSchema.shape.exhaustive, 'Must the parts add up to the total? ("包括…" lists are not exhaustive.)');
describe(BreakdownIndicatorSchema.shape.sumAcrossUnits, 'The source counts parts in different count units toward one total (e.g. 批次 and 件次).');

// The report.
define(IssuerSchema, 'Issuer', 'The body that issued the report.');
describe(IssuerSchema.shape.name, 'The issuing body, as named in the report.');
describe(IssuerSchema.shape.nameEn, 'Its English name, when known.');
describe(IssuerSchema.shape.level, 'Its level of government or kind of body.');
describe(IssuerSchema.shape.parent, 'The government it belongs to, e.g. 天津市滨海新区.');
describe(IssuerSchema.shape.divisionCode, 'Administrative division code (6, 9 or 12 digits).', ['division_code']);
define(PeriodSchema, 'Period', 'The reporting period: it ends on or after its start.', ['period_order']);
define(ReportSourceSchema, 'ReportSource', 'Where the report was published.');
describe(ReportSourceSchema.shape.url, 'The page the report was published on: a URL as browsers parse it (WHATWG URL).', ['invalid_format']);
describe(ReportSourceSchema.shape.retrievedAt, 'When the text was taken from it.');
describe(ReportSourceSchema.shape.publisher, 'The site or body that published it, e.g. 杭州道.');
define(
  ReportPartSchema,
  'ReportPart',
  'A required part of an annual report: measures 主要举措和成效, shortcomings 存在的不足和原因, leadership 党政主要负责人履行推进法治建设第一责任人职责情况, next_year 下一年度推进法治政府建设的主要安排, other 其他需要报告的情况.',
);
define(SectionSchema, 'Section', 'A section of the report.');
describe(SectionSchema.shape.numbering, 'The number as written: 一、 (一) 1.');
describe(SectionSchema.shape.heading, 'The heading text, without its number.');
describe(SectionSchema.shape.parent, 'The enclosing section: one that exists, and not one of its own descendants.', ['unknown_section', 'section_cycle']);
describe(SectionSchema.shape.order, 'Position among its siblings, from 0.');
describe(
  SectionSchema.shape.parts,
  'Which required parts of the report this section is: one code, several when the heading folds parts together (存在问题及下步打算 → shortcomings, next_year), or [] for none. When absent, they are read from the heading.',
);
describe(ReportSchema.shape.schemaVersion, 'The version of this schema: 1. A newer version needs a newer library.', ['schema_version']);
describe(ReportSchema.shape.title, 'The title, as published.');
describe(ReportSchema.shape.signedOn, 'The date at the end of the report.');
describe(ReportSchema.shape.publishedAt, 'When it was published.');
describe(ReportSchema.shape.sections, 'Its sections, each id once.', ['duplicate_id']);
describe(ReportSchema.shape.indicators, 'Its indicators, each id once.', ['duplicate_id']);
describe(ReportSchema, 'An annual rule-of-law government report (法治政府建设年度报告).');

/**
 * Descriptions of fields that are a shared definition itself (an indicator's `label` is `LocalizedText`, a
 * reference's `ref` is `Id`): the registry describes the definition, so these are written on each use.
 */
export const FIELD_DESCRIPTIONS = {
  indicatorLabel: 'What the figure counts, in zh-CN (and English).',
  ref: 'The id of the indicator referred to.',
} as const;
