import type { Quantity } from '../schema/quantity.js';
import type { Unit } from '../schema/unit.js';
import { figureOf } from './figure.js';
import { sumFigures } from './sum-figures.js';
import type { Figure } from './types.js';

/**
 * The exact sum of some parts of a breakdown, in the breakdown's `unit` (its total's, else its first part's):
 * zero for no parts (a group none of whose categories the report lists); `undefined` when their units cannot
 * be added. `acrossCountUnits` is the breakdown's `sumAcrossUnits`. How `computeBreakdown` sums its groups and
 * derived rates' operands, and how `resolveOperand` sums a group or a whole breakdown on demand.
 *
 * @example
 * ```ts
 * sumOfParts([{ quantity: { value: 2, unit: '件', written: '2件' } }, { quantity: { value: 5, unit: '件', written: '5件' } }], '件', false);
 * // { value: 7, unit: '件', qualifier: 'exact' }
 * sumOfParts([], '件', false); // { value: 0, unit: '件', qualifier: 'exact' }
 * ```
 */
export function sumOfParts(parts: readonly { readonly quantity: Quantity }[], unit: Unit, acrossCountUnits: boolean): Figure | undefined {
  if (parts.length === 0) return { value: 0, unit, qualifier: 'exact' };
  const result = sumFigures(
    parts.map((part) => figureOf(part.quantity)),
    { acrossCountUnits, unit },
  );
  return result.ok ? result.figure : undefined;
}
