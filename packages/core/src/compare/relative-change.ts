import { computeRate } from '../compute/rate.js';
import type { Figure } from '../compute/types.js';
import { unitDimension } from '../schema/unit.js';
import { figureChange } from './figure-change.js';
import type { RelativeChange } from './types.js';

/**
 * The relative change from one figure to another in percent, `(to − from) ÷ from`: a rate whose
 * numerator is the exact absolute change and whose denominator is the earlier figure. Counts and money
 * only: percentages change in percentage points, ranks and 倍 not relatively (`not_comparable`). A zero
 * base gives `zero_denominator`, different units `incompatible_units`, open qualifiers
 * `indeterminate`; never NaN or Infinity. The qualifier is that of the absolute change (for
 * non-negative figures the ratio `to ÷ from` has the same bounds as the difference).
 *
 * @example
 * ```ts
 * relativeChange({ value: 558, unit: '件', qualifier: 'exact' }, { value: 600, unit: '件', qualifier: 'exact' });
 * // { defined: true, value: 7.526…, numerator: { value: 42, … }, denominator: { value: 558, … }, qualifier: 'exact' }
 * relativeChange({ value: 0, unit: '件', qualifier: 'exact' }, { value: 3, unit: '件', qualifier: 'exact' });
 * // { defined: false, reason: 'zero_denominator', … }
 * ```
 */
export function relativeChange(from: Figure, to: Figure): RelativeChange {
  const dimension = unitDimension(from.unit);
  if (dimension !== 'count' && dimension !== 'money') return { defined: false, reason: 'not_comparable', denominator: from };
  const change = figureChange(from, to);
  if (!change.defined) {
    if (change.reason === 'indeterminate') return { defined: false, reason: 'indeterminate', denominator: from };
    return { defined: false, reason: 'incompatible_units', denominator: from };
  }
  const difference: Figure = { value: change.value, unit: change.unit, qualifier: change.qualifier };
  const rate = computeRate(difference, from);
  return rate.defined ? { ...rate, qualifier: change.qualifier } : rate;
}
