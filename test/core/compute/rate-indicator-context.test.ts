// computeRateIndicator called on its own, with the operand context a caller builds (the report's indicators
// and its computed breakdowns), and the rounding rules it tries. compute-rate-indicator.test.ts reaches it
// through computeReport; here the rate is computed directly. Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  ALL_ROUNDING_RULES,
  computeRateIndicator,
  computeReport,
  type ComputedBreakdownIndicator,
  type Indicator,
  type OperandContext,
  type RateIndicator,
} from '@rule-of-law/core';
import { countOf, minimalReport } from '../../support/minimal-report.js';

const label = { 'zh-CN': '履职率', en: 'Duty rate' };
const rate = (fields: Partial<RateIndicator>): RateIndicator => ({ id: 'x.rate', family: 'enforcement', label, kind: 'rate', ...fields });
const stated = (written: string) => ({ value: Number.parseFloat(written), unit: 'percent' as const, written });

/** The context of a report of these indicators: its indicators and its computed breakdowns. */
function contextOf(indicators: Indicator[]): OperandContext {
  const computed = computeReport(minimalReport(indicators));
  const breakdowns = new Map<string, ComputedBreakdownIndicator>();
  for (const entry of computed.indicators) if (entry.kind === 'breakdown') breakdowns.set(entry.indicator.id, entry);
  return { indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])), breakdowns };
}

const duties: Indicator = { id: 'x.duties', family: 'enforcement', label: { 'zh-CN': '完成履职数' }, kind: 'count', quantity: countOf(102, '项') };
const outcomes: Indicator = {
  id: 'x.outcomes',
  family: 'reconsideration',
  label: { 'zh-CN': '审理结果' },
  kind: 'breakdown',
  codelist: 'reconsideration_outcome',
  // concluded = alter 2 + uphold 5 + reject_claim 1 = 8; correction = alter 2; pending 3 is not concluded.
  parts: [
    { category: 'alter', quantity: countOf(2) },
    { category: 'uphold', quantity: countOf(5) },
    { category: 'reject_claim', quantity: countOf(1) },
    { category: 'pending', quantity: countOf(3) },
  ],
  exhaustive: true,
};

describe('ALL_ROUNDING_RULES', () => {
  it('are half-up rounding and truncation, both tried when the report does not say how it rounded', () => {
    expect([...ALL_ROUNDING_RULES].sort()).toEqual(['half_up', 'truncate']);
    // 25% from 2 of 8 is exact: both rules give it.
    const context = contextOf([outcomes]);
    const correction = rate({
      quantity: stated('25%'),
      numerator: { ref: 'x.outcomes', group: 'correction' },
      denominator: { ref: 'x.outcomes', group: 'concluded' },
    });
    expect(computeRateIndicator(correction, context).computed.matchedRounding).toEqual(['half_up', 'truncate']);
    expect(computeRateIndicator({ ...correction, rounding: 'unknown' }, context).computed.matchedRounding).toEqual(['half_up', 'truncate']);
  });
});

describe('computeRateIndicator', () => {
  it('resolves groups of a computed breakdown: 纠错率 25% is 2 corrections of 8 concluded, reconciled, with no finding', () => {
    const correction = rate({
      quantity: stated('25%'),
      numerator: { ref: 'x.outcomes', group: 'correction' },
      denominator: { ref: 'x.outcomes', group: 'concluded' },
    });
    const { computed, findings } = computeRateIndicator(correction, contextOf([outcomes]));
    expect(computed.numerator).toEqual({ value: 2, unit: '件', qualifier: 'exact' });
    expect(computed.denominator).toEqual({ value: 8, unit: '件', qualifier: 'exact' });
    expect(computed.computed).toMatchObject({ defined: true, value: 25 });
    expect(computed).toMatchObject({ reconciliation: 'match', statedDecimals: 0 });
    expect(findings).toEqual([]);
  });

  it('lists the whole denominators a stated rate implies when only its numerator is given: 102 at 96.2% → 106', () => {
    // 102 ÷ 105 = 97.14%, 102 ÷ 106 = 96.226% (96.2 both rounded and cut), 102 ÷ 107 = 95.33%: only 106.
    const dutyRate = rate({ quantity: stated('96.2%'), numerator: { ref: 'x.duties' } });
    const { computed, findings } = computeRateIndicator(dutyRate, contextOf([duties]));
    expect(computed.impliedDenominators).toEqual([106]);
    expect(computed.reconciliation).toBe('not_checked');
    expect(computed).not.toHaveProperty('computed');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'implied-denominator', severity: 'info', indicatorIds: ['x.rate', 'x.duties'], expected: [106] });
    expect(findings[0]?.message['zh-CN']).toContain('可推知分母为 106');
  });

  it('does not imply a denominator from an approximate rate or numerator', () => {
    const about = rate({ quantity: { ...stated('96.2%'), qualifier: 'approximately', marker: '约', written: '约96.2%' }, numerator: { ref: 'x.duties' } });
    const { computed, findings } = computeRateIndicator(about, contextOf([duties]));
    expect(computed).not.toHaveProperty('impliedDenominators');
    expect(findings).toEqual([]);
  });

  it('holds the rate to the rounding the report declares: 2 of 3 written 66.66% is cut, not rounded (66.67)', () => {
    const context = contextOf([]);
    const twoOfThree = (rounding?: 'half_up') =>
      rate({ quantity: stated('66.66%'), numerator: { quantity: countOf(2) }, denominator: { quantity: countOf(3) }, ...(rounding && { rounding }) });
    expect(computeRateIndicator(twoOfThree(), context).computed).toMatchObject({ reconciliation: 'match', matchedRounding: ['truncate'] });
    const { computed, findings } = computeRateIndicator(twoOfThree('half_up'), context);
    expect(computed.reconciliation).toBe('mismatch');
    expect(computed).not.toHaveProperty('matchedRounding');
    // Expected is the computed rate to the stated 2 decimals + 2: 66.666… → 66.6667.
    expect(findings).toEqual([expect.objectContaining({ code: 'rate-mismatch', severity: 'warning', indicatorIds: ['x.rate'], expected: 66.6667, actual: 66.66 })]);
  });

  it('makes a zero denominator an explicit undefined rate with a warning, never NaN or Infinity', () => {
    const zero = rate({ numerator: { quantity: countOf(5) }, denominator: { quantity: countOf(0) } });
    const { computed, findings } = computeRateIndicator(zero, contextOf([]));
    expect(computed.computed).toEqual({
      defined: false,
      reason: 'zero_denominator',
      numerator: { value: 5, unit: '件', qualifier: 'exact' },
      denominator: { value: 0, unit: '件', qualifier: 'exact' },
    });
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([['undefined-rate', 'warning']]);
    expect(findings[0]?.message.en).toBe('“Duty rate” has a zero denominator: the rate is undefined');
  });

  it('leaves out an operand that refers to a missing indicator or to another rate, and computes nothing from it', () => {
    const other = rate({ id: 'x.other', quantity: stated('50%') }) as Indicator;
    const dangling = rate({ quantity: stated('25%'), numerator: { ref: 'x.missing' }, denominator: { ref: 'x.other' } });
    const { computed, findings } = computeRateIndicator(dangling, contextOf([other]));
    expect(computed).not.toHaveProperty('numerator');
    expect(computed).not.toHaveProperty('denominator');
    expect(computed).not.toHaveProperty('computed');
    expect(computed.reconciliation).toBe('not_checked');
    expect(findings).toEqual([]);
  });

  it('leaves the indicator and the context as they were', () => {
    const dutyRate = rate({ quantity: stated('96.2%'), numerator: { ref: 'x.duties' } });
    const context = contextOf([duties]);
    const before = JSON.stringify([dutyRate, [...context.indicators]]);
    const first = computeRateIndicator(dutyRate, context);
    expect(JSON.stringify([dutyRate, [...context.indicators]])).toBe(before);
    expect(computeRateIndicator(dutyRate, context)).toEqual(first);
    expect(first.computed.indicator).toBe(dutyRate);
  });
});
