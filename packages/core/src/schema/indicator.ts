import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { CODELIST_IDS, type CodelistId } from '../codelists/index.js';
import { FamilySchema, type Family } from './family.js';
import { ExtensionsSchema, type JsonValue } from './json-value.js';
import { LocalizedTextSchema, type LocalizedText } from './localized-text.js';
import { IndicatorRefSchema, OperandSchema, type IndicatorRef, type Operand } from './operand.js';
import { QuantitySchema, type Quantity } from './quantity.js';
import { IdSchema } from './slug.js';
import { RATE_FORMULAS, ROUNDING_MODES, type RateFormula, type RoundingMode } from '../vocabulary/indicator-kinds.js';

export * from '../vocabulary/indicator-kinds.js';

const common = {
  id: IdSchema,
  family: FamilySchema,
  label: LocalizedTextSchema,
  sectionId: z.optional(IdSchema),
  note: z.optional(LocalizedTextSchema),
  extensions: z.optional(ExtensionsSchema),
};

/** A count: cases, inspections, persons, batches… */
export const CountIndicatorSchema = strictObject({
  ...common,
  kind: z.literal('count'),
  quantity: QuantitySchema,
});

/** A sum of money, in 元. */
export const AmountIndicatorSchema = strictObject({
  ...common,
  kind: z.literal('amount'),
  quantity: QuantitySchema,
});

/** Any other stated figure: percentage points, 倍, a rank (位). */
export const MeasureIndicatorSchema = strictObject({
  ...common,
  kind: z.literal('measure'),
  quantity: QuantitySchema,
});

/**
 * A rate in percent: stated, or computed from its numerator and denominator, or both (then reconciled);
 * a ratio unless `formula` makes it a year-on-year increase or decrease, or a multiple in times.
 */
export const RateIndicatorSchema = strictObject({
  ...common,
  kind: z.literal('rate'),
  quantity: z.optional(QuantitySchema),
  numerator: z.optional(OperandSchema),
  denominator: z.optional(OperandSchema),
  formula: z.optional(z.enum(RATE_FORMULAS)),
  rounding: z.optional(z.enum(ROUNDING_MODES)),
});

/** One category of a breakdown. */
export const BreakdownPartSchema = strictObject({
  category: z.string().check(z.minLength(1)),
  label: z.optional(LocalizedTextSchema),
  quantity: QuantitySchema,
  groups: z.optional(z.array(z.string().check(z.minLength(1)))),
  note: z.optional(LocalizedTextSchema),
});

/** One category of a breakdown. */
export interface BreakdownPart {
  /** A codelist code (e.g. uphold) or a free category slug. */
  category: string;
  /** Required for a free category; overrides the codelist label. */
  label?: LocalizedText | undefined;
  quantity: Quantity;
  /** Groups of a free category (codelist categories have theirs). */
  groups?: string[] | undefined;
  note?: LocalizedText | undefined;
}

type BreakdownPartMatchesSchema = Proof<Same<BreakdownPart, z.infer<typeof BreakdownPartSchema>>>;

/** A total and its parts: outcome breakdowns, channels, categories of work. */
export const BreakdownIndicatorSchema = strictObject({
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

/** What every indicator has, whatever its kind. */
export interface IndicatorBase {
  /** A stable dotted slug: `litigation.cases`. */
  id: string;
  family: Family;
  /** What the figure counts, in zh-CN (and English). */
  label: LocalizedText;
  /** The section of the report it appears in. */
  sectionId?: string | undefined;
  /** A note shown with the figure. */
  note?: LocalizedText | undefined;
  /** Free data that round-trips untouched. */
  extensions?: Record<string, JsonValue> | undefined;
}

/** A count: cases, inspections, persons, batches… */
export interface CountIndicator extends IndicatorBase {
  kind: 'count';
  quantity: Quantity;
}

/** A sum of money, in 元. */
export interface AmountIndicator extends IndicatorBase {
  kind: 'amount';
  quantity: Quantity;
}

/** Any other stated figure: percentage points, 倍, a rank (位). */
export interface MeasureIndicator extends IndicatorBase {
  kind: 'measure';
  quantity: Quantity;
}

/**
 * A rate in percent: stated, or computed from its numerator and denominator, or both (then reconciled);
 * a ratio unless `formula` makes it a year-on-year increase or decrease, or a multiple in times.
 */
export interface RateIndicator extends IndicatorBase {
  kind: 'rate';
  /**
   * The stated rate, in percent; a change as written, positive ("同比下降3.9%" → 3.9 with `formula: 'decrease'`);
   * a multiple in 倍 ("复议诉讼比值达2.6" → 2.6倍 with `formula: 'multiple'`).
   */
  quantity?: Quantity | undefined;
  /** A ratio's numerator; for a change, the current figure. */
  numerator?: Operand | undefined;
  /** A ratio's denominator (its base); for a change, the earlier figure it is measured against. */
  denominator?: Operand | undefined;
  /** How the rate follows from its operands; `ratio` when absent. */
  formula?: RateFormula | undefined;
  /** How the source rounded, when known. */
  rounding?: RoundingMode | undefined;
}

/** A total and its parts: outcome breakdowns, channels, categories of work. */
export interface BreakdownIndicator extends IndicatorBase {
  kind: 'breakdown';
  /** The outcome codelist its categories come from. */
  codelist?: CodelistId | undefined;
  /** The stated total, or a reference to the indicator that states it. */
  total?: Quantity | IndicatorRef | undefined;
  parts: BreakdownPart[];
  /** Must the parts add up to the total? ("包括…" lists are not exhaustive.) */
  exhaustive: boolean;
  /** The source counts parts in different count units toward one total (e.g. 批次 and 件次). */
  sumAcrossUnits?: boolean | undefined;
}

/** An indicator of any kind. */
export type Indicator = CountIndicator | AmountIndicator | MeasureIndicator | RateIndicator | BreakdownIndicator;

/** An indicator holding one quantity. */
export type QuantityIndicator = CountIndicator | AmountIndicator | MeasureIndicator;

type CountMatchesSchema = Proof<Same<CountIndicator, z.infer<typeof CountIndicatorSchema>>>;
type AmountMatchesSchema = Proof<Same<AmountIndicator, z.infer<typeof AmountIndicatorSchema>>>;
type MeasureMatchesSchema = Proof<Same<MeasureIndicator, z.infer<typeof MeasureIndicatorSchema>>>;
type RateMatchesSchema = Proof<Same<RateIndicator, z.infer<typeof RateIndicatorSchema>>>;
type BreakdownMatchesSchema = Proof<Same<BreakdownIndicator, z.infer<typeof BreakdownIndicatorSchema>>>;
type IndicatorMatchesSchema = Proof<Same<Indicator, z.infer<typeof IndicatorSchema>>>;
