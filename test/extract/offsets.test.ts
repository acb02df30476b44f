import { describe, expect, it } from 'vitest';
import { extractFigures } from '@rule-of-law/core/extract';
import { phraseAround, sentenceAround } from '../../packages/core/src/extract/phrases.js';

describe('offsets are UTF-16 code units, as String.prototype.slice counts them', () => {
  it('counts a character outside the BMP (𠀀, an emoji) as two units', () => {
    const text = '𠀀𠀀镇😀受理案件12件';
    const [figure] = extractFigures(text);
    expect(figure?.start).toBe(11);
    expect(figure?.end).toBe(14);
    expect(text.slice(figure?.start, figure?.end)).toBe('12件');
  });

  it('handles CRLF line ends', () => {
    const text = '一、工作成效\r\n受理案件12件，\r\n办结10件。\r\n';
    const figures = extractFigures(text);
    expect(figures.map((figure) => [figure.written, figure.start, figure.end])).toEqual([
      ['12件', 12, 15],
      ['10件', 20, 23],
    ]);
    expect(figures[1]?.phrase.text).toBe('办结10件');
  });

  it('includes a trailing marker and a leading 第 in the span, but not a leading qualifier', () => {
    const text = '参与率达16%以上，排名第3位，约300人';
    expect(extractFigures(text).map((figure) => text.slice(figure.start, figure.end))).toEqual(['16%以上', '第3位', '300人']);
  });
});

describe('phrases and sentences', () => {
  const text = '截至目前,街处级领导共接访下访186批次390人次;受理来电共1,355批次。下一句。';

  it('phraseAround stops at clause punctuation but not at a thousands separator', () => {
    const start = text.indexOf('1,355');
    expect(phraseAround(text, start, start + 7).text).toBe('受理来电共1,355批次');
  });

  it('sentenceAround spans the whole sentence', () => {
    const start = text.indexOf('186');
    expect(sentenceAround(text, start, start + 5).text).toBe('截至目前,街处级领导共接访下访186批次390人次;受理来电共1,355批次');
  });

  it('gives every figure of a clause the same phrase, trimmed of spaces', () => {
    const figures = extractFigures('  街处级领导共接访下访186批次390人次 ;');
    expect(figures.map((figure) => figure.phrase)).toEqual([
      { text: '街处级领导共接访下访186批次390人次', start: 2, end: 22 },
      { text: '街处级领导共接访下访186批次390人次', start: 2, end: 22 },
    ]);
  });
});
