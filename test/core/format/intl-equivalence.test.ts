// The library writes numbers and dates by hand (no ICU start-up on a page's first render). These
// properties hold it to what Intl writes for the same locale and options, for arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, unitLabel } from '@rule-of-law/core';

const doubles = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.constantFrom(NaN, Infinity, -Infinity, 1.005, 2.675, 0.125, 0.5, -0.5, 1.5, 2.5, -2.5, 96.15, 37.5, 18.75, 24879.5, 0.39, 1e21, 1.5e-7, 123456789.123, -0.0001),
);

describe('numbers written as Intl.NumberFormat writes them', () => {
  it('for any double (NaN and ±∞ too), fraction digits and locale', () => {
    fc.assert(
      fc.property(doubles, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom('zh-CN', 'en'), (value, max, min, locale) => {
        const intl = new Intl.NumberFormat(locale, { useGrouping: locale === 'en', maximumFractionDigits: max, minimumFractionDigits: Math.min(min, max) });
        const expected =
          Number.isSafeInteger(value) && Math.min(min, max) === 0 && (locale === 'zh-CN' || Math.abs(value) < 1000) ? String(value) : intl.format(value);
        expect(formatNumber(value, { locale, maximumFractionDigits: max, minimumFractionDigits: min })).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds half away from zero on the written digits, as Intl does: 1.005 → 1.01, 2.5 → 3, -2.5 → -3', () => {
    expect(formatNumber(1.005, { locale: 'zh-CN', maximumFractionDigits: 2 })).toBe('1.01');
    expect(formatNumber(2.5, { locale: 'zh-CN', maximumFractionDigits: 0 })).toBe('3');
    expect(formatNumber(-2.5, { locale: 'en', maximumFractionDigits: 0 })).toBe('-3');
    expect(formatNumber(1234567.891, { locale: 'en', maximumFractionDigits: 1 })).toBe('1,234,567.9');
  });
});

describe('dates written as Intl.DateTimeFormat writes them', () => {
  it('for any calendar date from 1000 to 9999, in zh-CN and English', () => {
    const zh = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const en = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(iso, { locale: 'zh-CN' })).toBe(zh.format(date));
        expect(formatDate(iso, { locale: 'en' })).toBe(en.format(date));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('English unit plurals as Intl.PluralRules chooses them', () => {
  it('for any count', () => {
    const rules = new Intl.PluralRules('en');
    fc.assert(
      fc.property(doubles, (count) => {
        const expected = rules.select(count) === 'one' ? unitLabel('件', { locale: 'en', count: 1 }) : unitLabel('件', { locale: 'en' });
        expect(unitLabel('件', { locale: 'en', count })).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
  });
});
