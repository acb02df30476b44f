// Hostile input through extraction, comparison and roll-ups. Counts are shares of FUZZ_RUNS.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateReports, compareReports, computeReport, parseReport, type Report } from '@rule-of-law/core';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { referenceText } from '../support/examples.js';
import { allFinite } from '../support/no-bad-numbers.js';
import { fuzzRuns } from './runs.js';

/** Report-like text: digits, Chinese numerals, units, qualifiers, punctuation and headings, in any order. */
const reportishText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('一、', '(一)', '1.', '2023年', '〔2024〕3号', 'PM2.5', '12345', '约', '余', '以上', '不足', '达', '万', '亿', '元', '件', '人次', '批次', '%', '％', '个百分点', '共计', '包括', '：', '，', '；', '\u00a0', ' ', '\n'),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.double({ min: 0, max: 1e6, noNaN: true }).map((value) => value.toFixed(2)),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('fuzzing extraction, comparison and roll-ups', { timeout: 300_000 }, () => {
  it(`extracts from ${fuzzRuns(0.3)} report-like texts with consistent offsets and no bad numbers`, () => {
    fc.assert(
      fc.property(reportishText, (text) => {
        for (const figure of extractFigures(text)) {
          expect(text.slice(figure.start, figure.end)).toBe(figure.written);
          expect(Number.isFinite(figure.value)).toBe(true);
        }
      }),
      { numRuns: fuzzRuns(0.3) },
    );
  });

  it(`drafts ${fuzzRuns(0.05)} reports from mutated reference text that always validate`, () => {
    const reference = referenceText();
    fc.assert(
      fc.property(fc.nat({ max: reference.length }), fc.nat({ max: 400 }), reportishText, (start, length, insert) => {
        const text = reference.slice(0, start) + insert + reference.slice(start + length);
        const draft = draftReport(text);
        const parsed = parseReport(draft);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(allFinite(computeReport(parsed.report))).toBe(true);
      }),
      { numRuns: fuzzRuns(0.05) },
    );
  });

  it(`compares ${fuzzRuns(0.15)} pairs of generated reports without NaN or Infinity`, () => {
    fc.assert(
      fc.property(arbitraryReport, arbitraryReport, (previous, current) => {
        expect(allFinite(compareReports(previous, current))).toBe(true);
      }),
      { numRuns: fuzzRuns(0.15) },
    );
  });

  it(`rolls up ${fuzzRuns(0.15)} sets of generated reports without NaN or Infinity`, () => {
    fc.assert(
      fc.property(fc.array(arbitraryReport, { maxLength: 6 }), fc.constantFrom('parent', 'level', 'year', 'issuer'), (reports: Report[], groupBy) => {
        const rollup = aggregateReports(reports, { groupBy });
        expect(allFinite(JSON.parse(JSON.stringify(rollup)))).toBe(true);
      }),
      { numRuns: fuzzRuns(0.15) },
    );
  });
});
