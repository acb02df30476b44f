import type { RateFormula } from '../schema/indicator.js';
import { rescale, toDecimal } from './decimal.js';

/** A non-negative-denominator fraction of big integers. */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** The exact ratio a ÷ b of two finite numbers read as decimals. `b` must not be zero. */
export function ratio(a: number, b: number): Rational {
  const left = toDecimal(a);
  const right = toDecimal(b);
  const scale = Math.max(left.scale, right.scale);
  let numerator = rescale(left, scale);
  let denominator = rescale(right, scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  return { numerator, denominator };
}

/**
 * The exact fraction a rate stands for, before the × 100 of {@link percentUnits}: `a ÷ b` for a ratio,
 * `(a − b) ÷ b` for an increase from `b` to `a`, `(b − a) ÷ b` for a decrease, `a ÷ b ÷ 100` for a
 * multiple (stated in times). `b` must not be zero.
 */
export function rateFraction(a: number, b: number, formula: RateFormula = 'ratio'): Rational {
  const exact = ratio(a, b);
  // Both sides share one scale, so the difference of the scaled integers is the difference of the figures.
  if (formula === 'increase') return { numerator: exact.numerator - exact.denominator, denominator: exact.denominator };
  if (formula === 'decrease') return { numerator: exact.denominator - exact.numerator, denominator: exact.denominator };
  // A multiple is stated in times: a hundredth of the percentage, so that × 100 gives times.
  if (formula === 'multiple') return { numerator: exact.numerator, denominator: exact.denominator * 100n };
  return exact;
}

/** Floor division of big integers (rounds toward −∞). */
function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? quotient - 1n : quotient;
}

/** A percentage of a ratio at `decimals` decimals, as an integer count of 10^-decimals percent. */
export function percentUnits(value: Rational, decimals: number, rounding: 'half_up' | 'truncate'): bigint {
  const scaled = value.numerator * 100n * 10n ** BigInt(decimals);
  if (rounding === 'truncate') {
    // Truncation toward zero, as a report that cuts digits off does.
    return scaled / value.denominator;
  }
  // Half away from zero, the school rounding reports use.
  const sign = scaled < 0n ? -1n : 1n;
  const magnitude = sign * scaled;
  return sign * floorDiv(2n * magnitude + value.denominator, 2n * value.denominator);
}
