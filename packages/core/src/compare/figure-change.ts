import type { Figure } from '../compute/types.js';
import { sumExact } from '../compute/sum-exact.js';
import { unitDimension, unitKey } from '../schema/unit.js';
import { changeQualifier } from './change-qualifier.js';
import type { Change } from './types.js';

/**
 * The absolute change from one figure to another, `to − from`, exact to the last written digit (core's
 * exact decimal arithmetic: 0.3 − 0.1 is 0.2). Two percentages give percentage points; counts, money,
 * percentage points and ranks keep their unit. Different units, 倍 (which reads both as "N times" and
 * "grew by N times") and qualifiers that leave the change open give no change, with the reason; the
 * qualifier of the change follows {@link changeQualifier}.
 *
 * @example
 * ```ts
 * figureChange({ value: 558, unit: '件', qualifier: 'exact' }, { value: 600, unit: '件', qualifier: 'at_least' });
 * // { defined: true, value: 42, unit: '件', qualifier: 'at_least', from: …, to: … }
 * figureChange({ value: 96.2, unit: 'percent', qualifier: 'exact' }, { value: 98.5, unit: 'percent', qualifier: 'exact' });
 * // { defined: true, value: 2.3, unit: 'percentage_point', qualifier: 'exact', … }
 * ```
 */
export function figureChange(from: Figure, to: Figure): Change {
  if (unitKey(from.unit) !== unitKey(to.unit)) return { defined: false, reason: 'incompatible_units', from, to };
  const dimension = unitDimension(from.unit);
  if (dimension === 'multiple') return { defined: false, reason: 'not_comparable', from, to };
  const qualifier = changeQualifier(from.qualifier, to.qualifier);
  if (!qualifier) return { defined: false, reason: 'indeterminate', from, to };
  return {
    defined: true,
    value: sumExact([to.value, -from.value]),
    unit: dimension === 'percent' ? 'percentage_point' : from.unit,
    qualifier,
    from,
    to,
  };
}
