import * as z from 'zod/mini';
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
  label: LocalizedTextSchema,
  sectionId: z.optional(IdSchema),
  note: z.optional(LocalizedTextSchema),
  extensions: z.optional(ExtensionsSchema),
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
  quantity: z.optional(QuantitySchema),
  numerator: z.optional(OperandSchema),
  denominator: z.optional(OperandSchema),
  rounding: z.optional(z.enum(ROUNDING_MODES)),
});

/** One category of a breakdown. */
export const BreakdownPartSchema = z.strictObject({
  category: z.string().check(z.minLength(1)),
  label: z.optional(LocalizedTextSchema),
  quantity: QuantitySchema,
  groups: z.optional(z.array(z.string().check(z.minLength(1)))),
  note: z.optional(LocalizedTextSchema),
});

/** One category of a breakdown. */
export type BreakdownPart = z.infer<typeof BreakdownPartSchema>;

/** A total and its parts: outcome breakdowns, channels, categories of work. */
export const BreakdownIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('breakdown'),
  codelist: z.optional(z.enum(CODELIST_IDS)),
  total: z.optional(z.union([QuantitySchema, IndicatorRefSchema], { error: 'rol:total' })),
  parts: z.array(BreakdownPartSchema).check(z.minLength(1)),
  exhaustive: z.boolean(),
  sumAcrossUnits: z.optional(z.boolean()),
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
