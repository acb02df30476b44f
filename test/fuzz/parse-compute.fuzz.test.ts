// Hostile input through parseReport and computeReport. The number of generated inputs is
// FUZZ_RUNS (default sized for CI; set FUZZ_RUNS=1000000 for a nightly-sized run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparedValue, computeReport, formatComparedValue, formatRateResult, parseReport, type ComputedReport } from '@rule-of-law/core';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { referenceJson } from '../support/examples.js';
import { hostileValue, mutate } from '../support/mutate-json.js';
import { allFinite } from '../support/no-bad-numbers.js';
import { fuzzRuns } from './runs.js';

function expectStructured(input: unknown): void {
  const parsed = parseReport(input);
  if (!parsed.ok) {
    expect(parsed.issues.length).toBeGreaterThan(0);
    for (const issue of parsed.issues) {
      expect(typeof issue.pointer).toBe('string');
      expect(issue.message['zh-CN'].length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    return;
  }
  const computed = computeReport(parsed.report);
  expect(allFinite(computed)).toBe(true);
  expectReadable(computed);
}

/** Every finding, computed rate (ratio or year-on-year change) and compared value reads as words and digits in both locales. */
function expectReadable(computed: ComputedReport): void {
  const texts: string[] = computed.findings.flatMap((finding) => [finding.message['zh-CN'], finding.message.en]);
  for (const entry of computed.indicators) {
    for (const locale of ['zh-CN', 'en'] as const) {
      if (entry.kind === 'rate' && entry.computed) texts.push(formatRateResult(entry.computed, { locale }));
      const value = comparedValue(entry);
      if (value) texts.push(formatComparedValue(value, { locale, maximumFractionDigits: 2 }));
    }
  }
  for (const text of texts) {
    expect(text.length).toBeGreaterThan(0);
    // ("undefined" is a word of these texts: "the rate is undefined".)
    expect(text).not.toMatch(/NaN|Infinity|\[object /);
  }
}

describe('fuzzing parseReport and computeReport', { timeout: 300_000 }, () => {
  it(`survives ${fuzzRuns(0.1)} mutations of the reference report`, () => {
    const reference = referenceJson();
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 7 }), hostileValue, (steps, value) => {
        expectStructured(mutate(reference, steps, value));
      }),
      { numRuns: fuzzRuns(0.1) },
    );
  });

  it(`survives ${fuzzRuns(0.2)} arbitrary values`, () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4 }), expectStructured), { numRuns: fuzzRuns(0.2) });
  });

  it(`computes ${fuzzRuns(0.05)} generated valid reports without NaN or Infinity`, () => {
    fc.assert(fc.property(arbitraryReport, expectStructured), { numRuns: fuzzRuns(0.05) });
  });
});
