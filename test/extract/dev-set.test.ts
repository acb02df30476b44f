import { describe, expect, it } from 'vitest';
import { computeReport, parseReport } from '@rule-of-law/core';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';
// The scorer is shared with `npm run bench` (bench/dev-set/run.mjs), which runs it on the built package.
import { isReadableId, readDevSet, scoreDevSet, yearOf } from '../../bench/dev-set/score.mjs';

/**
 * The development set: real report texts (the reference report, openings of five multi-year series,
 * and fifteen texts rich in rates, breakdowns and tables) with figures and structure labelled by hand
 * in test/extract/fixtures/dev-set. The draft is scored against the labels; the scores are floors
 * that only rise (docs/benchmarks.md has the per-text misses).
 */
const entries = readDevSet();
const { texts, totals } = scoreDevSet({ draftReport, extractFigures, computeReport }, entries);

describe('draftReport on the development set (real texts labelled by hand)', () => {
  it('reads 28 labelled texts', () => {
    expect(entries).toHaveLength(28);
    console.info(`dev set: ${JSON.stringify({ ...totals, counts: undefined })}`);
  });

  it('finds ≥ 98% of the labelled figures with ≥ 98% precision (table cells and glued list numbers included)', () => {
    expect(totals.figureRecall).toBeGreaterThanOrEqual(0.985);
    expect(totals.figurePrecision).toBeGreaterThanOrEqual(0.98);
  });

  it('raises no mismatch finding above info that the source does not bear out', () => {
    expect(texts.flatMap((score) => score.misses.filter((miss) => miss.kind === 'false-alarm'))).toEqual([]);
  });

  it('attaches every prior-year figure to what it compares with, never as a figure of the year', () => {
    expect(totals.priorsAttached).toBe(1);
  });

  it('binds stated rates to the operands the text states them from, ratios in 倍 included (floor: 18 of 18)', () => {
    expect(totals.ratesBound).toBe(1);
  });

  it('finds breakdowns with a stated total with exactly their parts, nested ones included (floor: 29 of 33)', () => {
    expect(totals.breakdownsFound).toBeGreaterThanOrEqual(29 / 33);
  });

  it('names what is counted in all but a few ids: a bare kind word (share, units) only where the label has no words of its own (floor: 4)', () => {
    expect(totals.unreadableIds).toBeLessThanOrEqual(4);
  });

  it('gives every indicator an id of words: a codebook id or a slug, never numbered with digits', () => {
    for (const entry of entries) {
      const year = yearOf(entry);
      const ids = draftReport(entry.text, Number.isFinite(year) ? { year } : {}).indicators.map((indicator) => indicator.id);
      expect(
        ids.filter((id) => !/^[a-z]+(?:_[a-z]+)*(?:\.[a-z]+(?:_[a-z]+)*)+$/.test(id)),
        entry.slug,
      ).toEqual([]);
    }
  });

  it('drafts reports that pass parseReport for every text', () => {
    for (const entry of entries) {
      const year = yearOf(entry);
      const result = parseReport(JSON.parse(JSON.stringify(draftReport(entry.text, Number.isFinite(year) ? { year } : {}))));
      expect(result.ok, `${entry.slug}: ${result.ok ? '' : result.issues.map((issue) => `${issue.pointer} ${issue.message.en}`).join('; ')}`).toBe(true);
    }
  });
});

describe('the scorer', () => {
  it('counts a binding only when both operands point at the labelled figures', () => {
    const entry = {
      slug: 'made-up',
      text: '受理34件。其中投诉举报类13件,占总量的38%。',
      figures: [
        { written: '34件', offset: 2, value: 34, unit: '件' },
        { written: '13件', offset: 13, value: 13, unit: '件' },
        { written: '38%', offset: 22, value: 38, unit: '%' },
      ],
      structures: {
        year: 2022,
        breakdowns: [],
        priors: [],
        rates: [
          {
            text: '占总量的38%',
            value: 38,
            offset: 18,
            formula: 'share',
            numerator: { text: '13', quantity: 13, offset: 13 },
            denominator: { text: '34', quantity: 34, offset: 2 },
            reconciles: true,
          },
        ],
      },
    };
    const bound = scoreDevSet({ draftReport, extractFigures, computeReport }, [entry]).totals;
    expect(bound.ratesBound).toBe(1);
    const swapped = {
      ...entry,
      structures: {
        ...entry.structures,
        rates: [{ ...entry.structures.rates[0]!, numerator: { text: '34', quantity: 34, offset: 2 }, denominator: { text: '13', quantity: 13, offset: 13 } }],
      },
    };
    expect(scoreDevSet({ draftReport, extractFigures, computeReport }, [swapped]).totals.ratesBound).toBe(0);
  });

  it('reads ids as readable when they are dotted words without numbers or a bare unit word', () => {
    expect(['enforcement.penalties', 'enforcement.civility.penalties', 'petitions.receptions_second'].map(isReadableId)).toEqual([true, true, true]);
    expect(['reconsideration.items_3', 'enforcement.items', 'other.share'].map(isReadableId)).toEqual([false, false, false]);
  });
});
