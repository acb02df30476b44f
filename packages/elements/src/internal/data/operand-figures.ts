import {
  resolveOperand,
  type ComputedBreakdownIndicator,
  type ComputedRateIndicator,
  type ComputedReport,
  type Figure,
  type Indicator,
  type OperandContext,
} from '@rule-of-law/core';

const contexts = new WeakMap<ComputedReport, OperandContext>();

function contextOf(computed: ComputedReport): OperandContext {
  let context = contexts.get(computed);
  if (!context) {
    const indicators = new Map<string, Indicator>(computed.report.indicators.map((indicator) => [indicator.id, indicator]));
    const breakdowns = new Map<string, ComputedBreakdownIndicator>();
    for (const entry of computed.indicators) if (entry.kind === 'breakdown') breakdowns.set(entry.indicator.id, entry);
    context = { indicators, breakdowns };
    contexts.set(computed, context);
  }
  return context;
}

/** A rate's numerator and denominator as figures; the denominator implied by the stated rate when that is the only candidate. */
export interface RateOperands {
  readonly numerator?: Figure;
  readonly denominator?: Figure;
  readonly denominatorImplied: boolean;
}

/** Resolves a computed rate's numerator and denominator within its report (core's `resolveOperand`). */
export function rateOperands(entry: ComputedRateIndicator, computed: ComputedReport): RateOperands {
  const context = contextOf(computed);
  const numerator = resolveOperand(entry.indicator.numerator, context);
  const denominator = resolveOperand(entry.indicator.denominator, context);
  const implied = entry.impliedDenominators;
  if (!denominator && numerator && implied?.length === 1) {
    return { numerator, denominator: { value: implied[0] as number, unit: numerator.unit, qualifier: 'exact' }, denominatorImplied: true };
  }
  return { ...(numerator ? { numerator } : {}), ...(denominator ? { denominator } : {}), denominatorImplied: false };
}
