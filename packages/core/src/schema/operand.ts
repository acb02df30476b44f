import * as z from 'zod';
import { QuantitySchema } from './quantity.js';
import { IdSchema } from './slug.js';

/**
 * A reference to another indicator's figure: a count or amount, a breakdown's total, or
 * (with `part` or `group`) one category or group of a breakdown.
 */
export const IndicatorRefSchema = z
  .strictObject({
    ref: IdSchema.describe('The id of the indicator referred to.'),
    part: z.string().min(1).optional().describe('A category of the referred breakdown.'),
    group: z.string().min(1).optional().describe('A group of the referred breakdown (e.g. concluded, correction).'),
  })
  .describe('A reference to another indicator, or to a part or group of a breakdown.');

/** A reference to another indicator. */
export type IndicatorRef = z.infer<typeof IndicatorRefSchema>;

/** A rate's numerator or denominator: a reference, or a figure stated inline. */
export const OperandSchema = z
  .union([IndicatorRefSchema, z.strictObject({ quantity: QuantitySchema })], { error: 'rol:operand' })
  .describe('A reference to another indicator, or an inline stated quantity.');

/** A rate's numerator or denominator. */
export type Operand = z.infer<typeof OperandSchema>;

/** True when the operand refers to another indicator. */
export function isRef(operand: Operand): operand is IndicatorRef {
  return 'ref' in operand;
}
