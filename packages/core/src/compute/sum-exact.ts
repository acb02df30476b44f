import { addDecimals, decimalToNumber, toDecimal } from '../internal/decimal.js';

/**
 * The exact sum of finite numbers, as the number nearest to it: each number is read as the decimal its
 * shortest text writes ("24879.5"), so 24879.5 + 650 is 25529.5 and 0.1 + 0.2 is 0.3 — exact to the last
 * written digit, with no floating-point drift. The sum of nothing is 0. Every total, difference and roll-up
 * that core computes adds this way; whole numbers take a fast path while their total stays a safe integer.
 * Throws a `RangeError` on NaN or ±Infinity.
 *
 * @example
 * ```ts
 * sumExact([0.1, 0.2]);       // 0.3 (0.1 + 0.2 is 0.30000000000000004)
 * sumExact([24879.5, 650]);   // 25529.5
 * sumExact([3326, -867]);     // 2459
 * ```
 */
export function sumExact(values: readonly number[]): number {
  // Whole numbers add exactly in floating point while the total stays a safe integer.
  let total = 0;
  for (const value of values) {
    if (!Number.isInteger(value)) return decimalToNumber(addDecimals(values.map(toDecimal)));
    total += value;
  }
  return Number.isSafeInteger(total) ? total : decimalToNumber(addDecimals(values.map(toDecimal)));
}
