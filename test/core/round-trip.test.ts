// JSON in → model → JSON out is lossless, checked through text: each report is serialised, parsed from that
// text again, and compared with a copy of the input parsed independently (parseReport returns its input, so
// comparing its result with the object passed in could never fail).
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, parseReport, type Report } from '@rule-of-law/core';
import { draftReport } from '@rule-of-law/core/extract';
import { readDevSet, yearOf } from '../../bench/dev-set/score.mjs';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { EXAMPLES_DIR } from '../support/examples.js';

/** Parses `text`, serialises the report, parses that text again: the second text and report must be the first. */
function throughText(text: string): Report {
  const first = parseReport(JSON.parse(text));
  expect(first.ok, first.ok ? '' : first.issues.map((issue) => `${issue.pointer}: ${issue.message.en}`).join('; ')).toBe(true);
  if (!first.ok) throw new Error('not valid');
  const again = JSON.stringify(first.report);
  const second = parseReport(JSON.parse(again));
  expect(second.ok).toBe(true);
  if (!second.ok) throw new Error('not valid the second time');
  // Compared with an independent parse of the original text: nothing added, dropped or converted.
  expect(second.report).toEqual(JSON.parse(text));
  expect(JSON.stringify(second.report)).toBe(JSON.stringify(JSON.parse(text)));
  return second.report;
}

describe('JSON → model → JSON, through text', () => {
  const files = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json'));

  it(`is lossless for every example (${files.length}), and the files are written as JSON.stringify(report, null, 2) writes them`, () => {
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8');
      const report = throughText(text);
      expect(`${JSON.stringify(report, null, 2)}\n`, name).toBe(text);
    }
  });

  it('is lossless for any valid report of the fuzzing arbitrary (every kind and field)', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        throughText(JSON.stringify(report));
      }),
      { numRuns: 300 },
    );
  });

  it('is lossless for the draft of every text of the development set, and the draft computes the same from its text', () => {
    const entries = readDevSet();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const year = yearOf(entry);
      const draft = draftReport(entry.text, Number.isFinite(year) ? { year } : {});
      const report = throughText(JSON.stringify(draft));
      expect(computeReport(report).findings, entry.slug).toEqual(computeReport(draft).findings);
    }
  });

  it('computes any valid report without NaN or Infinity, walking the result itself', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        const computed = computeReport(report);
        const numbers: number[] = [];
        const walk = (value: unknown, seen: Set<unknown>): void => {
          if (typeof value === 'number') numbers.push(value);
          else if (value !== null && typeof value === 'object' && !seen.has(value)) {
            seen.add(value);
            for (const child of Object.values(value)) walk(child, seen);
          }
        };
        walk(computed, new Set());
        expect(numbers.every(Number.isFinite)).toBe(true);
        for (const finding of computed.findings) expect(finding.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
