// The roll-up resolves rate operands without computing whole breakdowns; it must give exactly what
// core's resolveOperand gives with computeReport's breakdowns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, generateSyntheticReports, isRef, parseReport, resolveOperand, type ComputedBreakdownIndicator, type Report } from '@rule-of-law/core';
import { resolveFigure, resolveTotal } from '../../../packages/core/src/aggregate/resolve-figure.js';
import { arbitraryReport } from '../../support/arbitrary-report.js';
import { referenceJson } from '../../support/examples.js';

function expectSameResolution(report: Report): number {
  const computed = computeReport(report);
  const context = {
    indicators: new Map(report.indicators.map((indicator) => [indicator.id, indicator])),
    breakdowns: new Map(
      computed.indicators.filter((entry): entry is ComputedBreakdownIndicator => entry.kind === 'breakdown').map((entry) => [entry.indicator.id, entry]),
    ),
  };
  let checked = 0;
  for (const indicator of report.indicators) {
    if (indicator.kind === 'rate') {
      for (const operand of [indicator.numerator, indicator.denominator]) {
        if (!operand) continue;
        expect(resolveFigure(operand, report.indicators)).toEqual(resolveOperand(operand, context));
        if (isRef(operand)) {
          // Also every other way of referring to the same breakdown: its total, each part, each group.
          const target = context.breakdowns.get(operand.ref);
          for (const group of target?.groups ?? []) {
            const ref = { ref: operand.ref, group: group.group };
            expect(resolveFigure(ref, report.indicators)).toEqual(resolveOperand(ref, context));
          }
          for (const part of target?.parts ?? []) {
            const ref = { ref: operand.ref, part: part.category };
            expect(resolveFigure(ref, report.indicators)).toEqual(resolveOperand(ref, context));
          }
        }
        checked += 1;
      }
    }
    if (indicator.kind === 'breakdown') {
      expect(resolveTotal(indicator, report.indicators)).toEqual(context.breakdowns.get(indicator.id)?.total);
      const whole = { ref: indicator.id };
      expect(resolveFigure(whole, report.indicators)).toEqual(resolveOperand(whole, context));
      for (const group of context.breakdowns.get(indicator.id)?.groups ?? []) {
        const ref = { ref: indicator.id, group: group.group };
        expect(resolveFigure(ref, report.indicators)).toEqual(resolveOperand(ref, context));
      }
      checked += 1;
    }
  }
  return checked;
}

describe('resolveFigure (the roll-up’s light operand resolution)', () => {
  it('agrees with core’s resolveOperand on the reference report', () => {
    const parsed = parseReport(referenceJson());
    if (!parsed.ok) throw new Error('invalid reference');
    expect(expectSameResolution(parsed.report)).toBeGreaterThan(5);
  });

  it('agrees on synthetic reports (part, group and total references)', () => {
    let checked = 0;
    for (const report of generateSyntheticReports({ seed: 3, issuers: 40, years: [2023] })) checked += expectSameResolution(report);
    expect(checked).toBeGreaterThan(200);
  });

  it('agrees on any valid report’s breakdowns', () => {
    fc.assert(fc.property(arbitraryReport, (report) => void expectSameResolution(report)), { numRuns: 200 });
  });
});
