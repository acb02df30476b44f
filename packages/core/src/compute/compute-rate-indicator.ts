import { isRef } from '../schema/operand.js';
import { isGrowthFormula, type RateIndicator } from '../schema/indicator.js';
import { figureOf } from './figure.js';
import { growthDirection, growthMismatch, impliedDenominator, impliedEarlierFigure, rateMismatch, undefinedRate } from './findings/finding-messages.js';
import type { Finding } from './findings/finding.js';
import { impliedDenominators } from './implied-denominators.js';
import { computeRate } from './rate.js';
import { ALL_ROUNDING_RULES, reconcileRate, statedDecimals, type RoundingRule } from './reconcile-rate.js';
import { resolveOperand, type OperandContext } from './resolve-operand.js';
import type { ComputedRateIndicator, RateResult } from './types.js';

function roundingRules(indicator: RateIndicator): readonly RoundingRule[] {
  return indicator.rounding === 'half_up' || indicator.rounding === 'truncate' ? [indicator.rounding] : ALL_ROUNDING_RULES;
}

function operandIds(indicator: RateIndicator): string[] {
  const ids = [indicator.id];
  for (const operand of [indicator.numerator, indicator.denominator]) if (operand && isRef(operand)) ids.push(operand.ref);
  return ids;
}

/** True when a computed change surely went against the direction its formula names (its qualifier allowing no doubt). */
function surelyOtherWay(result: Extract<RateResult, { defined: true }>): boolean {
  return result.value < 0 && result.qualifier !== 'at_least';
}

/**
 * Computes a rate indicator: the rate from its numerator and denominator, reconciled with the stated
 * rate at its stated precision (`rate-mismatch` when they disagree under every accepted rounding); with a
 * stated rate and only a numerator, the integer denominators it implies (`implied-denominator`); a zero
 * denominator is an explicit undefined result (`undefined-rate`), never NaN or Infinity.
 *
 * A year-on-year change (`formula` `increase` or `decrease`) is the change from the denominator (the
 * earlier figure) to the numerator (the current one), reconciled in the same way; its findings speak of
 * the current and earlier figures. A change whose figures surely went the other way is a `rate-mismatch`
 * when a stated figure is checked, else `growth-direction`.
 *
 * @example
 * ```ts
 * // 履职率 96.2% with 102 duties exercised and no denominator stated:
 * computeRateIndicator(dutyRate, context).computed.impliedDenominators; // [106]
 * // 收案486件，同比下降32.96%（上年725件）: { formula: 'decrease', numerator: { ref: 'cases' }, denominator: { quantity: 725件 } }
 * computeRateIndicator(casesChange, context).computed.matchedRounding; // ['truncate']
 * ```
 */
export function computeRateIndicator(indicator: RateIndicator, context: OperandContext): { computed: ComputedRateIndicator; findings: Finding[] } {
  const findings: Finding[] = [];
  const stated = indicator.quantity;
  const formula = indicator.formula ?? 'ratio';
  const growth = isGrowthFormula(formula) ? formula : undefined;
  const numerator = resolveOperand(indicator.numerator, context);
  const denominator = resolveOperand(indicator.denominator, context);
  const rules = roundingRules(indicator);
  const ids = operandIds(indicator);
  const decimals = stated ? statedDecimals(stated) : undefined;

  const computed = numerator && denominator ? computeRate(numerator, denominator, { formula }) : undefined;
  if (computed && !computed.defined && computed.reason === 'zero_denominator') {
    findings.push(undefinedRate(ids, indicator.label, growth !== undefined));
  }

  let reconciliation: ComputedRateIndicator['reconciliation'] = 'not_checked';
  let matchedRounding: readonly RoundingRule[] = [];
  if (stated && computed?.defined) {
    ({ reconciliation, matchedRounding } = reconcileRate(stated, computed.numerator.value, computed.denominator.value, computed.qualifier, rules, formula));
    if (reconciliation === 'mismatch') {
      findings.push(
        growth
          ? growthMismatch(ids, indicator.label, stated, computed, growth, decimals ?? 0)
          : rateMismatch(ids, indicator.label, figureOf(stated), computed, decimals ?? 0),
      );
    }
  }
  if (growth && computed?.defined && reconciliation !== 'mismatch' && surelyOtherWay(computed)) {
    findings.push(growthDirection(ids, indicator.label, computed, growth));
  }

  let implied: number[] | undefined;
  const canImply = stated && numerator && !denominator && (stated.qualifier ?? 'exact') === 'exact' && numerator.qualifier === 'exact';
  if (canImply && decimals !== undefined) {
    implied = impliedDenominators(numerator.value, stated.value, decimals, rules, formula);
    if (implied) {
      findings.push(
        growth
          ? impliedEarlierFigure(ids, indicator.label, stated, growth, numerator, implied)
          : impliedDenominator(ids, indicator.label, figureOf(stated), numerator, implied),
      );
    }
  }

  return {
    computed: {
      kind: 'rate',
      indicator,
      ...(stated && { stated, statedDecimals: decimals }),
      ...(numerator && { numerator }),
      ...(denominator && { denominator }),
      ...(computed && { computed }),
      reconciliation,
      ...(matchedRounding.length > 0 && { matchedRounding }),
      ...(implied && { impliedDenominators: implied }),
    },
    findings,
  };
}
