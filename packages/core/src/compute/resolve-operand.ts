import type { Indicator } from '../schema/indicator.js';
import { isRef, type Operand } from '../schema/operand.js';
import { figureOf } from './figure.js';
import type { ComputedBreakdownIndicator, Figure } from './types.js';

/** What operands may refer to: the report's indicators and its computed breakdowns. */
export interface OperandContext {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly breakdowns: ReadonlyMap<string, ComputedBreakdownIndicator>;
}

/**
 * The figure an operand stands for: an inline quantity; a count, amount or measure; a breakdown's
 * stated total (else the sum of its parts); or one part or group of a breakdown.
 */
export function resolveOperand(operand: Operand | undefined, context: OperandContext): Figure | undefined {
  if (!operand) return undefined;
  if (!isRef(operand)) return figureOf(operand.quantity);
  const target = context.indicators.get(operand.ref);
  if (!target || target.kind === 'rate') return undefined;
  if (target.kind !== 'breakdown') return figureOf(target.quantity);
  const breakdown = context.breakdowns.get(target.id);
  if (!breakdown) return undefined;
  if (operand.part !== undefined) {
    const part = breakdown.parts.find((candidate) => candidate.category === operand.part);
    return part && figureOf(part.quantity);
  }
  if (operand.group !== undefined) return breakdown.groups.find((group) => group.group === operand.group)?.figure;
  return breakdown.total ?? breakdown.sum;
}
