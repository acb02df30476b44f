import type { RateFormula } from '../schema/indicator.js';
import { ALL_ROUNDING_RULES, roundingRulesMatching, type RoundingRule } from './reconcile-rate.js';

/** More candidates than this means the stated precision says too little to be useful. */
const MAX_CANDIDATES = 50;

/** The ratio numerator ÷ denominator, in percent, that a stated figure stands for: the rate itself, 100 + an increase, 100 − a decrease, 100 × a multiple. */
function statedLevel(stated: number, formula: RateFormula): number {
  if (formula === 'multiple') return 100 * stated;
  return formula === 'increase' ? 100 + stated : formula === 'decrease' ? 100 - stated : stated;
}

/**
 * Every whole-number denominator that, with the given numerator, rounds to the stated percentage at
 * its stated precision. 102 duties at 96.2% → [106]. Empty when none fits (the stated rate cannot
 * be right); undefined when the question has no useful answer: a zero or fractional numerator, a zero
 * rate, or a rate stated so coarsely that more than 50 denominators fit.
 *
 * With `formula` `increase` or `decrease` the stated figure is a change and the denominators are the
 * earlier figures it can be measured against: 3326 applications, up 283.6% → [867]. Each candidate is
 * checked with the same exact arithmetic as a stated change is reconciled; a decrease of 100% or more
 * has no answer.
 *
 * @example
 * ```ts
 * impliedDenominators(102, 96.2, 1); // [106]
 * impliedDenominators(3326, 283.6, 1, ['half_up', 'truncate'], 'increase'); // [867]
 * ```
 */
export function impliedDenominators(
  numerator: number,
  stated: number,
  decimals: number,
  rules: readonly RoundingRule[] = ALL_ROUNDING_RULES,
  formula: RateFormula = 'ratio',
): number[] | undefined {
  const level = statedLevel(stated, formula);
  if (!Number.isInteger(numerator) || numerator <= 0 || !(level > 0)) return undefined;
  // One unit of the stated precision, in percent (a multiple's unit is a hundred times larger).
  const unit = 10 ** -decimals * (formula === 'multiple' ? 100 : 1);
  // Under either rounding the exact rate lies within one unit of the stated figure: these bounds hold every candidate.
  const low = Math.max(1, Math.floor((100 * numerator) / (level + unit)));
  const high = level - unit > 0 ? Math.ceil((100 * numerator) / (level - unit)) : Number.POSITIVE_INFINITY;
  if (!Number.isFinite(high) || high - low > 10_000) return undefined;
  const candidates: number[] = [];
  for (let denominator = low; denominator <= high; denominator += 1) {
    if (roundingRulesMatching(stated, decimals, numerator, denominator, rules, formula).length > 0) candidates.push(denominator);
  }
  return candidates.length <= MAX_CANDIDATES ? candidates : undefined;
}
