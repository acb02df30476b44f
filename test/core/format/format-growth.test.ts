// Year-on-year changes in words. Every expected text is written out by hand.
import { describe, expect, it } from 'vitest';
import { computeRate, formatGrowth, formatGrowthOperands, formatStatedGrowth, signedGrowth, type Figure, type Quantity } from '@rule-of-law/core';

const f = (value: number): Figure => ({ value, unit: '件', qualifier: 'exact' });
const pct = (value: number, written = `${value}%`, extra: Partial<Quantity> = {}): Quantity => ({ value, unit: 'percent', written, ...extra });

describe('signedGrowth', () => {
  it('makes a decrease negative and mirrors its bound', () => {
    expect(signedGrowth(3.9, 'exact', 'decrease')).toEqual({ value: -3.9, qualifier: 'exact' });
    expect(signedGrowth(3.9, 'at_least', 'decrease')).toEqual({ value: -3.9, qualifier: 'at_most' });
    expect(signedGrowth(148.1, 'at_least', 'increase')).toEqual({ value: 148.1, qualifier: 'at_least' });
    expect(Object.is(signedGrowth(0, 'exact', 'decrease').value, 0)).toBe(true);
  });
});

describe('formatGrowth', () => {
  it('puts the direction first, never a bare sign', () => {
    expect(formatGrowth(283.6, { locale: 'zh-CN' })).toBe('增长283.6%');
    expect(formatGrowth(283.6, { locale: 'en' })).toBe('up 283.6%');
    expect(formatGrowth(-32.9655172, { locale: 'zh-CN' })).toBe('下降32.97%');
    expect(formatGrowth(-32.9655172, { locale: 'en', maximumFractionDigits: 1 })).toBe('down 33%');
    expect(formatGrowth(0, { locale: 'zh-CN' })).toBe('持平');
    expect(formatGrowth(1234.5, { locale: 'en' })).toBe('up 1,234.5%');
  });

  it('says how sure it is', () => {
    expect(formatGrowth(148.1, { locale: 'zh-CN', qualifier: 'at_least' })).toBe('至少增长148.1%');
    expect(formatGrowth(148.1, { locale: 'en', qualifier: 'at_least' })).toBe('up at least 148.1%');
    expect(formatGrowth(-10, { locale: 'en', qualifier: 'at_most' })).toBe('down at least 10%');
    expect(formatGrowth(5, { locale: 'zh-CN', qualifier: 'approximately' })).toBe('约增长5%');
    expect(formatGrowth(-5, { locale: 'zh-CN', qualifier: 'at_least' })).toBe('增减不确定（变化不低于−5%）');
  });
});

describe('formatStatedGrowth', () => {
  it('shows the zh-CN figure as written, with the direction in front when it does not say it', () => {
    expect(formatStatedGrowth(pct(283.6), 'increase', { locale: 'zh-CN' })).toBe('增长283.6%');
    expect(formatStatedGrowth(pct(3.9), 'decrease', { locale: 'zh-CN' })).toBe('下降3.9%');
    expect(formatStatedGrowth(pct(32.96, '同比下降32.96%'), 'decrease', { locale: 'zh-CN' })).toBe('同比下降32.96%');
    expect(formatStatedGrowth(pct(148.1, '超过148.1%', { qualifier: 'at_least', marker: '超过' }), 'increase', { locale: 'zh-CN' })).toBe('增长超过148.1%');
  });

  it('composes English with every stated digit', () => {
    expect(formatStatedGrowth(pct(3.9), 'decrease', { locale: 'en' })).toBe('down 3.9%');
    expect(formatStatedGrowth(pct(32.965), 'decrease', { locale: 'en' })).toBe('down 32.965%');
    expect(formatStatedGrowth(pct(148.1, '超过148.1%', { qualifier: 'at_least', marker: '超过' }), 'increase', { locale: 'en' })).toBe('up at least 148.1%');
    expect(formatStatedGrowth(pct(10, '10%以上', { qualifier: 'at_least', marker: '以上' }), 'decrease', { locale: 'en' })).toBe('down at least 10%');
  });
});

describe('formatGrowthOperands', () => {
  const change = computeRate(f(3326), f(867), { formula: 'increase' });

  it('writes the change from the earlier figure, never as a division', () => {
    expect(formatGrowthOperands(f(3326), f(867), { locale: 'zh-CN', change })).toBe('3326件，较上期 867件增长283.62%');
    expect(formatGrowthOperands(f(3326), f(867), { locale: 'en', change })).toBe('3,326 items, up 283.62% on 867 items the year before');
    const fall = computeRate(f(486), f(725), { formula: 'decrease' });
    expect(formatGrowthOperands(f(486), f(725), { locale: 'zh-CN', change: fall, maximumFractionDigits: 1 })).toBe('486件，较上期 725件下降33%');
    expect(formatGrowthOperands(f(725), f(725), { locale: 'en', change: computeRate(f(725), f(725), { formula: 'increase' }) })).toBe(
      '725 items, unchanged from 725 items the year before',
    );
  });

  it('writes only the two figures without a computed change', () => {
    expect(formatGrowthOperands(f(3326), f(867), { locale: 'zh-CN' })).toBe('3326件，上期 867件');
    expect(formatGrowthOperands(f(5), f(0), { locale: 'en', change: computeRate(f(5), f(0), { formula: 'increase' }) })).toBe('5 items; 0 items the year before');
  });
});
