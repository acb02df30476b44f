import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, parseReport } from '@rule-of-law/core';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { exampleReports } from '../support/examples.js';

describe('JSON → model → JSON', () => {
  it('is lossless for every example, extensions included', () => {
    for (const { name, json } of exampleReports()) {
      const parsed = parseReport(json);
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) expect(JSON.parse(JSON.stringify(parsed.report))).toEqual(json);
    }
  });

  it('is lossless for any valid report', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        const text = JSON.stringify(report);
        const parsed = parseReport(JSON.parse(text));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(JSON.stringify(parsed.report)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('computes any valid report without NaN or Infinity', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        const computed = computeReport(report);
        const numbers: number[] = [];
        JSON.stringify(computed, (_key, value) => {
          if (typeof value === 'number') numbers.push(value);
          return value;
        });
        expect(numbers.every(Number.isFinite)).toBe(true);
        for (const finding of computed.findings) expect(finding.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
