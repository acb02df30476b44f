import type { BreakdownIndicator, Indicator } from '../schema/indicator.js';
import type { IndicatorRef } from '../schema/operand.js';
import { figureOf } from './figure.js';
import type { Figure } from './types.js';

/**
 * The figure a breakdown's total refers to: a count's or amount's quantity, or a part of another
 * breakdown (a nested breakdown: "办理应诉案件42件，其中审结30件，胜诉29件" splits the 30 concluded
 * cases, themselves a part of the 42). `undefined` for anything else (a rate, a whole breakdown, a group):
 * a total never refers further, so resolving one never recurses. Shared by `computeReport`, `resolveOperand`
 * and `aggregateReports` (through {@link breakdownTotal}), so that a total resolves the same way in all three.
 *
 * @example
 * ```ts
 * resolveTotalRef({ ref: 'litigation.cases', part: 'concluded' }, (id) => byId.get(id)); // { value: 30, unit: '件', qualifier: 'exact' }
 * ```
 */
export function resolveTotalRef(ref: IndicatorRef, find: (id: string) => Indicator | undefined): Figure | undefined {
  const target = find(ref.ref);
  if (!target || target.kind === 'rate') return undefined;
  if (target.kind !== 'breakdown') return figureOf(target.quantity);
  if (ref.part === undefined) return undefined;
  const part = target.parts.find((candidate) => candidate.category === ref.part);
  return part && figureOf(part.quantity);
}

/**
 * A breakdown's stated total, as `computeBreakdown` takes it: the figure stated inline, or the one its
 * reference gives ({@link resolveTotalRef}); `undefined` when it states none (or refers to nothing).
 *
 * @example
 * ```ts
 * breakdownTotal(concludedOutcomes, (id) => byId.get(id)); // { value: 30, unit: '件', qualifier: 'exact' }
 * ```
 */
export function breakdownTotal(breakdown: BreakdownIndicator, find: (id: string) => Indicator | undefined): Figure | undefined {
  const total = breakdown.total;
  if (total === undefined) return undefined;
  return 'ref' in total ? resolveTotalRef(total, find) : figureOf(total);
}
