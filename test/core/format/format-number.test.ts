import { describe, expect, it } from 'vitest';
import { computeRate, formatDate, formatNumber, formatPercent, formatPeriod, formatRateResult, localized, toLocale, unitLabel } from '@rule-of-law/core';

describe('formatNumber and formatPercent', () => {
  it('writes digits as reports do in zh-CN and groups thousands in English', () => {
    expect(formatNumber(24879.5, { locale: 'zh-CN' })).toBe('24879.5');
    expect(formatNumber(24879.5, { locale: 'en' })).toBe('24,879.5');
    expect(formatPercent(18.75, { locale: 'zh-CN' })).toBe('18.75%');
    expect(formatPercent(100 / 3, { locale: 'en', maximumFractionDigits: 1 })).toBe('33.3%');
  });
});

describe('formatRateResult', () => {
  it('shows a value, or why there is none', () => {
    const one = { value: 1, unit: '件', qualifier: 'exact' } as const;
    const zero = { ...one, value: 0 };
    expect(formatRateResult(computeRate(one, { ...one, value: 3 }), { locale: 'zh-CN' })).toBe('33.33%');
    expect(formatRateResult(computeRate(one, zero), { locale: 'zh-CN' })).toBe('无法计算（分母为零）');
    expect(formatRateResult(computeRate(one, zero), { locale: 'en' })).toBe('undefined (zero denominator)');
    expect(formatRateResult(computeRate({ ...one, qualifier: 'at_least' }, { ...one, value: 4 }), { locale: 'en' })).toBe('at least 25%');
  });
});

describe('dates', () => {
  it('formats dates from the data only', () => {
    expect(formatDate('2023-11-20', { locale: 'zh-CN' })).toBe('2023年11月20日');
    expect(formatDate('2024-03-26T17:24:00+08:00', { locale: 'en' })).toBe('26 March 2024');
    expect(formatPeriod({ start: '2023-01-01', end: '2023-12-31' }, { locale: 'zh-CN' })).toBe('2023年');
    expect(formatPeriod({ start: '2023-07-01', end: '2024-06-30' }, { locale: 'en' })).toBe('1 July 2023 – 30 June 2024');
  });
});

describe('labels', () => {
  it('names units and picks a locale', () => {
    expect(unitLabel('人次', { locale: 'en', count: 1 })).toBe('person-visit');
    expect(unitLabel('percentage_point', { locale: 'zh-CN' })).toBe('个百分点');
    expect(localized({ 'zh-CN': '维持' }, 'en')).toBe('维持');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('zh-Hant-TW')).toBe('zh-CN');
    expect(toLocale(undefined)).toBe('zh-CN');
  });
});
