// The compute table's rows for year-on-year changes. Every expected cell is written out by hand.
import { describe, expect, it } from 'vitest';
import { computeReport, type Indicator } from '@rule-of-law/core';
import { computedTable } from '../../packages/cli/src/compute-table.js';
import { countOf, minimalReport } from '../support/minimal-report.js';

const change = (id: string, formula: 'increase' | 'decrease', stated: string, earlier?: number): Indicator => ({
  id,
  family: 'reconsideration',
  label: { 'zh-CN': '收案同比', en: 'Cases on the year before' },
  kind: 'rate',
  formula,
  quantity: { value: Number.parseFloat(stated), unit: 'percent', written: stated },
  numerator: { ref: 'x.cases' },
  ...(earlier !== undefined && { denominator: { quantity: countOf(earlier) } }),
});

const report = minimalReport([
  { id: 'x.cases', family: 'reconsideration', label: { 'zh-CN': '收案', en: 'Cases' }, kind: 'count', quantity: countOf(486) },
  // 725 → 486: down 32.9655…%, stated cut off.
  change('x.down', 'decrease', '32.96%', 725),
  // Only this year's figure: 486 is down 32.96% from 725 (cut off), nothing else.
  change('x.implied', 'decrease', '32.96%'),
]);

const row = (table: string, id: string) =>
  table
    .split('\n')
    .find((line) => line.startsWith(id))!
    .split(/\s{2,}/);

describe('computedTable of year-on-year changes', () => {
  it('writes the stated and computed change with its direction, reconciled against the current and earlier figures', () => {
    const zh = computedTable(computeReport(report), 'zh-CN');
    expect(row(zh, 'x.down')).toEqual(['x.down', '收案同比', '下降32.96%', '下降32.97%', '与本期、上期数一致']);
    expect(row(zh, 'x.implied')).toEqual(['x.implied', '收案同比', '下降32.96%', '上期数可能为 725']);
    const en = computedTable(computeReport(report), 'en');
    expect(row(en, 'x.down')).toEqual(['x.down', 'Cases on the year before', 'down 32.96%', 'down 32.97%', 'matches the current and earlier figures']);
    expect(row(en, 'x.implied')).toEqual(['x.implied', 'Cases on the year before', 'down 32.96%', 'the year before could be 725']);
  });
});
