import type { IndicatorRef, Operand } from '../schema/operand.js';

/** True when the operand refers to another indicator. */
export function isRef(operand: Operand): operand is IndicatorRef {
  return 'ref' in operand;
}
