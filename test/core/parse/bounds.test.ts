// The documented range of a stated value (MAX_QUANTITY 10^15, MAX_PERCENT 10^6, MAX_DECIMALS 6), and what it
// buys: every valid report computes and rolls up to finite numbers. The two cases that used to escape as
// Infinity (a breakdown of two 1.7e308 parts; a roll-up of two reports stating 1.7e308) are refused with a
// path and a message in both languages.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  aggregateReports,
  computeReport,
  MAX_DECIMALS,
  MAX_PERCENT,
  MAX_QUANTITY,
  parseReport,
  quantityBoundBroken,
  reportJsonSchema,
  type Indicator,
  type Report,
} from '@rule-of-law/core';
import { minimalReport } from '../../support/minimal-report.js';

const count = (id: string, value: number): Indicator => ({
  id,
  family: 'enforcement',
  label: { 'zh-CN': '案件' },
  kind: 'count',
  quantity: { value, unit: '件', written: `${value}件` },
});
const issuesOf = (report: unknown) => {
  const result = parseReport(report);
  return result.ok ? [] : result.issues.map((issue) => ({ pointer: issue.pointer, zh: issue.message['zh-CN'], en: issue.message.en }));
};

/** An exhaustive breakdown of `values` (parts in 件), with a stated total when given. */
function casesBreakdown(values: readonly number[], total?: number): Indicator {
  const quantity = (value: number) => ({ value, unit: '件' as const, written: `${value}件` });
  return {
    id: 'x.cases',
    family: 'enforcement',
    label: { 'zh-CN': '案件' },
    kind: 'breakdown',
    exhaustive: true,
    ...(total !== undefined && { total: quantity(total) }),
    parts: values.map((value, n) => ({ category: `part_${n}`, label: { 'zh-CN': `类别${n}` }, quantity: quantity(value) })),
  };
}

/** Every number reachable in a value, walked directly (no JSON round trip, which would turn Infinity into null). */
function numbersIn(value: unknown, seen = new Set<unknown>()): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((entry) => numbersIn(entry, seen));
}

describe('the range of a stated value', () => {
  it('documents its bounds: 10^15 in magnitude, 10^6 for percentages, six decimals', () => {
    expect([MAX_QUANTITY, MAX_PERCENT, MAX_DECIMALS]).toEqual([1e15, 1e6, 6]);
    // The one check parseReport and the draft share: which bound a value breaks, and the bound.
    expect(quantityBoundBroken(1_000_001, 'percent')).toEqual({ bound: 'out-of-range', max: 1e6 });
    expect(quantityBoundBroken(1_000_001, '件')).toBeUndefined();
    expect(quantityBoundBroken(-2e15, '元')).toEqual({ bound: 'out-of-range', max: 1e15 });
    expect(quantityBoundBroken(0.1234567, '元')).toEqual({ bound: 'decimals', max: 6 });
  });

  it('refuses the breakdown of two 1.7e308 parts that used to sum to Infinity, at each part, in both languages', () => {
    const report = minimalReport([casesBreakdown([1.7e308, 1.7e308])]);
    expect(issuesOf(report)).toEqual(
      [0, 1].map((part) => ({
        pointer: `indicators[0].parts[${part}].quantity.value`,
        zh: '数值 1.7e+308 超出范围：绝对值不得超过 1000000000000000',
        en: '1.7e+308 is out of range: at most 1000000000000000 in magnitude',
      })),
    );
  });

  it('refuses money, percentages and decimals out of range, and accepts the bounds themselves', () => {
    const money = {
      id: 'x.fines',
      family: 'enforcement',
      label: { 'zh-CN': '罚款' },
      kind: 'amount',
      quantity: { value: -2e15, unit: '元', written: '…' },
    } as const;
    expect(issuesOf(minimalReport([money])).map((issue) => issue.pointer)).toEqual(['indicators[0].quantity.value', 'indicators[0].quantity.value']);
    const rate = (value: number): Indicator => ({
      id: 'x.rate',
      family: 'enforcement',
      label: { 'zh-CN': '增长' },
      kind: 'rate',
      formula: 'increase',
      quantity: { value, unit: 'percent', written: `${value}%` },
    });
    expect(issuesOf(minimalReport([rate(1_000_001)]))[0]?.en).toBe('1000001 is out of range: at most 1000000 in magnitude');
    expect(issuesOf(minimalReport([rate(999_900)]))).toEqual([]);
    expect(issuesOf(minimalReport([count('x.cases', 1e15)]))).toEqual([]);
    const fine = { ...money, quantity: { value: 0.1234567, unit: '元', written: '0.1234567元' } } as const;
    expect(issuesOf(minimalReport([fine]))).toEqual([
      { pointer: 'indicators[0].quantity.value', zh: '数值 0.1234567 的小数超过 6 位', en: '0.1234567 has more than 6 decimal places' },
    ]);
    expect(issuesOf(minimalReport([{ ...fine, quantity: { ...fine.quantity, value: 0.123456 } }]))).toEqual([]);
  });

  it('is in the JSON Schema too, so that another validator refuses the same values', () => {
    const validate = new Ajv2020({ strict: false }).compile(reportJsonSchema());
    expect(validate(minimalReport([count('x.cases', 1e15)]))).toBe(true);
    expect(validate(minimalReport([count('x.cases', 1e16)]))).toBe(false);
    const percent = (value: number) =>
      minimalReport([{ id: 'x.rate', family: 'enforcement', label: { 'zh-CN': '率' }, kind: 'rate', quantity: { value, unit: 'percent', written: `${value}%` } }]);
    expect(validate(percent(1e6))).toBe(true);
    expect(validate(percent(2e6))).toBe(false);
  });
});

describe('what the bounds buy: finite numbers for every valid report', () => {
  it('sums a breakdown of 10,000 parts at the bound to a finite total (10^19), flagged as not adding up to its stated total', () => {
    const report = minimalReport([
      casesBreakdown(
        Array.from({ length: 10_000 }, () => 1e15),
        1e15,
      ),
    ]);
    expect(parseReport(report).ok).toBe(true);
    const computed = computeReport(report);
    const breakdown = computed.byId['x.cases'];
    expect(breakdown?.kind === 'breakdown' && breakdown.sum?.value).toBe(1e19);
    expect(numbersIn(computed).every(Number.isFinite)).toBe(true);
    expect(computed.findings.map((finding) => finding.code)).toEqual(['sum-mismatch']);
  });

  it('rolls up 1,000 reports that each state the bound to a finite total (10^18), other indicators beside it', () => {
    const reports: Report[] = Array.from({ length: 1000 }, (_, n) =>
      minimalReport([count('x.cases', 1e15), count('x.other', n)], { issuer: { name: `某街道${n}`, level: 'subdistrict' } }),
    );
    expect(reports.every((report) => parseReport(report).ok)).toBe(true);
    const rolled = aggregateReports(reports);
    const total = rolled.groups[0]?.indicators.find((indicator) => indicator.id === 'x.cases');
    expect(total?.kind === 'count' && total.totals[0]?.figure.value).toBe(1e18);
    expect(numbersIn(rolled).every(Number.isFinite)).toBe(true);
  });
});
