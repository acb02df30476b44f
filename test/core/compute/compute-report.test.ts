import { describe, expect, it } from 'vitest';
import { computeReport, type ComputedRateIndicator, type Indicator } from '@rule-of-law/core';
import { countOf, minimalReport } from '../../support/minimal-report.js';

const cases: Indicator = { id: 'reconsideration.cases', family: 'reconsideration', label: { 'zh-CN': '收到案件' }, kind: 'count', quantity: countOf(0) };

function rateReport(stated: string, numerator: number, denominator: number) {
  return minimalReport([
    { id: 'x.done', family: 'petitions', label: { 'zh-CN': '办结' }, kind: 'count', quantity: countOf(numerator) },
    { id: 'x.accepted', family: 'petitions', label: { 'zh-CN': '受理' }, kind: 'count', quantity: countOf(denominator) },
    {
      id: 'x.completion_rate',
      family: 'petitions',
      label: { 'zh-CN': '办结率', en: 'Completion rate' },
      kind: 'rate',
      quantity: { value: Number.parseFloat(stated), unit: 'percent', written: stated },
      numerator: { ref: 'x.done' },
      denominator: { ref: 'x.accepted' },
    },
  ]);
}

describe('computeReport', () => {
  it('reconciles a stated rate with its numerator and denominator', () => {
    const computed = computeReport(rateReport('98.5%', 197, 200));
    const rate = computed.byId['x.completion_rate'] as ComputedRateIndicator;
    expect(rate.reconciliation).toBe('match');
    expect(rate.computed).toMatchObject({ defined: true, value: 98.5 });
    expect(computed.findings).toEqual([]);
  });

  it('warns, with expected and actual, when they do not reconcile', () => {
    const computed = computeReport(rateReport('99.5%', 197, 200));
    expect(computed.findings).toHaveLength(1);
    expect(computed.findings[0]).toMatchObject({
      code: 'rate-mismatch',
      severity: 'warning',
      indicatorIds: ['x.completion_rate', 'x.done', 'x.accepted'],
      expected: 98.5,
      actual: 99.5,
    });
    expect(computed.findings[0]?.message.en).toBe('“Completion rate” is stated as 99.5%, but its numerator and denominator give 98.5%');
    expect(computed.findings[0]?.message['zh-CN']).toBe('“办结率”所述 99.5%，按分子分母计算应为 98.5%');
  });

  it('gives an explicit undefined rate for a zero denominator, never NaN or Infinity', () => {
    const computed = computeReport(rateReport('100%', 0, 0));
    const rate = computed.byId['x.completion_rate'] as ComputedRateIndicator;
    expect(rate.computed).toMatchObject({ defined: false, reason: 'zero_denominator' });
    expect(computed.findings.map((finding) => finding.code)).toEqual(['undefined-rate']);
    expect(JSON.stringify(computed)).not.toMatch(/NaN|Infinity|null/);
  });

  it('computes a rate stated by its operands only', () => {
    const report = minimalReport([
      cases,
      {
        id: 'reconsideration.share',
        family: 'reconsideration',
        label: { 'zh-CN': '占比' },
        kind: 'rate',
        numerator: { quantity: countOf(3) },
        denominator: { quantity: countOf(12) },
      },
    ]);
    expect((computeReport(report).byId['reconsideration.share'] as ComputedRateIndicator).computed).toMatchObject({ defined: true, value: 25 });
  });

  it('sorts findings errors first, then warnings, then info', () => {
    const report = {
      ...rateReport('99.5%', 197, 200),
      signedOn: '2025-05-01',
      publishedAt: '2025-04-20',
    };
    expect(computeReport(report).findings.map((finding) => finding.severity)).toEqual(['error', 'warning', 'warning']);
  });

  it('keeps indicators in report order and by id', () => {
    const computed = computeReport(rateReport('98.5%', 197, 200));
    expect(computed.indicators.map((entry) => entry.indicator.id)).toEqual(['x.done', 'x.accepted', 'x.completion_rate']);
    expect(Object.keys(computed.byId)).toEqual(['x.done', 'x.accepted', 'x.completion_rate']);
  });
});
