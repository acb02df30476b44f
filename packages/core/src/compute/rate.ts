import { unitDimension, unitKey } from '../schema/unit.js';
import { ratioQualifier } from './figure.js';
import type { Figure, RateResult } from './types.js';

/** Options of {@link computeRate}. */
export interface ComputeRateOptions {
  /** Allow numerator and denominator in different count units (件次 of 批次). */
  readonly acrossCountUnits?: boolean;
}

/**
 * A rate in percent from a numerator and a denominator. A missing operand, a zero denominator or
 * units that cannot be compared give an explicit undefined result with the reason, never NaN or Infinity.
 *
 * @example
 * ```ts
 * computeRate({ value: 6, unit: '件', qualifier: 'exact' }, { value: 16, unit: '件', qualifier: 'exact' });
 * // { defined: true, value: 37.5, numerator: …, denominator: …, qualifier: 'exact' }
 * ```
 */
export function computeRate(
  numerator: Figure | undefined,
  denominator: Figure | undefined,
  options: ComputeRateOptions = {},
): RateResult {
  if (!numerator || !denominator) {
    return { defined: false, reason: 'missing_operand', ...(numerator && { numerator }), ...(denominator && { denominator }) };
  }
  const sameUnit = unitKey(numerator.unit) === unitKey(denominator.unit);
  const bothCounts = unitDimension(numerator.unit) === 'count' && unitDimension(denominator.unit) === 'count';
  if (!sameUnit && !(options.acrossCountUnits && bothCounts)) {
    return { defined: false, reason: 'incompatible_units', numerator, denominator };
  }
  if (denominator.value === 0) return { defined: false, reason: 'zero_denominator', numerator, denominator };
  const value = (numerator.value / denominator.value) * 100;
  if (!Number.isFinite(value)) return { defined: false, reason: 'not_a_number', numerator, denominator };
  return { defined: true, value, numerator, denominator, qualifier: ratioQualifier(numerator.qualifier, denominator.qualifier) };
}
