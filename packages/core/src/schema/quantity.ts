import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { QualifierSchema, type Qualifier } from './qualifier.js';
import { SourceSpanSchema, type SourceSpan } from './source-span.js';
import { UnitSchema, type Unit } from './unit.js';
import { rolCheck } from './rol-check.js';
import { checkQuantityValue } from '../rules/quantity-values.js';

export * from '../vocabulary/quantity-bounds.js';

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
}).check(rolCheck(checkQuantityValue));

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
