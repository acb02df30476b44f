import { describe, expect, it } from 'vitest';
import { figurePlaces, figuresOf } from '@rule-of-law/core/edit';
import { extractFigures } from '@rule-of-law/core/extract';
import { draft, text } from './support.js';

describe('figure places', () => {
  it('puts every quantity of the draft at its place in the text, in text order', () => {
    const places = figurePlaces(draft);
    expect(places.length).toBeGreaterThan(40);
    for (const place of places) expect(text.slice(place.start, place.end)).toBe(place.quantity.source?.text);
    expect(places.map((place) => place.start)).toEqual([...places.map((place) => place.start)].sort((a, b) => a - b));
  });

  it('covers every figure the extractor read in the reference text', () => {
    const starts = new Set(figurePlaces(draft).map((place) => place.start));
    expect(extractFigures(text).filter((figure) => !starts.has(figure.start))).toEqual([]);
  });

  it('names the parts of a breakdown by index and its total', () => {
    const places = figurePlaces(draft).filter((place) => place.id === 'litigation.cases');
    expect(places.map((place) => [place.role, place.part])).toEqual([
      ['total', undefined],
      ['part', 0],
      ['part', 1],
      ['part', 2],
      ['part', 3],
    ]);
  });

  it('gives a rate its own figure and those of the operands it refers to, each with its role', () => {
    const places = figuresOf(draft, 'environment.completion_rate');
    const issues = figurePlaces(draft).filter((place) => place.id === 'environment.issues');
    const numerator = issues.find((place) => place.role === 'part')!;
    const denominator = issues.find((place) => place.role === 'total')!;
    expect(places.map((place) => [place.role, place.start])).toEqual(
      [
        ['quantity', text.indexOf('100%', 1100)],
        ['numerator', numerator.start],
        ['denominator', denominator.start],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
    expect(figuresOf(draft, 'no.such')).toEqual([]);
  });
});
