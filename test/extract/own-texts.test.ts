import { describe, expect, it } from 'vitest';
import { extractFigures } from '@rule-of-law/core/extract';
import { asExpected, normalise, readFixture, type Expected } from './support.js';

/**
 * Four reports written for these tests in the styles the domain notes describe, with their figures
 * written down by hand. Together they use every writing convention and every kind of number that
 * is not an indicator.
 */
const TEXTS: Readonly<Record<string, { file: string; expected: readonly Expected[] }>> = {
  // Full-width punctuation and ％; 亿/万 with decimals; thousands separators (comma and space);
  // 约/余/近/超过/达/为; 个百分点; a category threshold, a document number, PM2.5, a hotline,
  // slogans, a version tag and list markers that are not figures.
  'a county government (某某县人民政府)': {
    file: 'county-government.txt',
    expected: [
      ['18件', 18, '件'],
      ['100％', 100, 'percent', 'exact', '达'],
      ['236份', 236, '份'],
      ['12.6亿元', 1_260_000_000, '元'],
      ['24次', 24, '次'],
      ['7项', 7, '项'],
      ['3,562件', 3562, '件'],
      ['4.3个百分点', 4.3, 'percentage_point'],
      ['1,286.75万元', 12_867_500, '元'],
      ['420次', 420, '次', 'approximately', '约'],
      ['1,200余次', 1200, '次', 'at_least', '余'],
      ['2.3万余户次', 23_000, '户次', 'at_least', '余'],
      ['98.6％', 98.6, 'percent', 'exact', '达'],
      ['1 268名', 1268, '名'],
      ['127件', 127, '件'],
      ['115件', 115, '件'],
      ['12件', 12, '件'],
      ['108件', 108, '件'],
      ['71件', 71, '件'],
      ['9件', 9, '件'],
      ['4件', 4, '件'],
      ['11件', 11, '件'],
      ['13件', 13, '件'],
      ['12.04％', 12.04, 'percent', 'exact', '为'],
      ['86件', 86, '件'],
      ['100%', 100, 'percent', 'exact', '达'],
      ['5件', 5, '件'],
      ['5.8％', 5.8, 'percent', 'exact', '为'],
      ['5万件', 50_000, '件', 'approximately', '近'],
      ['99%', 99, 'percent', 'at_least', '超过'],
      ['2.1个百分点', 2.1, 'percentage_point'],
      ['300余场', 300, '场', 'at_least', '余'],
      ['12万人次', 120_000, '人次', 'at_least', '超过'],
      ['8.6万份', 86_000, '份'],
    ],
  },
  // Half-width punctuation; 约为/左右/近/不足; growth in percent and in 倍; a rank; a custom unit (卷);
  // a range (3-5人), an as-of date, an ordinal (第2次), a duration (3个工作日以内), "3·15", 3.0版.
  'a municipal department (某某市市场监督管理局)': {
    file: 'municipal-department.txt',
    expected: [
      ['1,108件', 1108, '件'],
      ['15.2%', 15.2, 'percent'],
      ['2,350.6万元', 23_506_000, '元', 'approximately', '约为'],
      ['412件', 412, '件'],
      ['96件', 96, '件'],
      ['37件', 37, '件'],
      ['23件', 23, '件'],
      ['378件', 378, '件'],
      ['215件', 215, '件'],
      ['600户', 600, '户', 'approximately', '近'],
      ['260卷', 260, '卷'],
      ['85%左右', 85, 'percent', 'approximately', '左右'],
      ['第3位', 3, '位'],
      ['14.6万个', 146_000, '个'],
      ['1.5倍', 1.5, '倍'],
      ['9件', 9, '件'],
      ['5件', 5, '件'],
      ['1件', 1, '件'],
      ['2件', 2, '件'],
      ['1件', 1, '件'],
      ['4件', 4, '件'],
      ['3件', 3, '件'],
      ['1件', 1, '件'],
      ['4次', 4, '次'],
      ['100%', 100, 'percent'],
      ['46场', 46, '场'],
      ['2万份', 20_000, '份', 'at_most', '不足'],
      ['520人次', 520, '人次'],
      ['6次', 6, '次'],
      ['2次', 2, '次'],
    ],
  },
  // Ideographic indents; spaces between every number and unit; a no-break space before 万;
  // thousands written with spaces and with a full-width comma; Chinese-numeral counts (bonus);
  // 村规民约 (约 that is not a qualifier); a hotline (12348) and a document number.
  'a district judicial bureau (某某区司法局)': {
    file: 'district-judicial-bureau.txt',
    expected: [
      ['65 件', 65, '件'],
      ['30%', 30, 'percent'],
      ['58 件', 58, '件'],
      ['52 件', 52, '件'],
      ['2 件', 2, '件'],
      ['5 件', 5, '件'],
      ['1 件', 1, '件'],
      ['3 件', 3, '件'],
      ['1 件', 1, '件'],
      ['28 件', 28, '件'],
      ['6 件', 6, '件'],
      ['2 件', 2, '件'],
      ['4 件', 4, '件'],
      ['6 件', 6, '件'],
      ['23.08%', 23.08, 'percent', 'exact', '为'],
      ['7.69%', 7.69, 'percent'],
      ['126 个', 126, '个'],
      ['3 200 余人次', 3200, '人次', 'at_least', '余'],
      ['88 份', 88, '份'],
      ['1.08\u00a0万个', 10_800, '个'],
      ['99.5%', 99.5, 'percent'],
      ['1，052 次', 1052, '次'],
      ['1 006 件', 1006, '件'],
      ['95.6%', 95.6, 'percent'],
      ['4.5 万人次', 45_000, '人次', 'approximately', '约'],
      ['32 家', 32, '家'],
      ['2 个', 2, '个'],
    ],
  },
  // Terse township style; 百万元以上合同 (a threshold in Chinese numerals); 5千余人次; a custom unit
  // (期); 110 (a hotline); "1+N" (a slogan); inline (一)(二) markers.
  'a township (某某镇人民政府)': {
    file: 'township.txt',
    expected: [
      ['4次', 4, '次'],
      ['12次', 12, '次'],
      ['43份', 43, '份'],
      ['43份', 43, '份'],
      ['15名', 15, '名'],
      ['1,460余次', 1460, '次', 'at_least', '余'],
      ['67起', 67, '起'],
      ['12.5万元', 125_000, '元'],
      ['22个', 22, '个'],
      ['318件', 318, '件'],
      ['312件', 312, '件'],
      ['98.1%', 98.1, 'percent'],
      ['156批次', 156, '批次'],
      ['410人次', 410, '人次'],
      ['89件', 89, '件'],
      ['97.8%', 97.8, 'percent', 'exact', '为'],
      ['2.3个百分点', 2.3, 'percentage_point'],
      ['35起', 35, '起'],
      ['8期', 8, '期'],
      ['264名', 264, '名'],
      ['20余场', 20, '场', 'at_least', '余'],
      ['5千余人次', 5000, '人次', 'at_least', '余'],
    ],
  },
};

describe.each(Object.entries(TEXTS))('extractFigures on %s', (_, { file, expected }) => {
  const text = readFixture(file);
  const figures = extractFigures(text);
  const arabic = figures.filter((figure) => figure.numeral === 'arabic');

  it('finds every arabic figure written down by hand, and nothing else', () => {
    expect(arabic.map(asExpected)).toEqual(expected.map(normalise));
  });

  it('gives offsets and clauses that match the text', () => {
    for (const figure of figures) {
      expect(text.slice(figure.start, figure.end)).toBe(figure.written);
      expect(text.slice(figure.phrase.start, figure.phrase.end)).toBe(figure.phrase.text);
    }
  });
});

describe('Chinese-numeral counts in the district text (a bonus, not counted among arabic figures)', () => {
  it('finds 十余场, 一百二十场次 and 两次, and not the slogans 八五 or 三项制度', () => {
    const chinese = extractFigures(readFixture('district-judicial-bureau.txt')).filter((figure) => figure.numeral === 'chinese');
    expect(chinese.map(asExpected)).toEqual([
      ['十余场', 10, '场', 'at_least', '余'],
      ['一百二十场次', 120, '场次', 'exact'],
      ['两次', 2, '次', 'exact'],
    ]);
  });

  it('finds none in the other texts', () => {
    for (const file of ['county-government.txt', 'municipal-department.txt', 'township.txt']) {
      expect(extractFigures(readFixture(file)).filter((figure) => figure.numeral === 'chinese')).toEqual([]);
    }
  });
});
