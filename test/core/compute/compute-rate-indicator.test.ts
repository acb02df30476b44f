// Year-on-year changes through computeReport: "共收到申请3326件（2023年为867件），同比增长283.6%",
// "收案486件，同比下降32.96%（上年725件）". Every expected value and message is worked out by hand.
import { describe, expect, it } from 'vitest';
import { computeReport, type ComputedRateIndicator, type Indicator, type RateFormula, type RateIndicator } from '@rule-of-law/core';
import { countOf, minimalReport } from '../../support/minimal-report.js';

const cases = (value: number): Indicator => ({
  id: 'x.cases',
  family: 'reconsideration',
  label: { 'zh-CN': '收案', en: 'Cases' },
  kind: 'count',
  quantity: countOf(value),
});

/** A change of `x.cases` against an earlier figure quoted inline; `stated` as written ("32.96%"), or none. */
function change(formula: RateFormula | undefined, stated: string | undefined, earlier: number | undefined, extra: Partial<RateIndicator> = {}): RateIndicator {
  return {
    id: 'x.cases_change',
    family: 'reconsideration',
    label: { 'zh-CN': '收案同比', en: 'Cases on the year before' },
    kind: 'rate',
    ...(formula && { formula }),
    ...(stated && { quantity: { value: Number.parseFloat(stated), unit: 'percent', written: stated } }),
    numerator: { ref: 'x.cases' },
    ...(earlier !== undefined && { denominator: { quantity: countOf(earlier) } }),
    ...extra,
  };
}

const run = (current: number, rate: RateIndicator) => {
  const computed = computeReport(minimalReport([cases(current), rate]));
  return { rate: computed.byId['x.cases_change'] as ComputedRateIndicator, findings: computed.findings };
};

describe('a stated year-on-year change', () => {
  it('reconciles 同比增长283.6% with 3326 this year and 867 the year before', () => {
    const { rate, findings } = run(3326, change('increase', '283.6%', 867));
    expect(rate.computed).toMatchObject({ defined: true, formula: 'increase', qualifier: 'exact' });
    expect(rate.computed?.defined && rate.computed.value).toBeCloseTo(283.6216839, 6);
    expect(rate.reconciliation).toBe('match');
    expect(rate.matchedRounding).toEqual(['half_up', 'truncate']);
    expect(findings).toEqual([]);
  });

  it('reconciles 同比下降32.96% (725 → 486) by truncation, and flags it when the report rounds half up', () => {
    expect(run(486, change('decrease', '32.96%', 725)).rate).toMatchObject({ reconciliation: 'match', matchedRounding: ['truncate'] });
    const { findings } = run(486, change('decrease', '32.96%', 725, { rounding: 'half_up' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'rate-mismatch', severity: 'warning', indicatorIds: ['x.cases_change', 'x.cases'], expected: 32.9655, actual: 32.96 });
    expect(findings[0]?.message['zh-CN']).toBe('“收案同比”所述 下降32.96%，按本期 486件、上期 725件计算应为 下降32.9655%');
    expect(findings[0]?.message.en).toBe('“Cases on the year before” is stated as down 32.96%, but 486 items against 725 items the year before gives down 32.9655%');
  });

  it('makes a stated increase whose figures fell a rate-mismatch that says which way they went', () => {
    const { rate, findings } = run(486, change('increase', '5%', 725));
    expect(rate.reconciliation).toBe('mismatch');
    expect(findings.map((finding) => finding.code)).toEqual(['rate-mismatch']);
    // (486 − 725) ÷ 725 = −32.9655…%, to the stated 0 decimals + 2.
    expect(findings[0]).toMatchObject({ expected: -32.97, actual: 5 });
    expect(findings[0]?.message['zh-CN']).toBe('“收案同比”所述 增长5%，按本期 486件、上期 725件计算应为 下降32.97%');
    expect(findings[0]?.message.en).toBe('“Cases on the year before” is stated as up 5%, but 486 items against 725 items the year before gives down 32.97%');
  });

  it('keeps a ratio as it was: 486 of 725 is 67.03%, and its messages speak of numerator and denominator', () => {
    expect(run(486, change(undefined, '67.03%', 725)).rate.reconciliation).toBe('match');
    expect(run(486, change('ratio', '67.03%', 725)).rate.computed).not.toHaveProperty('formula');
    const { findings } = run(486, change(undefined, '32.96%', 725));
    expect(findings[0]?.message['zh-CN']).toBe('“收案同比”所述 32.96%，按分子分母计算应为 67.0345%');
  });
});

describe('a year-on-year change without a checked stated figure', () => {
  it('is a growth-direction finding when an "increase" surely fell', () => {
    const { rate, findings } = run(486, change('increase', undefined, 725));
    expect(rate.computed?.defined && rate.computed.value).toBeCloseTo(-32.9655172, 6);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'growth-direction', severity: 'warning', indicatorIds: ['x.cases_change', 'x.cases'], expected: -32.97 });
    expect(findings[0]?.message['zh-CN']).toBe('“收案同比”标为同比增长，但本期486件，较上期 725件下降32.97%');
    expect(findings[0]?.message.en).toBe(
      '“Cases on the year before” is marked as an increase, but the figures give 486 items, down 32.97% on 725 items the year before',
    );
  });

  it('says so for a "decrease" that rose, and for an approximate stated figure that is not checked', () => {
    expect(run(3326, change('decrease', undefined, 867)).findings.map((finding) => finding.code)).toEqual(['growth-direction']);
    const approximate = change('decrease', undefined, 867, { quantity: { value: 10, unit: 'percent', qualifier: 'approximately', marker: '约', written: '约10%' } });
    expect(run(3326, approximate).findings.map((finding) => finding.code)).toEqual(['growth-direction']);
  });

  it('says nothing when the direction holds, is unchanged, or is left open by a qualifier', () => {
    expect(run(486, change('decrease', undefined, 725)).findings).toEqual([]);
    expect(run(725, change('increase', undefined, 725)).findings).toEqual([]);
    // 600余 this year against 700: at least −14.29%, which may still be a rise.
    const report = minimalReport([
      Object.assign(cases(600), { quantity: { value: 600, unit: '件' as const, qualifier: 'at_least' as const, marker: '余', written: '600余件' } }),
      change('increase', undefined, 700),
    ]);
    expect(computeReport(report).findings).toEqual([]);
  });

  it('is undefined against an earlier figure of zero, with its own message', () => {
    const { rate, findings } = run(5, change('increase', '100%', 0));
    expect(rate.computed).toMatchObject({ defined: false, reason: 'zero_denominator', formula: 'increase' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'undefined-rate', expected: 0 });
    expect(findings[0]?.message['zh-CN']).toBe('“收案同比”的上期数为零，增减幅度无法计算');
    expect(findings[0]?.message.en).toBe('“Cases on the year before” is measured against a figure of zero the year before: the change in percent is undefined');
  });
});

describe('the earlier figure a stated change implies', () => {
  it('is 867 for 3326 applications up 283.6%', () => {
    const { rate, findings } = run(3326, change('increase', '283.6%', undefined));
    expect(rate.impliedDenominators).toEqual([867]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'implied-denominator', severity: 'info', expected: [867] });
    expect(findings[0]?.message['zh-CN']).toBe('“收案同比”增长283.6%、本期 3326件，可推知上期为 867件');
    expect(findings[0]?.message.en).toBe('“Cases on the year before” up 283.6% with a current figure of 3,326 items implies 867 items the year before');
  });

  it('is 725 for 486 cases down 32.96%, none if the report rounds half up', () => {
    expect(run(486, change('decrease', '32.96%', undefined)).rate.impliedDenominators).toEqual([725]);
    const { findings } = run(486, change('decrease', '32.96%', undefined, { rounding: 'half_up' }));
    expect(findings[0]).toMatchObject({ code: 'implied-denominator', expected: [] });
    expect(findings[0]?.message['zh-CN']).toBe('“收案同比”下降32.96%与本期 486件 不对应任何整数的上期数');
  });
});
