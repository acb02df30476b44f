import { describe, expect, it } from 'vitest';
import { extractFigures } from '@rule-of-law/core/extract';
import { asExpected, normalise, readExample, type Expected } from './support.js';

const text = readExample('examples/hangzhoudao-2023.txt');

/** The 56 arabic-numeral figures of the reference report, written by hand from the text, in order. */
const EXPECTED: readonly Expected[] = [
  ['9起', 9, '起'],
  ['650元', 650, '元'],
  ['362起', 362, '起'],
  ['4237人次', 4237, '人次'],
  ['2619家', 2619, '家'],
  ['1008个次', 1008, '个次'],
  ['41起', 41, '起'],
  ['24879.5元', 24879.5, '元'],
  ['19家次', 19, '家次'],
  ['149次', 149, '次'],
  ['955人', 955, '人'],
  ['264家', 264, '家'],
  ['296次', 296, '次'],
  ['378人', 378, '人'],
  ['13起', 13, '起'],
  ['16起', 16, '起'],
  ['8起', 8, '起'],
  ['650元', 650, '元'],
  ['32次', 32, '次'],
  ['16 件次', 16, '件次'],
  ['16 件次', 16, '件次'],
  ['100%', 100, 'percent', 'exact', '为'],
  ['16%以上', 16, 'percent', 'at_least', '以上'],
  ['102项', 102, '项'],
  ['96.2%', 96.2, 'percent', 'exact', '达'],
  ['100%', 100, 'percent', 'exact', '达'],
  ['897 \u00a0件', 897, '件'], // a space and a no-break space
  ['1件', 1, '件'],
  ['500 \u00a0 元', 500, '元'], // space, no-break space, space
  ['32件', 32, '件'],
  ['0.39万元', 3900, '元'],
  ['186批次', 186, '批次'],
  ['390人次', 390, '人次'],
  ['1355批次', 1355, '批次'],
  ['631批次', 631, '批次'],
  ['996余人次', 996, '人次', 'at_least', '余'],
  ['318批次', 318, '批次'],
  ['184批次', 184, '批次'],
  ['212件次', 212, '件次'],
  ['12件', 12, '件'],
  ['57件', 57, '件'],
  ['40件', 40, '件'],
  ['45件', 45, '件'],
  ['15件', 15, '件'],
  ['160件', 160, '件'],
  ['100%', 100, 'percent', 'exact', '达'],
  ['9件', 9, '件'],
  ['1件', 1, '件'],
  ['3件', 3, '件'],
  ['4件', 4, '件'],
  ['1件', 1, '件'],
  ['16件', 16, '件'],
  ['6件', 6, '件'],
  ['3件', 3, '件'],
  ['4件', 4, '件'],
  ['3件', 3, '件'],
];

describe('extractFigures on the reference report (hangzhoudao-2023.txt)', () => {
  const figures = extractFigures(text);
  const arabic = figures.filter((figure) => figure.numeral === 'arabic');

  it('finds exactly the 56 arabic-numeral figures, in text order, with value, unit, qualifier and marker', () => {
    expect(EXPECTED).toHaveLength(56);
    expect(arabic.map(asExpected)).toEqual(EXPECTED.map(normalise));
  });

  it('reports no false figure: every arabic figure is one of the 56', () => {
    expect(arabic).toHaveLength(56);
  });

  it('gives offsets that point at the figure as written', () => {
    for (const figure of figures) {
      expect(text.slice(figure.start, figure.end)).toBe(figure.written);
      expect(text.slice(figure.phrase.start, figure.phrase.end)).toBe(figure.phrase.text);
      expect(figure.phrase.start).toBeLessThanOrEqual(figure.start);
      expect(figure.phrase.end).toBeGreaterThanOrEqual(figure.end);
    }
  });

  it('keeps 0.39万元 exact in base units and "897 件" with its (no-break) spaces', () => {
    const money = arabic.find((figure) => figure.written === '0.39万元');
    expect(money?.value).toBe(3900);
    const records = arabic.find((figure) => figure.value === 897);
    expect(records?.written).toBe('897 \u00a0件');
    expect(records?.phrase.text).toBe('制作行政执法检查记录897 \u00a0件');
  });

  it('gives each figure its clause', () => {
    expect(arabic[0]?.phrase.text).toBe('2023年对违反文明条例相关规定实施行政处罚9起');
    expect(arabic.find((figure) => figure.written === '996余人次')?.phrase.text).toBe('包括接待居民来访631批次996余人次');
    expect(arabic.find((figure) => figure.written === '96.2%')?.phrase.text).toBe('履职率达96.2%');
  });

  it('reports the Chinese-numeral count 一年两次 as a bonus, marked chinese and not among the 56', () => {
    const chinese = figures.filter((figure) => figure.numeral === 'chinese');
    expect(chinese.map(asExpected)).toEqual([['两次', 2, '次', 'exact']]);
    expect(chinese[0]?.phrase.text).toBe('一年两次法治政府建设工作交流');
  });
});
