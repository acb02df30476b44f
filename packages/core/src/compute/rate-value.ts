import type { RateResult } from './types.js';

/**
 * The value of a rate result, or `undefined` when it is not defined (a zero or missing denominator,
 * incompatible units): the one-liner for code that only wants the number. Check `result.defined` instead
 * when the reason matters.
 *
 * @example
 * ```ts
 * rateValue(computeRate(six, sixteen)); // 37.5
 * rateValue(computeRate(six, zero)); // undefined (result.reason: 'zero_denominator')
 * outcomes.parts.map((part) => rateValue(part.share)); // [37.5, 18.75, 25, 18.75]
 * ```
 */
export function rateValue(result: RateResult): number | undefined {
  return result.defined ? result.value : undefined;
}
