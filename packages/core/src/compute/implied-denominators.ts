import { ALL_ROUNDING_RULES, roundingRulesMatching, type RoundingRule } from './reconcile-rate.js';

/** More candidates than this means the stated precision says too little to be useful. */
const MAX_CANDIDATES = 50;

/**
 * Every whole-number denominator that, with the given numerator, rounds to the stated percentage at
 * its stated precision. 102 duties at 96.2% → [106]. Empty when none fits (the stated rate cannot
 * be right); undefined when the question has no useful answer: a zero or fractional numerator, a zero
 * rate, or a rate stated so coarsely that more than 50 denominators fit.
 *
 * @example
 * ```ts
 * impliedDenominators(102, 96.2, 1); // [106]
 * ```
 */
export function impliedDenominators(
  numerator: number,
  stated: number,
  decimals: number,
  rules: readonly RoundingRule[] = ALL_ROUNDING_RULES,
): number[] | undefined {
  if (!Number.isInteger(numerator) || numerator <= 0 || !(stated > 0)) return undefined;
  const unit = 10 ** -decimals;
  const low = Math.max(1, Math.floor((100 * numerator) / (stated + unit)));
  const high = stated - unit > 0 ? Math.ceil((100 * numerator) / (stated - unit)) : Number.POSITIVE_INFINITY;
  if (!Number.isFinite(high) || high - low > 10_000) return undefined;
  const candidates: number[] = [];
  for (let denominator = low; denominator <= high; denominator += 1) {
    if (roundingRulesMatching(stated, decimals, numerator, denominator, rules).length > 0) candidates.push(denominator);
  }
  return candidates.length <= MAX_CANDIDATES ? candidates : undefined;
}
