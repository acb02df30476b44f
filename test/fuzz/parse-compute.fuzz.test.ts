// Hostile input through parseReport and computeReport. The number of generated inputs is
// FUZZ_RUNS (default sized for CI; set FUZZ_RUNS=1000000 for a nightly-sized run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, parseReport } from '@rule-of-law/core';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { referenceJson } from '../support/examples.js';
import { allFinite } from '../support/no-bad-numbers.js';
import { fuzzRuns } from './runs.js';

/** Replace one value somewhere inside a JSON tree, chosen by a path of indices. */
function mutate(tree: unknown, steps: readonly number[], replacement: unknown): unknown {
  if (steps.length === 0 || typeof tree !== 'object' || tree === null) return replacement;
  const keys = Object.keys(tree);
  if (keys.length === 0) return replacement;
  const key = keys[steps[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(tree) ? ([...tree] as unknown as Record<string, unknown>) : { ...tree };
  copy[key] = mutate((tree as Record<string, unknown>)[key], steps.slice(1), replacement);
  return copy;
}

const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1, 2 ** 53 + 1),
  fc.constantFrom('', '<script>alert(1)</script>', '\u0000', '𠀀'.repeat(3), '__proto__', 'constructor'),
  fc.constantFrom(null, undefined, [], {}, { ref: 'x' }, { quantity: {} }),
);

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
