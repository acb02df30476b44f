// Two shapes real reports state that the model now carries: a ratio in times (复议诉讼比值达2.6 — new
// reconsideration applications against new first-instance lawsuits) and a breakdown nested in a part of
// another ("办理行政应诉案件42件，其中审结30件，胜诉29件"). Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  aggregateReports,
  compareReports,
  computeReport,
  formatRateResult,
  parseReport,
  rateFormulaKind,
  type ComputedBreakdownIndicator,
  type ComputedRateIndicator,
  type Indicator,
  type RateIndicator,
} from '@rule-of-law/core';
import { countOf, minimalReport } from '../../support/minimal-report.js';

const applications = (value: number): Indicator => ({
  id: 'x.applications',
  family: 'reconsideration',
  label: { 'zh-CN': '新收复议申请' },
  kind: 'count',
  quantity: countOf(value),
});
const lawsuits = (value: number): Indicator => ({
  id: 'x.lawsuits',
  family: 'litigation',
  label: { 'zh-CN': '新收一审行政诉讼' },
  kind: 'count',
  quantity: countOf(value),
});

/** 复议诉讼比值, stated as written ("2.6", "2.5:1") or not at all. */
function ratio(written: string | undefined, extra: Partial<RateIndicator> = {}): RateIndicator {
  return {
    id: 'x.ratio',
    family: 'reconsideration',
    label: { 'zh-CN': '复议诉讼比值', en: 'Reconsideration to litigation ratio' },
    kind: 'rate',
    formula: 'multiple',
    ...(written && { quantity: { value: Number.parseFloat(written), unit: '倍', written } }),
    numerator: { ref: 'x.applications' },
    denominator: { ref: 'x.lawsuits' },
    ...extra,
  };
}

const run = (a: number, l: number, rate: RateIndicator) => {
  const computed = computeReport(minimalReport([applications(a), lawsuits(l), rate]));
  return { rate: computed.byId['x.ratio'] as ComputedRateIndicator, findings: computed.findings };
};

describe('a rate stated as a multiple (formula multiple, in 倍)', () => {
  it('computes in times and reconciles 2.6 with 8745 against 3362 (2.6011…)', () => {
    const { rate, findings } = run(8745, 3362, ratio('2.6'));
    expect(rate.computed).toMatchObject({ defined: true, formula: 'multiple' });
    expect(rate.computed?.defined && rate.computed.value).toBeCloseTo(8745 / 3362, 12);
    expect(rate.reconciliation).toBe('match');
    expect(rate.matchedRounding).toEqual(['half_up', 'truncate']);
    expect(findings.map((finding) => finding.code)).toEqual([]);
  });

  it('says in times, not percent, when the stated multiple does not follow', () => {
    const { rate, findings } = run(8745, 3362, ratio('3.1'));
    expect(rate.reconciliation).toBe('mismatch');
    const mismatch = findings.find((finding) => finding.code === 'rate-mismatch');
    expect(mismatch?.message['zh-CN']).toBe('“复议诉讼比值”所述 3.1倍，按分子分母计算应为 2.601倍');
    expect(mismatch?.message.en).toBe('“Reconsideration to litigation ratio” is stated as 3.1×, but its numerator and denominator give 2.601×');
  });

  it('formats a computed multiple in times and implies the denominators a stated one allows', () => {
    const { rate } = run(8745, 3362, ratio(undefined));
    expect(formatRateResult(rate.computed!, { locale: 'zh-CN' })).toBe('2.6倍');
    expect(formatRateResult(rate.computed!, { locale: 'en' })).toBe('2.6×');
    // 9.1 with 3326 applications: 3326 ÷ 362 = 9.188 is cut to 9.1, 3326 ÷ 367 = 9.063 rounds to 9.1;
    // 361 gives 9.213 (9.2 either way), 368 gives 9.038 (9.0 either way).
    const computed = computeReport(minimalReport([applications(3326), { ...ratio('9.1'), denominator: undefined }]));
    expect((computed.byId['x.ratio'] as ComputedRateIndicator).impliedDenominators).toEqual([362, 363, 364, 365, 366, 367]);
  });

  it('is a stated figure in 倍 only: a percentage with formula multiple, or 倍 on a ratio, is refused with its path', () => {
    const asPercent = parseReport(
      minimalReport([applications(8745), lawsuits(3362), ratio(undefined, { quantity: { value: 2.6, unit: 'percent', written: '2.6%' } })]),
    );
    expect(asPercent.ok).toBe(false);
    if (!asPercent.ok) expect(asPercent.issues.map((issue) => issue.pointer)).toEqual(['indicators[2].quantity.unit']);
    const timesOnRatio = parseReport(minimalReport([applications(8745), lawsuits(3362), ratio('2.6', { formula: 'ratio' })]));
    expect(timesOnRatio.ok).toBe(false);
    expect(parseReport(minimalReport([applications(8745), lawsuits(3362), ratio('2.6')])).ok).toBe(true);
  });

  it('is not compared with a ratio in percent of the same id, and pools apart in times', () => {
    expect(rateFormulaKind('multiple')).toBe('multiple');
    const before = minimalReport([applications(5000), lawsuits(2500), ratio('2')], { period: { start: '2023-01-01', end: '2023-12-31' } });
    const after = minimalReport([applications(8745), lawsuits(3362), { ...ratio(undefined), formula: 'ratio' }]);
    const comparison = compareReports(before, after);
    expect(comparison.notes.map((note) => note.code)).toContain('different-formula');
    const pooled = aggregateReports([
      minimalReport([applications(8745), lawsuits(3362), ratio('2.6')]),
      minimalReport([applications(1255), lawsuits(638), ratio('2.0')], { issuer: { name: '某区人民政府', level: 'district' } }),
    ]);
    const rate = pooled.groups[0]?.indicators.find((indicator) => indicator.id === 'x.ratio');
    // (8745 + 1255) ÷ (3362 + 638) = 10000 ÷ 4000 = 2.5 times.
    expect(rate?.kind === 'rate' && rate.pooled.map((entry) => entry.result.defined && [entry.result.value, entry.result.formula])).toEqual([[2.5, 'multiple']]);
  });
});

/** 应诉案件42件 split into 审结30件 (and the rest), the 30 split by outcome: 胜诉29件. */
function nested(totalRef: Record<string, string>): Indicator[] {
  return [
    {
      id: 'x.cases',
      family: 'litigation',
      label: { 'zh-CN': '应诉案件' },
      kind: 'breakdown',
      total: countOf(42),
      exhaustive: false,
      parts: [{ category: 'concluded', label: { 'zh-CN': '审结' }, quantity: countOf(30) }],
    },
    {
      id: 'x.concluded',
      family: 'litigation',
      label: { 'zh-CN': '审结' },
      kind: 'breakdown',
      total: totalRef as never,
      exhaustive: false,
      parts: [{ category: 'won', label: { 'zh-CN': '胜诉' }, quantity: countOf(29) }],
    },
  ];
}

describe('a breakdown whose total is a part of another', () => {
  it('resolves { ref, part } to that part: 29 of the 30 concluded', () => {
    const report = minimalReport(nested({ ref: 'x.cases', part: 'concluded' }));
    expect(parseReport(report).ok).toBe(true);
    const computed = computeReport(report).byId['x.concluded'] as ComputedBreakdownIndicator;
    expect(computed.total).toEqual({ value: 30, unit: '件', qualifier: 'exact' });
    expect(computed.parts[0]?.share).toMatchObject({ defined: true, value: (29 / 30) * 100 });
  });

  it('refuses a whole breakdown, an unknown part or a group as a total, each with its path', () => {
    const pointers = (ref: Record<string, string>) => {
      const result = parseReport(minimalReport(nested(ref)));
      return result.ok ? [] : result.issues.map((issue) => [issue.pointer, issue.message.en]);
    };
    expect(pointers({ ref: 'x.cases' })[0]?.[0]).toBe('indicators[1].total.ref');
    expect(pointers({ ref: 'x.cases', part: 'won' })).toEqual([['indicators[1].total.part', 'Breakdown "x.cases" has no part "won"']]);
    expect(pointers({ ref: 'x.cases', group: 'concluded' }).map(([pointer]) => pointer)).toContain('indicators[1].total.group');
  });

  it('rolls up the nested total as compute does: 30 + 12 concluded', () => {
    const other = nested({ ref: 'x.cases', part: 'concluded' }).map((indicator) =>
      indicator.kind === 'breakdown' && indicator.id === 'x.cases'
        ? { ...indicator, total: countOf(20), parts: [{ ...indicator.parts[0]!, quantity: countOf(12) }] }
        : indicator,
    );
    const pooled = aggregateReports([
      minimalReport(nested({ ref: 'x.cases', part: 'concluded' })),
      minimalReport(other, { issuer: { name: '某区人民政府', level: 'district' } }),
    ]);
    const concluded = pooled.groups[0]?.indicators.find((indicator) => indicator.id === 'x.concluded');
    expect(concluded?.kind === 'breakdown' && concluded.merged?.total).toMatchObject({ value: 42 });
  });
});
