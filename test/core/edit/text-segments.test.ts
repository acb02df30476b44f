import { describe, expect, it } from 'vitest';
import { figurePlaces, textSegments } from '@rule-of-law/core/edit';
import { extractFigures } from '@rule-of-law/core/extract';
import { draft, text } from './support.js';

const runs = (source: string, ranges: { start: number; end: number }[]) => textSegments(source, ranges).map((run) => [run.text, run.ranges.length]);

describe('text segments', () => {
  it('cuts a text at the edges of its figures, plain runs merged', () => {
    expect(runs('受理12件，办结11件', [{ start: 2, end: 5 }])).toEqual([
      ['受理', 0],
      ['12件', 1],
      ['，办结11件', 0],
    ]);
    expect(runs('abc', [])).toEqual([['abc', 0]]);
    expect(runs('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('gives overlapping ranges each run they share, in the order given; clips and ignores what is outside', () => {
    const first = { start: 0, end: 4 };
    const second = { start: 2, end: 6 };
    const segments = textSegments('abcdefgh', [first, second, { start: 5, end: 5 }, { start: 7, end: 99 }, { start: -3, end: 0 }]);
    expect(segments.map((run) => [run.text, run.ranges])).toEqual([
      ['ab', [first]],
      ['cd', [first, second]],
      ['ef', [second]],
      ['g', []],
      ['h', [{ start: 7, end: 99 }]],
    ]);
  });

  it('covers the reference text exactly, with every figure the draft holds and every figure the extractor reads', () => {
    const places = figurePlaces(draft);
    const segments = textSegments(text, places);
    expect(segments.map((run) => run.text).join('')).toBe(text);
    expect(segments.every((run, index) => index === 0 || run.start === segments[index - 1]!.end)).toBe(true);
    const marked = segments.filter((run) => run.ranges.length > 0);
    expect(marked.map((run) => run.text)).toEqual(places.map((place) => place.quantity.source?.text));
    const figures = textSegments(text, extractFigures(text)).filter((run) => run.ranges.length > 0);
    expect(figures.map((run) => run.text)).toEqual(extractFigures(text).map((figure) => text.slice(figure.start, figure.end)));
  });
});
