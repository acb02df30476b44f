// Small readers of a report's text the draft is built from: titles masked out, the family a text names, the
// spaces skipped, dates checked, the year and issuer of a title, the section an offset falls in, the words of
// a label an id carries, ordinals in words. Expectations are worked out by hand from the texts.
import { describe, expect, it } from 'vitest';
import type { Section } from '@rule-of-law/core';
import { familyOfText, maskTitles } from '../../packages/core/src/extract/families.js';
import { isSpace } from '../../packages/core/src/extract/phrases.js';
import { isoDate } from '../../packages/core/src/extract/report-dates.js';
import { sectionAt } from '../../packages/core/src/extract/sections.js';
import { ordinalWord, ownWords } from '../../packages/core/src/extract/slugs.js';
import { issuerOfTitle, yearOfTitle } from '../../packages/core/src/extract/title.js';

describe('maskTitles', () => {
  it('blanks each title 《…》 with as many spaces, so offsets stay the same', () => {
    expect(maskTitles('《行政复议法》宣传')).toBe(`${' '.repeat(7)}宣传`);
    expect(maskTitles('学习《宪法》和《民法典》')).toBe(`学习${' '.repeat(4)}和${' '.repeat(5)}`);
    expect(maskTitles('《行政复议法》宣传')).toHaveLength('《行政复议法》宣传'.length);
  });

  it('leaves an unclosed title, one across a line break, and text without titles alone', () => {
    expect(maskTitles('《行政复议法宣传')).toBe('《行政复议法宣传');
    expect(maskTitles('《行政\n复议法》')).toBe('《行政\n复议法》');
    expect(maskTitles('受理复议案件')).toBe('受理复议案件');
  });
});

describe('familyOfText', () => {
  it('names the family of the first family word in the text', () => {
    expect(familyOfText('共计受理行政复议案件')).toBe('reconsideration');
    expect(familyOfText('行政诉讼和行政复议案件')).toBe('litigation');
    expect(familyOfText('行政复议和行政诉讼案件')).toBe('reconsideration');
    expect(familyOfText('接待来访群众')).toBe('petitions');
  });

  it('reads past the title of a law: 《行政复议法》宣传 is publicity', () => {
    expect(familyOfText('《行政复议法》宣传')).toBe('publicity');
    expect(familyOfText('在执行《天津市生活垃圾管理条例》上,出动执法队员')).toBe('enforcement');
  });

  it('is undefined for a text that names no family, asked again or not', () => {
    expect(familyOfText('居住社区')).toBeUndefined();
    expect(familyOfText('居住社区')).toBeUndefined();
    expect(familyOfText('')).toBeUndefined();
    // The answer for one text never leaks into the next.
    expect(familyOfText('开展普法讲座')).toBe('publicity');
  });
});

describe('isSpace', () => {
  it('is true for spaces of any width: ASCII, tab, no-break, ideographic, byte-order mark', () => {
    for (const char of [' ', '\t', '\u00a0', '\u3000', '\ufeff']) expect(isSpace(char), JSON.stringify(char)).toBe(true);
  });

  it('is false for characters and for the empty string past the end of a text', () => {
    for (const char of ['件', 'a', '1', '，', '']) expect(isSpace(char), JSON.stringify(char)).toBe(false);
  });
});

describe('isoDate', () => {
  it('writes a valid date with two-digit month and day', () => {
    expect(isoDate(2023, 11, 20)).toBe('2023-11-20');
    expect(isoDate(2024, 3, 6)).toBe('2024-03-06');
  });

  it('knows leap years: 29 February 2024 and 2000 exist, 2023 and 1900 have none', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(isoDate(1900, 2, 29)).toBeUndefined();
  });

  it('is undefined for a day or month that does not exist, a fraction, NaN, or a year outside 1900–2999', () => {
    expect(isoDate(2023, 2, 30)).toBeUndefined();
    expect(isoDate(2023, 4, 31)).toBeUndefined();
    expect(isoDate(2023, 13, 1)).toBeUndefined();
    expect(isoDate(2023, 0, 1)).toBeUndefined();
    expect(isoDate(2023, 1.5, 1)).toBeUndefined();
    expect(isoDate(Number.NaN, 1, 1)).toBeUndefined();
    expect(isoDate(1899, 12, 31)).toBeUndefined();
    expect(isoDate(3000, 1, 1)).toBeUndefined();
    expect(isoDate(1900, 1, 1)).toBe('1900-01-01');
  });
});

describe('yearOfTitle', () => {
  it('is the year a title names, 年 or 年度, spaced or not', () => {
    expect(yearOfTitle('关于2023年度法治政府建设情况的报告')).toBe(2023);
    expect(yearOfTitle('杭州道街道2023年法治政府建设工作报告')).toBe(2023);
    expect(yearOfTitle('某县2024 年法治政府建设年度报告')).toBe(2024);
    expect(yearOfTitle('2022年和2023年工作报告')).toBe(2022);
  });

  it('is undefined without a year followed by 年', () => {
    expect(yearOfTitle('法治政府建设工作报告')).toBeUndefined();
    expect(yearOfTitle('津政发〔2023〕3号')).toBeUndefined();
    expect(yearOfTitle('1899年报告')).toBeUndefined();
  });
});

describe('issuerOfTitle', () => {
  it('is the words before the year or 关于', () => {
    expect(issuerOfTitle('天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告')).toBe('天津市滨海新区杭州道街道办事处');
    expect(issuerOfTitle('某县人民政府关于2023年度法治政府建设情况的报告')).toBe('某县人民政府');
    expect(issuerOfTitle('某县人民政府：2023年法治政府建设年度报告')).toBe('某县人民政府');
  });

  it('is undefined when nothing, or a single character, stands before them', () => {
    expect(issuerOfTitle('关于2023年度法治政府建设情况的报告')).toBeUndefined();
    expect(issuerOfTitle('市2023年法治政府建设年度报告')).toBeUndefined();
    expect(issuerOfTitle('法治政府建设工作报告')).toBeUndefined();
  });
});

describe('sectionAt', () => {
  const section = (id: string, start: number, heading = id): Section => ({ id, heading, order: 0, source: { text: heading, start, end: start + heading.length } });
  // 一、主要举措 at 3, （一）规范执法 at 10, 二、存在不足 at 50.
  const sections = [section('measures', 3, '一、主要举措'), section('measures.1', 10, '（一）规范执法'), section('shortcomings', 50, '二、存在不足')];

  it('is the last section whose heading starts at or before the offset', () => {
    expect(sectionAt(sections, 5)).toBe('measures');
    expect(sectionAt(sections, 10)).toBe('measures.1');
    expect(sectionAt(sections, 49)).toBe('measures.1');
    expect(sectionAt(sections, 50)).toBe('shortcomings');
    expect(sectionAt(sections, 10_000)).toBe('shortcomings');
  });

  it('is undefined before the first heading and in a text without sections', () => {
    expect(sectionAt(sections, 0)).toBeUndefined();
    expect(sectionAt(sections, 2)).toBeUndefined();
    expect(sectionAt([], 5)).toBeUndefined();
  });
});

describe('ownWords', () => {
  it('keeps the words that name what is counted, taking off rate words and scope words', () => {
    expect(ownWords('掌上执法率')).toBe('掌上执法');
    expect(ownWords('全市行政执法案件')).toBe('行政执法案件');
  });

  it('takes for a share the words before 占', () => {
    expect(ownWords('4大类领域案件占全部案件')).toBe('大类领域案件');
  });

  it('takes the last piece with two characters or more, at most six characters nearest the figure', () => {
    expect(ownWords('受理（含网上）申请')).toBe('申请');
    expect(ownWords('案件、数')).toBe('案件');
    // 郑州市市级行政执法主体: the last six characters.
    expect(ownWords('郑州市市级行政执法主体')).toBe('行政执法主体');
  });

  it('is empty when only scope and link words are left', () => {
    expect(ownWords('全市共计')).toBe('');
    expect(ownWords('')).toBe('');
    expect(ownWords('96.2%')).toBe('');
  });
});

describe('ordinalWord', () => {
  it.each([
    [1, 'first'],
    [2, 'second'],
    [10, 'tenth'],
    [11, 'eleventh'],
    [12, 'twelfth'],
    [19, 'nineteenth'],
    [20, 'twentieth'],
    [21, 'twenty_first'],
    [30, 'thirtieth'],
    [42, 'forty_second'],
    [99, 'ninety_ninth'],
  ])('%d → %s', (n, word) => {
    expect(ordinalWord(n)).toBe(word);
  });

  it('spells the digits as letters from 100 on (1 → b, 0 → a), and stays letters and underscores throughout', () => {
    expect(ordinalWord(100)).toBe('number_baa');
    expect(ordinalWord(123)).toBe('number_bcd');
    for (let n = 1; n <= 150; n += 1) expect(ordinalWord(n), String(n)).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  });
});
