import { decimalPlaces, rescale, toDecimal } from '../internal/decimal.js';
import { percentUnits, rateFraction } from '../internal/rational.js';
import type { RateFormula } from '../schema/indicator.js';
import type { Qualifier } from '../schema/qualifier.js';
import type { Quantity } from '../schema/quantity.js';
import type { Reconciliation } from './types.js';

/** A rounding rule a report may have used. */
export type RoundingRule = 'half_up' | 'truncate';

/** The rules to try when the source's rounding is unknown. */
export const ALL_ROUNDING_RULES: readonly RoundingRule[] = ['half_up', 'truncate'];

/**
 * How many decimals a stated rate was written with: "96.2%" → 1, "100%" → 0, "18.75%" → 2.
 * Falls back to the value's own decimals when the written form has no digits.
 */
export function statedDecimals(quantity: Pick<Quantity, 'value' | 'written'>): number {
  const digits = /(\d+)(?:[.．](\d+))?\s*(?:[%％]|个百分点)/.exec(quantity.written);
  return digits ? (digits[2]?.length ?? 0) : decimalPlaces(quantity.value);
}

/**
 * The rounding rules under which the rate of `numerator` and `denominator` gives exactly the stated
 * percentage at `decimals` decimals: `numerator ÷ denominator` for a ratio, the change from the
 * denominator (the earlier figure) to the numerator for `increase` or `decrease`. Exact integer
 * arithmetic: every integer pair is judged correctly.
 *
 * @example
 * ```ts
 * roundingRulesMatching(96.2, 1, 102, 106); // ['half_up', 'truncate']
 * roundingRulesMatching(66.67, 2, 2, 3);    // ['half_up']
 * // 同比下降32.96%: 486 this year against 725 (239 ÷ 725 = 32.9655…%) is cut off, not rounded
 * roundingRulesMatching(32.96, 2, 486, 725, ['half_up', 'truncate'], 'decrease'); // ['truncate']
 * ```
 */
export function roundingRulesMatching(
  stated: number,
  decimals: number,
  numerator: number,
  denominator: number,
  rules: readonly RoundingRule[] = ALL_ROUNDING_RULES,
  formula: RateFormula = 'ratio',
): RoundingRule[] {
  if (denominator === 0) return [];
  const scale = Math.max(decimals, decimalPlaces(stated));
  const target = rescale(toDecimal(stated), scale);
  const exact = rateFraction(numerator, denominator, formula);
  return rules.filter((rule) => percentUnits(exact, scale, rule) === target);
}

function boundHolds(qualifier: Qualifier, stated: number, decimals: number, numerator: number, denominator: number, formula: RateFormula): boolean {
  const scale = Math.max(decimals, decimalPlaces(stated));
  const target = rescale(toDecimal(stated), scale);
  const exact = rateFraction(numerator, denominator, formula);
  if (qualifier === 'at_least') return percentUnits(exact, scale, 'half_up') >= target;
  return percentUnits(exact, scale, 'truncate') <= target;
}

/** The verdict of {@link reconcileRate}. */
export interface RateReconciliation {
  readonly reconciliation: Reconciliation;
  readonly matchedRounding: readonly RoundingRule[];
}

/**
 * Compares a stated rate with its exact numerator and denominator at the stated precision, accepting
 * round-half-up or truncation (or only the rule the source is known to use). A stated "at least"
 * or "at most" rate is checked as a bound; approximate figures are not checked. With `formula`
 * `increase` or `decrease` the stated figure is a change from the denominator (the earlier figure) to
 * the numerator, written positive in its direction, and is checked in the same way.
 *
 * @example
 * ```ts
 * reconcileRate({ value: 96.2, unit: 'percent', written: '96.2%' }, 102, 106, 'exact');
 * // { reconciliation: 'match', matchedRounding: ['half_up', 'truncate'] }
 * // 共收到申请3326件（2023年为867件），同比增长283.6%
 * reconcileRate({ value: 283.6, unit: 'percent', written: '283.6%' }, 3326, 867, 'exact', undefined, 'increase');
 * // { reconciliation: 'match', matchedRounding: ['half_up', 'truncate'] }
 * ```
 */
export function reconcileRate(
  stated: Pick<Quantity, 'value' | 'written' | 'qualifier'>,
  numerator: number,
  denominator: number,
  operandQualifier: Qualifier,
  rules: readonly RoundingRule[] = ALL_ROUNDING_RULES,
  formula: RateFormula = 'ratio',
): RateReconciliation {
  const qualifier = stated.qualifier ?? 'exact';
  if (operandQualifier !== 'exact' || qualifier === 'approximately' || denominator === 0) {
    return { reconciliation: 'not_checked', matchedRounding: [] };
  }
  const decimals = statedDecimals(stated);
  if (qualifier !== 'exact') {
    const holds = boundHolds(qualifier, stated.value, decimals, numerator, denominator, formula);
    return { reconciliation: holds ? 'match' : 'mismatch', matchedRounding: [] };
  }
  const matchedRounding = roundingRulesMatching(stated.value, decimals, numerator, denominator, rules, formula);
  return { reconciliation: matchedRounding.length > 0 ? 'match' : 'mismatch', matchedRounding };
}
