// formatRateResult for ratios and year-on-year changes. Every expected text is written out by hand.
import { describe, expect, it } from 'vitest';
import { computeRate, formatRateResult, type Figure, type Qualifier } from '@rule-of-law/core';

const f = (value: number, qualifier: Qualifier = 'exact'): Figure => ({ value, unit: '件', qualifier });
const both = (result: ReturnType<typeof computeRate>) => [formatRateResult(result, { locale: 'zh-CN' }), formatRateResult(result, { locale: 'en' })];

describe('formatRateResult', () => {
  it('writes a ratio as a percentage, qualified like its operands', () => {
    expect(both(computeRate(f(6), f(16)))).toEqual(['37.5%', '37.5%']);
    expect(both(computeRate(f(6, 'at_least'), f(16)))).toEqual(['不低于37.5%', 'at least 37.5%']);
    expect(both(computeRate(f(6), f(0)))).toEqual(['无法计算（分母为零）', 'undefined (zero denominator)']);
  });

  it('writes a change with its direction, whichever way the figures went', () => {
    expect(both(computeRate(f(3326), f(867), { formula: 'increase' }))).toEqual(['增长283.62%', 'up 283.62%']);
    expect(both(computeRate(f(486), f(725), { formula: 'decrease' }))).toEqual(['下降32.97%', 'down 32.97%']);
    // Marked as an increase, the figures fell: the words say so.
    expect(both(computeRate(f(486), f(725), { formula: 'increase' }))).toEqual(['下降32.97%', 'down 32.97%']);
    expect(formatRateResult(computeRate(f(3326), f(867), { formula: 'increase' }), { locale: 'zh-CN', maximumFractionDigits: 1 })).toBe('增长283.6%');
    // 400余 against 500: a fall of at most 20%.
    expect(both(computeRate(f(400, 'at_least'), f(500), { formula: 'decrease' }))).toEqual([
      '增减不确定（变化不低于−20%）',
      'direction uncertain (change of at least −20%)',
    ]);
    expect(both(computeRate(f(600, 'at_least'), f(500), { formula: 'increase' }))).toEqual(['至少增长20%', 'up at least 20%']);
  });

  it('gives a change’s reasons in terms of the earlier figure', () => {
    expect(both(computeRate(f(5), f(0), { formula: 'increase' }))).toEqual(['无法计算（上期为零）', 'undefined (the earlier figure is zero)']);
    expect(both(computeRate(f(5), undefined, { formula: 'decrease' }))).toEqual(['无法计算（缺少本期或上期数）', 'undefined (current or earlier figure missing)']);
    expect(both(computeRate(f(5), { value: 4, unit: '人次', qualifier: 'exact' }, { formula: 'increase' }))).toEqual([
      '无法计算（单位不同）',
      'undefined (units differ)',
    ]);
  });
});
