import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { QualifierSchema, type Qualifier } from './qualifier.js';
import { SourceSpanSchema, type SourceSpan } from './source-span.js';
import { UnitSchema, unitDimension, type Unit } from './unit.js';
import { rolCheck, rolIssue } from './rol-issue.js';
import { decimalPlaces } from '../internal/decimal.js';

/** The largest magnitude of a stated figure: 10¹⁵ (a thousand trillion: counts, money in 元, measures). */
export const MAX_QUANTITY = 1e15;
/** The largest magnitude of a percentage or of percentage points: 10⁶ (a ten-thousandfold rise is 999,900%). */
export const MAX_PERCENT = 1e6;
/** The most decimal places a stated value may have (money in 元 to a millionth; 0.39万元 is 3900). */
export const MAX_DECIMALS = 6;

/**
 * Which bound of a stated value `value` in `unit` breaks, if any, with the bound: `out-of-range` beyond
 * {@link MAX_QUANTITY} in magnitude ({@link MAX_PERCENT} for percentages and percentage points), `decimals`
 * beyond {@link MAX_DECIMALS} places. Shared by {@link QuantitySchema} and the draft, which leaves such
 * figures out.
 *
 * @example
 * ```ts
 * quantityBoundBroken(1000001, 'percent'); // { bound: 'out-of-range', max: 1000000 }
 * quantityBoundBroken(0.1234567, '元'); // { bound: 'decimals', max: 6 }
 * ```
 */
export function quantityBoundBroken(value: number, unit: Unit): { bound: 'out-of-range' | 'decimals'; max: number } | undefined {
  const dimension = unitDimension(unit);
  const max = dimension === 'percent' || dimension === 'percentage_point' ? MAX_PERCENT : MAX_QUANTITY;
  if (Math.abs(value) > max) return { bound: 'out-of-range', max };
  return decimalPlaces(value) > MAX_DECIMALS ? { bound: 'decimals', max: MAX_DECIMALS } : undefined;
}

/**
 * A stated figure: its value in base units (0.39万元 → 3900 with unit 元), its unit, how exact it is,
 * and the figure exactly as the report wrote it ("996余人次"). Values are bounded — at most
 * {@link MAX_QUANTITY} in magnitude ({@link MAX_PERCENT} for percentages and percentage points), with at
 * most {@link MAX_DECIMALS} decimals — so that every sum, share and rate computed from valid reports is a
 * finite number.
 */
export const QuantitySchema = strictObject({
  value: z.number(),
  unit: UnitSchema,
  qualifier: z.optional(QualifierSchema),
  marker: z.optional(z.string().check(z.minLength(1))),
  written: z.string().check(z.minLength(1)),
  source: z.optional(SourceSpanSchema),
}).check(
  rolCheck((quantity, ctx) => {
    const dimension = unitDimension(quantity.unit);
    const { value } = quantity;
    if ((dimension === 'count' || dimension === 'rank') && !Number.isInteger(value)) {
      rolIssue(ctx, 'count-integer', { value }, ['value']);
    }
    if ((dimension === 'count' || dimension === 'money') && value < 0) {
      rolIssue(ctx, 'negative', { value }, ['value']);
    }
    if (dimension === 'rank' && value < 1) {
      rolIssue(ctx, 'rank-positive', { value }, ['value']);
    }
    const broken = quantityBoundBroken(value, quantity.unit);
    if (broken) rolIssue(ctx, broken.bound, { value, max: broken.max }, ['value']);
  }),
);

/** A stated figure: its value in base units, its unit, how exact it is, and the figure as written. */
export interface Quantity {
  /** The value in base units (元 for money, percent for rates): 0.39万元 → 3900. */
  value: number;
  unit: Unit;
  /** How exact the figure is; `exact` when absent. */
  qualifier?: Qualifier | undefined;
  /** The qualifier as written: 余, 以上, 逾, 约, 近, 不足, 达… */
  marker?: string | undefined;
  /** The figure verbatim, as the report wrote it: "0.39万元", "996余人次". */
  written: string;
  /** Where it stands in the source text. */
  source?: SourceSpan | undefined;
}

type QuantityMatchesSchema = Proof<Same<Quantity, z.infer<typeof QuantitySchema>>>;
