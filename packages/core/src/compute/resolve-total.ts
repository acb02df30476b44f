import type { Indicator } from '../schema/indicator.js';
import type { IndicatorRef } from '../schema/operand.js';
import { figureOf } from './figure.js';
import type { Figure } from './types.js';

/**
 * The figure a breakdown's total refers to: a count's or amount's quantity, or a part of another
 * breakdown (a nested breakdown: "办理应诉案件42件，其中审结30件，胜诉29件" splits the 30 concluded
 * cases, themselves a part of the 42). Shared by `computeReport` and `aggregateReports`, so that a
 * total resolves the same way in both. `undefined` for anything else (a rate, a whole breakdown).
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
