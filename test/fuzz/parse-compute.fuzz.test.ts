// Hostile input through parseReport and computeReport. The number of generated inputs is
// FUZZ_RUNS (default sized for CI; set FUZZ_RUNS=1000000 for a nightly-sized run).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { comparedValue, computeReport, formatComparedValue, formatRateResult, parseReport, type ComputedReport, type Report } from '@rule-of-law/core';
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

/** What the generated valid reports reached: printed with the run, so that a reader sees the arithmetic was exercised. */
const reached = {
  reports: 0,
  valid: 0,
  indicators: 0,
  ratesComputed: 0,
  ratesReconciled: 0,
  zeroDenominators: 0,
  referencedOperands: 0,
  breakdownGroups: 0,
  derivedRates: 0,
  nestedTotals: 0,
  findings: 0,
};

function tally(report: Report): void {
  reached.reports += 1;
  const parsed = parseReport(report);
  // The arbitrary makes valid reports only: one that fails is a bug of the generator or of the parser.
  expect(parsed.ok, parsed.ok ? '' : parsed.issues.map((issue) => `${issue.pointer}: ${issue.message.en}`).join('; ')).toBe(true);
  if (!parsed.ok) return;
  reached.valid += 1;
  const computed = computeReport(parsed.report);
  expect(allFinite(computed)).toBe(true);
  expectReadable(computed);
  reached.indicators += computed.indicators.length;
  reached.findings += computed.findings.length;
  for (const entry of computed.indicators) {
    if (entry.kind === 'rate') {
      if (entry.computed?.defined) reached.ratesComputed += 1;
      if (entry.computed && !entry.computed.defined && entry.computed.reason === 'zero_denominator') reached.zeroDenominators += 1;
      if (entry.reconciliation !== 'not_checked') reached.ratesReconciled += 1;
      if ([entry.indicator.numerator, entry.indicator.denominator].some((operand) => operand && 'ref' in operand)) reached.referencedOperands += 1;
    }
    if (entry.kind === 'breakdown') {
      reached.breakdownGroups += entry.groups.length;
      reached.derivedRates += entry.derivedRates.filter((rate) => rate.result.defined).length;
      if (entry.indicator.total && 'part' in entry.indicator.total) reached.nestedTotals += 1;
    }
  }
}

/** Edits of the reference report that keep it valid: a value within its unit's range, a qualifier, an optional field dropped, parts reordered. */
function validEdit(report: Record<string, any>, pick: number, choice: number, value: number): void {
  const indicators = report.indicators as Record<string, any>[];
  const indicator = indicators[pick % indicators.length]!;
  const quantity = indicator.quantity ?? (indicator.kind === 'breakdown' ? indicator.parts[choice % indicator.parts.length].quantity : undefined);
  switch (choice % 5) {
    case 0:
      if (quantity) quantity.value = quantity.unit === '元' ? value / 100 : quantity.unit === 'percent' ? (value % 10_000) / 10 : value;
      break;
    case 1:
      if (quantity) quantity.qualifier = ['exact', 'approximately', 'at_least', 'at_most'][value % 4];
      break;
    case 2:
      delete indicator.note;
      delete indicator.label.en;
      break;
    case 3:
      if (indicator.kind === 'breakdown') indicator.parts.reverse();
      break;
    default:
      if (quantity) delete quantity.source;
  }
}

describe('fuzzing parseReport and computeReport', { timeout: 300_000 }, () => {
  afterAll(() => {
    const share = (count: number) => `${((100 * count) / Math.max(1, reached.reports)).toFixed(1)}%`;
    console.info(
      `fuzz: ${reached.reports} generated reports, ${share(reached.valid)} valid and computed; ${reached.indicators} indicators, ` +
        `${reached.ratesComputed} rates computed (${reached.ratesReconciled} reconciled with a stated figure, ${reached.zeroDenominators} with a zero denominator, ` +
        `${reached.referencedOperands} with referenced operands), ${reached.breakdownGroups} breakdown groups, ${reached.derivedRates} derived official rates, ` +
        `${reached.nestedTotals} nested totals, ${reached.findings} findings`,
    );
  });

  it(`computes ${fuzzRuns(0.03)} generated valid reports (every kind and field) to finite numbers and readable texts`, () => {
    fc.assert(fc.property(arbitraryReport, tally), { numRuns: fuzzRuns(0.03) });
    expect(reached.valid).toBe(reached.reports);
    // The generator reaches the arithmetic, not only the parser.
    expect(reached.ratesComputed).toBeGreaterThan(reached.reports / 10);
    expect(reached.derivedRates).toBeGreaterThan(0);
    expect(reached.zeroDenominators).toBeGreaterThan(0);
  });

  it(`keeps most of ${fuzzRuns(0.02)} edited reference reports valid, and computes them`, () => {
    const reference = referenceJson();
    let valid = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 10_000_000 })), { minLength: 1, maxLength: 6 }), (edits) => {
        const report = structuredClone(reference);
        for (const [pick, choice, value] of edits) validEdit(report, pick, choice, value);
        const parsed = parseReport(report);
        if (parsed.ok) valid += 1;
        expectStructured(report);
      }),
      { numRuns: fuzzRuns(0.02) },
    );
    console.info(`fuzz: ${fuzzRuns(0.02)} edited reference reports, ${((100 * valid) / fuzzRuns(0.02)).toFixed(1)}% valid and computed`);
    expect(valid / fuzzRuns(0.02)).toBeGreaterThan(0.9);
  });

  it(`survives ${fuzzRuns(0.05)} hostile mutations of the reference report`, () => {
    const reference = referenceJson();
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 7 }), hostileValue, (steps, value) => {
        expectStructured(mutate(reference, steps, value));
      }),
      { numRuns: fuzzRuns(0.05) },
    );
  });

  it(`survives ${fuzzRuns(0.05)} arbitrary values`, () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4 }), expectStructured), { numRuns: fuzzRuns(0.05) });
  });
});
