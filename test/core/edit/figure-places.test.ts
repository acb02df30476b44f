import { describe, expect, it } from 'vitest';
import { CODELISTS } from '@rule-of-law/core';
import { applyEdit, figurePlaces, figuresOf } from '@rule-of-law/core/edit';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';
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

describe('prior-period figures', () => {
  const source = '某区2023年法治政府建设年度报告\n2023年，全区受理行政复议案件612件，较2022年的558件增长9.7%。';
  const report = draftReport(source);

  it('are places of the indicator that quotes them, besides the growth rate that uses one as its base', () => {
    const prior = source.indexOf('558件');
    const places = figurePlaces(report).filter((place) => place.start === prior);
    expect(places.map((place) => place.role).sort()).toEqual(['denominator', 'prior']);
    const quoted = places.find((place) => place.role === 'prior')!;
    expect(quoted.prior).toBe(0);
    expect(figuresOf(report, quoted.id).map((place) => place.role)).toEqual(['quantity', 'prior']);
  });

  it('are not what a reference to the indicator points at', () => {
    const rate = report.indicators.find((indicator) => indicator.kind === 'rate' && indicator.numerator && 'ref' in indicator.numerator)!;
    expect(figuresOf(report, rate.id).map((place) => [place.role, place.quantity.written])).toEqual([
      ['numerator', '612件'],
      ['denominator', '558件'],
      ['quantity', '9.7%'],
    ]);
  });
});

describe('a rate over a group of a breakdown', () => {
  it('highlights the parts of the group, as the codelist defines it', () => {
    const outcomes = draft.indicators.find((indicator) => indicator.id === 'reconsideration.accepted');
    if (outcomes?.kind !== 'breakdown' || !outcomes.codelist) throw new Error('expected a codelist breakdown');
    const rate = {
      ...outcomes,
      id: 'reconsideration.concluded_share',
      kind: 'rate' as const,
      numerator: { ref: outcomes.id, group: 'concluded' },
      denominator: { ref: outcomes.id },
    };
    const { parts: _parts, codelist: _codelist, total: _total, exhaustive: _exhaustive, ...bare } = rate;
    const report = applyEdit(draft, { type: 'add-indicator', indicator: bare });
    const concluded = outcomes.parts.filter((part) =>
      CODELISTS[outcomes.codelist!].categories.find((category) => category.code === part.category)?.groups.includes('concluded'),
    );
    expect(concluded.length).toBeGreaterThan(0);
    expect(concluded.length).toBeLessThan(outcomes.parts.length);
    const numerator = figuresOf(report, bare.id).filter((place) => place.role === 'numerator');
    expect(numerator.map((place) => place.quantity.written)).toEqual(concluded.map((part) => part.quantity.written));
    // The whole breakdown as a denominator: its stated total.
    expect(
      figuresOf(report, bare.id)
        .filter((place) => place.role === 'denominator')
        .map((place) => place.quantity.written),
    ).toEqual([outcomes.total && 'written' in outcomes.total ? outcomes.total.written : undefined]);
  });
});
