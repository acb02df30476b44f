import * as z from 'zod/mini';
import { QuantitySchema } from './quantity.js';
import { IdSchema } from './slug.js';

/**
 * A reference to another indicator's figure: a count or amount, a breakdown's total, or
 * (with `part` or `group`) one category or group of a breakdown.
 */
export const IndicatorRefSchema = z
  .strictObject({
    ref: IdSchema,
    part: z.optional(z.string().check(z.minLength(1))),
    group: z.optional(z.string().check(z.minLength(1))),
  });

/** A reference to another indicator. */
export type IndicatorRef = z.infer<typeof IndicatorRefSchema>;

/** A rate's numerator or denominator: a reference, or a figure stated inline. */
export const OperandSchema = z
  .union([IndicatorRefSchema, z.strictObject({ quantity: QuantitySchema })], { error: 'rol:operand' });

/** A rate's numerator or denominator. */
export type Operand = z.infer<typeof OperandSchema>;

/** True when the operand refers to another indicator. */
export function isRef(operand: Operand): operand is IndicatorRef {
  return 'ref' in operand;
}
