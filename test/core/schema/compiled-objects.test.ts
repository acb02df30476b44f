// On Node, core's object schemas run on zod's compiled object parser (for speed); in browsers on the
// interpreted one. Both must give the same verdict, the same value and the same issues — paths and
// bilingual messages — for every input.
import fc from 'fast-check';
import { config } from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { arbitraryReport } from '../../support/arbitrary-report.js';
import { referenceJson } from '../../support/examples.js';
import { hostileValue, mutate } from '../../support/mutate-json.js';
import { fuzzRuns } from '../../fuzz/runs.js';

type Core = typeof import('@rule-of-law/core');

/** A fresh copy of core whose schemas are built while zod's `jitless` setting is `jitless`. */
async function loadCore(jitless: boolean): Promise<Core> {
  config({ jitless });
  vi.resetModules();
  try {
    return await import('@rule-of-law/core');
  } finally {
    config({ jitless: false });
  }
}

const interpreted = await loadCore(true);
const compiled = await loadCore(false);

function expectSameParse(input: unknown): void {
  const a = compiled.parseReport(input);
  const b = interpreted.parseReport(input);
  expect(a.ok).toBe(b.ok);
  if (!a.ok && !b.ok) expect(a.issues).toEqual(b.issues);
}

describe('compiled and interpreted object parsers', { timeout: 120_000 }, () => {
  it('are both in use: the Node copy is built on the compiled parser, the other copy is separate', () => {
    const traitsOf = (core: Core) => (core.ReportSchema as unknown as { _zod: { traits: Set<string> } })._zod.traits;
    expect(traitsOf(compiled).has('$ZodObjectJIT')).toBe(true);
    expect(compiled.ReportSchema).not.toBe(interpreted.ReportSchema);
  });

  it('accept the reference report and give back the very same object', () => {
    const reference = referenceJson();
    const a = compiled.parseReport(reference);
    const b = interpreted.parseReport(reference);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.report).toBe(b.report);
  });

  it(`give the same issues for ${fuzzRuns(0.02)} mutations of the reference report`, () => {
    const reference = referenceJson();
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 7 }), hostileValue, (steps, value) => expectSameParse(mutate(reference, steps, value))),
      { numRuns: fuzzRuns(0.02) },
    );
  });

  it(`agree on ${fuzzRuns(0.01)} generated valid reports and ${fuzzRuns(0.01)} arbitrary values`, () => {
    fc.assert(fc.property(arbitraryReport, expectSameParse), { numRuns: fuzzRuns(0.01) });
    fc.assert(fc.property(fc.anything({ maxDepth: 4 }), expectSameParse), { numRuns: fuzzRuns(0.01) });
  });
});
