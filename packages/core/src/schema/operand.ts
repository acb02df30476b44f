import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { QuantitySchema, type Quantity } from './quantity.js';
import { IdSchema } from './slug.js';

/**
 * A reference to another indicator's figure: a count or amount, a breakdown's total, or
 * (with `part` or `group`) one category or group of a breakdown.
 */
export const IndicatorRefSchema = strictObject({
  ref: IdSchema,
  part: z.optional(z.string().check(z.minLength(1))),
  group: z.optional(z.string().check(z.minLength(1))),
});

/** A reference to another indicator, or (with `part` or `group`) to part of a breakdown. */
export interface IndicatorRef {
  /** The id of the indicator referred to. */
  ref: string;
  /** A category of the referred breakdown. */
  part?: string | undefined;
  /** A group of the referred breakdown (e.g. concluded, correction). */
  group?: string | undefined;
}

type IndicatorRefMatchesSchema = Proof<Same<IndicatorRef, z.infer<typeof IndicatorRefSchema>>>;

/** A rate's numerator or denominator: a reference, or a figure stated inline. */
export const OperandSchema = z.union([IndicatorRefSchema, strictObject({ quantity: QuantitySchema })], { error: 'rol:operand' });

/** A rate's numerator or denominator: a reference, or a figure stated inline. */
export type Operand = IndicatorRef | { quantity: Quantity };

type OperandMatchesSchema = Proof<Same<Operand, z.infer<typeof OperandSchema>>>;

export * from '../vocabulary/operands.js';
