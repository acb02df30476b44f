// The number readers behind the extractor: full-width forms, the multipliers written after digits, the
// characters of Chinese numerals and the parts of a date. Expected values are read off the characters by
// hand (２ is U+FF12, 2 is U+0032; 万 is 10⁴, 亿 10⁸).
import { describe, expect, it } from 'vitest';
import { parseArabicNumber, parseChineseNumeral } from '@rule-of-law/core/extract';
import { CHINESE_NUMERAL_CHARS, MULTIPLIER_EXPONENTS, parseDatePart, toHalfWidth } from '../../packages/core/src/extract/numbers.js';

describe('toHalfWidth', () => {
  it('turns full-width digits, decimal points and commas into half-width ones', () => {
    expect(toHalfWidth('１２．５')).toBe('12.5');
    expect(toHalfWidth('１，２３４')).toBe('1,234');
    expect(toHalfWidth('０１２３４５６７８９')).toBe('0123456789');
  });

  it('leaves every other character alone: words, units, half-width text, full-width letters and percent', () => {
    expect(toHalfWidth('收案１２件')).toBe('收案12件');
    expect(toHalfWidth('96.2%')).toBe('96.2%');
    expect(toHalfWidth('ＰＭ２．５')).toBe('ＰＭ2.5');
    expect(toHalfWidth('９５％')).toBe('95％');
    expect(toHalfWidth('')).toBe('');
  });
});

describe('MULTIPLIER_EXPONENTS', () => {
  it('are the powers of ten of the multipliers after digits: 3 with each is 3 × 10ⁿ', () => {
    expect(MULTIPLIER_EXPONENTS).toEqual({ 百: 2, 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8, 万亿: 12 });
    const threes = { 百: 300, 千: 3000, 万: 30_000, 百万: 3_000_000, 千万: 30_000_000, 亿: 300_000_000, 万亿: 3_000_000_000_000 };
    for (const [multiplier, value] of Object.entries(threes)) expect(parseArabicNumber('3', multiplier), multiplier).toBe(value);
  });

  it('shift the decimal point in the digits, so 0.39万 is exactly 3900 and 1.5千万 exactly 15000000', () => {
    expect(parseArabicNumber('0.39', '万')).toBe(3900);
    expect(parseArabicNumber('1.5', '千万')).toBe(15_000_000);
    expect(parseArabicNumber('1.23456', '百')).toBe(123.456);
  });
});

describe('CHINESE_NUMERAL_CHARS', () => {
  it('are the ten digits (with 〇 and 两) and the units 十 百 千 万 亿', () => {
    expect([...CHINESE_NUMERAL_CHARS].sort()).toEqual([...'零〇一二两三四五六七八九十百千万亿'].sort());
  });

  it('read as digits and units on their own: 零 and 〇 are 0, 两 is 2, 十 10, 百 100, 千 1000', () => {
    const digits = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100, 千: 1000 };
    for (const [char, value] of Object.entries(digits)) expect(parseChineseNumeral(char), char).toBe(value);
    expect(parseChineseNumeral('两千零五')).toBe(2005);
  });

  it('are the only characters read: anything else makes the text not a numeral', () => {
    expect(parseChineseNumeral('三个')).toBeUndefined();
    expect(parseChineseNumeral('3十')).toBeUndefined();
    expect(parseChineseNumeral('五十余')).toBeUndefined();
  });
});

describe('parseDatePart', () => {
  it('reads years written digit by digit in Chinese: 二〇二三 and 二零二四', () => {
    expect(parseDatePart('二〇二三')).toBe(2023);
    expect(parseDatePart('二零二四')).toBe(2024);
    expect(parseDatePart('一九九九')).toBe(1999);
  });

  it('reads months and days as Chinese numerals: 十一, 二十, 三十一', () => {
    expect(parseDatePart('一')).toBe(1);
    expect(parseDatePart('十一')).toBe(11);
    expect(parseDatePart('二十')).toBe(20);
    expect(parseDatePart('三十一')).toBe(31);
  });

  it('reads arabic digits, half- or full-width, with a leading zero', () => {
    expect(parseDatePart('09')).toBe(9);
    expect(parseDatePart('2023')).toBe(2023);
    expect(parseDatePart('２０２３')).toBe(2023);
  });

  it('is undefined for what is not a number', () => {
    expect(parseDatePart('')).toBeUndefined();
    expect(parseDatePart('元月')).toBeUndefined();
    expect(parseDatePart('12a')).toBeUndefined();
  });
});

describe('parseChineseNumeral across 亿 and 万', () => {
  it('adds a 万 part after 亿 instead of multiplying it: 一亿二千万 is 1.2 × 10⁸', () => {
    // 一亿 = 100,000,000; 二千万 = 2000 × 10⁴ = 20,000,000.
    expect(parseChineseNumeral('一亿二千万')).toBe(120_000_000);
    expect(parseChineseNumeral('三亿五千万')).toBe(350_000_000);
    expect(parseChineseNumeral('一亿零五万')).toBe(100_050_000);
    // 万亿 is 10⁴ × 10⁸: a larger unit after a smaller one multiplies.
    expect(parseChineseNumeral('一万亿')).toBe(1_000_000_000_000);
    expect(parseChineseNumeral('一千二百三十四万五千六百七十八')).toBe(12_345_678);
  });

  it('is undefined for what is no numeral: digits in a row, a unit alone', () => {
    expect(parseChineseNumeral('一二')).toBeUndefined();
    expect(parseChineseNumeral('万')).toBeUndefined();
    expect(parseChineseNumeral('一百零五')).toBe(105);
  });
});
