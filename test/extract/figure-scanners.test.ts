// The three scanners extractFigures puts together, each on its own: arabic figures with a unit word, small
// counts in Chinese numerals, and the numeric cells of data tables. Values, units and offsets are worked out
// by hand from the texts (counted in the comments); 0.39万 is 0.39 × 10⁴ = 3900.
import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '@rule-of-law/core/extract';
import { extractChineseFigures } from '../../packages/core/src/extract/chinese-figures.js';
import { extractArabicFigures } from '../../packages/core/src/extract/figures.js';
import { extractTableFigures } from '../../packages/core/src/extract/table-cells.js';

/** The parts of a figure a reader checks: as written, value, unit, qualifier (and marker), where. */
const brief = (figure: ExtractedFigure) => [figure.written, figure.value, figure.unit, figure.qualifier, figure.marker, figure.start, figure.end];

describe('extractArabicFigures', () => {
  it('reads money with a multiplier, 余 and 为, with their exact place', () => {
    // 罚0 款1 0.39(2–5) 万6 元7 ，8 接9 待10 来11 访12 996(13–15) 余16 人17 次18 ，19 办20 结21 率22 为23 100(24–26) %27
    const figures = extractArabicFigures('罚款0.39万元，接待来访996余人次，办结率为100%。');
    expect(figures.map(brief)).toEqual([
      ['0.39万元', 3900, '元', 'exact', undefined, 2, 8],
      ['996余人次', 996, '人次', 'at_least', '余', 13, 19],
      ['100%', 100, 'percent', 'exact', '为', 24, 28],
    ]);
    expect(figures.every((figure) => figure.numeral === 'arabic')).toBe(true);
    expect(figures[1]?.phrase.text).toBe('接待来访996余人次');
  });

  it('reads full-width digits and thousands separators', () => {
    expect(extractArabicFigures('１２件').map(brief)).toEqual([['１２件', 12, '件', 'exact', undefined, 0, 3]]);
    expect(extractArabicFigures('1,355件').map(brief)).toEqual([['1,355件', 1355, '件', 'exact', undefined, 0, 6]]);
  });

  it('reads 第3位 as a rank and 前5名 as at most 5th, but 3位律师 as three people', () => {
    // 排0 名1 第2 3(3) 位4 ，5 前6 5(7) 名8
    expect(extractArabicFigures('排名第3位，前5名').map(brief)).toEqual([
      ['第3位', 3, '位', 'exact', undefined, 2, 5],
      ['前5名', 5, '位', 'at_most', '前', 6, 9],
    ]);
    expect(extractArabicFigures('聘请3位律师').map(brief)).toEqual([['3位', 3, '人', 'exact', undefined, 2, 4]]);
  });

  it('skips what is not a figure: a deadline, a hotline number, a page counter, a multiplied percentage', () => {
    for (const text of ['3个月内办结', '12345热线', '共1200人阅读', '3万%']) expect(extractArabicFigures(text), text).toEqual([]);
  });

  it('leaves Chinese numerals to the other scanner', () => {
    expect(extractArabicFigures('一年两次，共12次').map((figure) => figure.written)).toEqual(['12次']);
    expect(extractArabicFigures('')).toEqual([]);
  });
});

describe('extractChineseFigures', () => {
  it('reads small counts of events in Chinese numerals', () => {
    // 一0 年1 两2 次3
    expect(extractChineseFigures('一年两次法治政府建设工作交流').map(brief)).toEqual([['两次', 2, '次', 'exact', undefined, 2, 4]]);
    expect(extractChineseFigures('查处三起').map(brief)).toEqual([['三起', 3, '起', 'exact', undefined, 2, 4]]);
    expect(extractChineseFigures('二十批次').map(brief)).toEqual([['二十批次', 20, '批次', 'exact', undefined, 0, 4]]);
    expect(extractChineseFigures('查处三起')[0]?.numeral).toBe('chinese');
  });

  it('reads 余 after the numeral and a marker before it', () => {
    expect(extractChineseFigures('开展十余场培训').map(brief)).toEqual([['十余场', 10, '场', 'at_least', '余', 2, 5]]);
    expect(extractChineseFigures('约五次').map(brief)).toEqual([['五次', 5, '次', 'approximately', '约', 1, 3]]);
  });

  it('skips ordinals, vague counts, idioms, words with 一, slogans and the measure words slogans use', () => {
    for (const text of ['第三次', '数十次', '三番两次', '一次性', '“两次告知”', '三项制度', '六个不放过']) expect(extractChineseFigures(text), text).toEqual([]);
  });
});

describe('extractTableFigures', () => {
  it('reads the cells of a row written with |, in the unit the header names', () => {
    // 表0 一1 \n2, then the header row (3–19) and \n20; the cells 31 at 21, 54 at 26, 85 at 31.
    const cells = extractTableFigures('表一\n警告 | 罚款 | 合计(宗) |\n31 | 54 | 85 |');
    expect(cells.map(brief)).toEqual([
      ['31', 31, '宗', 'exact', undefined, 21, 23],
      ['54', 54, '宗', 'exact', undefined, 26, 28],
      ['85', 85, '宗', 'exact', undefined, 31, 33],
    ]);
    expect(cells.map((figure) => [figure.cell.table, figure.cell.row, figure.cell.column])).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [0, 0, 2],
    ]);
  });

  it('names each row by its label, marks a total row, and counts items (件) when the header names no unit', () => {
    const cells = extractTableFigures('类别 | 收到 | 办结 |\n市级 | 12 | 10 |\n合计 | 20 | 18 |');
    expect(cells.map((figure) => [figure.value, figure.unit, figure.cell.row, figure.cell.rowLabel, figure.cell.isTotal])).toEqual([
      [12, '件', 0, '市级', false],
      [10, '件', 0, '市级', false],
      [20, '件', 1, '合计', true],
      [18, '件', 1, '合计', true],
    ]);
  });

  it('takes the caption above the table', () => {
    const cells = extractTableFigures('表2:市州收到行政复议申请情况\n市州 | 件数 |\n甲市 | 5 | 6 |');
    expect(cells.map((figure) => figure.cell.caption)).toEqual(['市州收到行政复议申请情况', '市州收到行政复议申请情况']);
  });

  it('reads the last cell of a row under a 万元 header as money: 1.5 is 15000 元', () => {
    const cells = extractTableFigures('(单位:万元)\n项目 | 件数 | 金额 |\n罚款 | 3 | 1.5 |');
    expect(cells.map((figure) => [figure.written, figure.value, figure.unit])).toEqual([
      ['3', 3, '件'],
      ['1.5', 15_000, '元'],
    ]);
  });

  it('reads a table copied one cell a line, each number under its label', () => {
    const cells = extractTableFigures('类别\n警告\n31\n罚款\n54\n');
    expect(cells.map((figure) => [figure.value, figure.cell.row, figure.cell.rowLabel])).toEqual([
      [31, 0, '警告'],
      [54, 1, '罚款'],
    ]);
  });

  it('never takes a lone number in prose, or anything from a text without digits', () => {
    expect(extractTableFigures('今年\n30\n其中，依法办理案件的情况如下，全部按期办结。')).toEqual([]);
    expect(extractTableFigures('受理案件共计30件。')).toEqual([]);
    expect(extractTableFigures('无数字 | 的 | 表格 |')).toEqual([]);
  });
});
