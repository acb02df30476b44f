import * as z from 'zod';
import { CODELIST_IDS } from '../codelists/index.js';
import { FamilySchema } from './family.js';
import { ExtensionsSchema } from './json-value.js';
import { LocalizedTextSchema } from './localized-text.js';
import { IndicatorRefSchema, OperandSchema } from './operand.js';
import { QuantitySchema } from './quantity.js';
import { IdSchema } from './slug.js';

/** Indicator kinds. */
export const INDICATOR_KINDS = ['count', 'amount', 'measure', 'rate', 'breakdown'] as const;

/** One of {@link INDICATOR_KINDS}. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** How the source rounded a stated rate, when known. */
export const ROUNDING_MODES = ['half_up', 'truncate', 'unknown'] as const;

/** One of {@link ROUNDING_MODES}. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const common = {
  id: IdSchema,
  family: FamilySchema,
  label: LocalizedTextSchema.describe('What the figure counts, in zh-CN (and English).'),
  sectionId: IdSchema.optional().describe('The section of the report it appears in.'),
  note: LocalizedTextSchema.optional().describe('A note shown with the figure.'),
  extensions: ExtensionsSchema.optional(),
};

/** A count: cases, inspections, persons, batches… */
export const CountIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('count'),
  quantity: QuantitySchema,
});

/** A sum of money, in 元. */
export const AmountIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('amount'),
  quantity: QuantitySchema,
});

/** Any other stated figure: percentage points, 倍, a rank (位). */
export const MeasureIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('measure'),
  quantity: QuantitySchema,
});

/** A rate in percent: stated, or computed from its numerator and denominator, or both (then reconciled). */
export const RateIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('rate'),
  quantity: QuantitySchema.optional().describe('The stated rate, in percent.'),
  numerator: OperandSchema.optional(),
  denominator: OperandSchema.optional(),
  rounding: z.enum(ROUNDING_MODES).optional().describe('How the source rounded, when known.'),
});

/** One category of a breakdown. */
export const BreakdownPartSchema = z.strictObject({
  category: z.string().min(1).describe('A codelist code (e.g. uphold) or a free category slug.'),
  label: LocalizedTextSchema.optional().describe('Required for a free category; overrides the codelist label.'),
  quantity: QuantitySchema,
  groups: z.array(z.string().min(1)).optional().describe('Groups of a free category (codelist categories have theirs).'),
  note: LocalizedTextSchema.optional(),
});

/** One category of a breakdown. */
export type BreakdownPart = z.infer<typeof BreakdownPartSchema>;

/** A total and its parts: outcome breakdowns, channels, categories of work. */
export const BreakdownIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('breakdown'),
  codelist: z.enum(CODELIST_IDS).optional().describe('The outcome codelist its categories come from.'),
  total: z
    .union([QuantitySchema, IndicatorRefSchema], { error: 'rol:total' })
    .optional()
    .describe('The stated total, or a reference to the indicator that states it.'),
  parts: z.array(BreakdownPartSchema).min(1),
  exhaustive: z.boolean().describe('Must the parts add up to the total? ("包括…" lists are not exhaustive.)'),
  sumAcrossUnits: z
    .boolean()
    .optional()
    .describe('The source counts parts in different count units toward one total (e.g. 批次 and 件次).'),
});

/** An indicator of any kind. */
export const IndicatorSchema = z.discriminatedUnion('kind', [
  CountIndicatorSchema,
  AmountIndicatorSchema,
  MeasureIndicatorSchema,
  RateIndicatorSchema,
  BreakdownIndicatorSchema,
]);

/** An indicator of any kind. */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** A count indicator. */
export type CountIndicator = z.infer<typeof CountIndicatorSchema>;
/** A money indicator. */
export type AmountIndicator = z.infer<typeof AmountIndicatorSchema>;
/** A measure indicator. */
export type MeasureIndicator = z.infer<typeof MeasureIndicatorSchema>;
/** A rate indicator. */
export type RateIndicator = z.infer<typeof RateIndicatorSchema>;
/** A breakdown indicator. */
export type BreakdownIndicator = z.infer<typeof BreakdownIndicatorSchema>;
/** An indicator holding one quantity. */
export type QuantityIndicator = CountIndicator | AmountIndicator | MeasureIndicator;
