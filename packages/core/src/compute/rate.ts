import { sumExact } from './sum-exact.js';
import { isGrowthFormula, type GrowthFormula, type RateFormula } from '../schema/indicator.js';
import type { Qualifier } from '../schema/qualifier.js';
import { unitDimension, unitKey } from '../schema/unit.js';
import { ratioQualifier } from './figure.js';
import type { Figure, RateResult } from './types.js';

/** Options of {@link computeRate}. */
export interface ComputeRateOptions {
  /** Allow numerator and denominator in different count units (件次 of 批次). */
  readonly acrossCountUnits?: boolean;
  /**
   * `ratio` (default): numerator ÷ denominator × 100. `increase`: (numerator − denominator) ÷ denominator
   * × 100, the change from the earlier figure (denominator) to the current one (numerator); `decrease`:
   * (denominator − numerator) ÷ denominator × 100; `multiple`: numerator ÷ denominator, in times.
   */
  readonly formula?: RateFormula;
}

const MIRRORED: Readonly<Record<Qualifier, Qualifier>> = { exact: 'exact', approximately: 'approximately', at_least: 'at_most', at_most: 'at_least' };

/**
 * The qualifier of a change from `denominator` to `numerator`: an increase, `numerator ÷ denominator − 1`,
 * is bounded as the ratio is; a decrease, `1 − numerator ÷ denominator`, the other way round.
 */
function changeQualifierOf(formula: GrowthFormula, numerator: Qualifier, denominator: Qualifier): Qualifier {
  const ratio = ratioQualifier(numerator, denominator);
  return formula === 'increase' ? ratio : MIRRORED[ratio];
}

/**
 * A rate in percent from a numerator and a denominator (in times with `formula: 'multiple'`). A missing operand, a zero denominator or
 * units that cannot be compared give an explicit undefined result with the reason, never NaN or Infinity.
 * With `formula: 'increase'` or `'decrease'` it is the year-on-year change from the denominator (the
 * earlier figure) to the numerator (the current one), in the direction named — negative when the figures
 * moved the other way — and the result carries the formula.
 *
 * @example
 * ```ts
 * computeRate({ value: 6, unit: '件', qualifier: 'exact' }, { value: 16, unit: '件', qualifier: 'exact' });
 * // { defined: true, value: 37.5, numerator: …, denominator: …, qualifier: 'exact' }
 * computeRate({ value: 486, unit: '件', qualifier: 'exact' }, { value: 725, unit: '件', qualifier: 'exact' }, { formula: 'decrease' });
 * // { defined: true, value: 32.965…, …, qualifier: 'exact', formula: 'decrease' }
 * ```
 */
export function computeRate(numerator: Figure | undefined, denominator: Figure | undefined, options: ComputeRateOptions = {}): RateResult {
  const formula = options.formula === 'ratio' ? undefined : options.formula;
  const tag = formula && { formula };
  if (!numerator || !denominator) {
    return { defined: false, reason: 'missing_operand', ...(numerator && { numerator }), ...(denominator && { denominator }), ...tag };
  }
  const sameUnit = unitKey(numerator.unit) === unitKey(denominator.unit);
  const bothCounts = unitDimension(numerator.unit) === 'count' && unitDimension(denominator.unit) === 'count';
  if (!sameUnit && !(options.acrossCountUnits && bothCounts)) {
    return { defined: false, reason: 'incompatible_units', numerator, denominator, ...tag };
  }
  if (denominator.value === 0) return { defined: false, reason: 'zero_denominator', numerator, denominator, ...tag };
  if (!isGrowthFormula(formula)) {
    const value = (numerator.value / denominator.value) * (formula === 'multiple' ? 1 : 100);
    if (!Number.isFinite(value)) return { defined: false, reason: 'not_a_number', numerator, denominator, ...tag };
    return { defined: true, value, numerator, denominator, qualifier: ratioQualifier(numerator.qualifier, denominator.qualifier), ...tag };
  }
  if (!Number.isFinite(numerator.value) || !Number.isFinite(denominator.value)) return { defined: false, reason: 'not_a_number', numerator, denominator, formula };
  // The difference exactly (0.3 − 0.1 is 0.2), then one division.
  const change = formula === 'increase' ? sumExact([numerator.value, -denominator.value]) : sumExact([denominator.value, -numerator.value]);
  const value = (change / denominator.value) * 100;
  if (!Number.isFinite(value)) return { defined: false, reason: 'not_a_number', numerator, denominator, formula };
  return { defined: true, value, numerator, denominator, qualifier: changeQualifierOf(formula, numerator.qualifier, denominator.qualifier), formula };
}
