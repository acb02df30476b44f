// resolveOperand is the one resolution of rate operands: computeReport resolves against its computed
// breakdowns, aggregateReports against the report's indicators alone (summing a group or a whole breakdown
// on demand, without computing whole breakdowns). The two must give the same figure for every operand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, isRef, parseReport, resolveOperand, type ComputedBreakdownIndicator, type OperandContext, type Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { breakdownTotal } from '../../../packages/core/src/compute/resolve-total.js';
import { arbitraryReport } from '../../support/arbitrary-report.js';
import { referenceJson } from '../../support/examples.js';

/** computeReport's context: the report's indicators and its computed breakdowns. */
function computedContext(report: Report): Required<OperandContext> {
  const computed = computeReport(report);
  return {
    indicators: new Map(report.indicators.map((indicator) => [indicator.id, indicator])),
    breakdowns: new Map(
      computed.indicators.filter((entry): entry is ComputedBreakdownIndicator => entry.kind === 'breakdown').map((entry) => [entry.indicator.id, entry]),
    ),
  };
}

function expectSameResolution(report: Report): number {
  const context = computedContext(report);
  // The roll-up's context: the indicators only.
  const onDemand: OperandContext = { indicators: context.indicators };
  let checked = 0;
  for (const indicator of report.indicators) {
    if (indicator.kind === 'rate') {
      for (const operand of [indicator.numerator, indicator.denominator]) {
        if (!operand) continue;
        expect(resolveOperand(operand, onDemand)).toEqual(resolveOperand(operand, context));
        if (isRef(operand)) {
          // Also every other way of referring to the same breakdown: its total, each part, each group.
          const target = context.breakdowns.get(operand.ref);
          for (const group of target?.groups ?? []) {
            const ref = { ref: operand.ref, group: group.group };
            expect(resolveOperand(ref, onDemand)).toEqual(resolveOperand(ref, context));
          }
          for (const part of target?.parts ?? []) {
            const ref = { ref: operand.ref, part: part.category };
            expect(resolveOperand(ref, onDemand)).toEqual(resolveOperand(ref, context));
          }
        }
        checked += 1;
      }
    }
    if (indicator.kind === 'breakdown') {
      expect(breakdownTotal(indicator, (id) => context.indicators.get(id))).toEqual(context.breakdowns.get(indicator.id)?.total);
      const whole = { ref: indicator.id };
      expect(resolveOperand(whole, onDemand)).toEqual(resolveOperand(whole, context));
      for (const group of context.breakdowns.get(indicator.id)?.groups ?? []) {
        const ref = { ref: indicator.id, group: group.group };
        expect(resolveOperand(ref, onDemand)).toEqual(resolveOperand(ref, context));
      }
      checked += 1;
    }
  }
  return checked;
}

function reference(): Report {
  const parsed = parseReport(referenceJson());
  if (!parsed.ok) throw new Error('invalid reference');
  return parsed.report;
}

describe('resolveOperand', () => {
  it('resolves what its example says, on the reference report', () => {
    const report = reference();
    const indicators = new Map(report.indicators.map((indicator) => [indicator.id, indicator]));
    // 审结 13 = the reference's reconsideration outcomes other than pending (6 upheld + 3 dismissed + 4 terminated).
    expect(resolveOperand({ ref: 'reconsideration.outcomes', group: 'concluded' }, { indicators })).toEqual({ value: 13, unit: '件', qualifier: 'exact' });
    expect(resolveOperand({ quantity: { value: 725, unit: '件', written: '725件' } }, { indicators })).toEqual({ value: 725, unit: '件', qualifier: 'exact' });
    expect(resolveOperand(undefined, { indicators })).toBeUndefined();
  });

  it('stands for nothing when the reference does: a missing indicator, a rate, an unknown part or group', () => {
    const report = reference();
    const context = computedContext(report);
    const rate = report.indicators.find((indicator) => indicator.kind === 'rate')!;
    for (const given of [context, { indicators: context.indicators }]) {
      expect(resolveOperand({ ref: 'no.such.indicator' }, given)).toBeUndefined();
      expect(resolveOperand({ ref: rate.id }, given)).toBeUndefined();
      expect(resolveOperand({ ref: 'reconsideration.outcomes', part: 'no_such_part' }, given)).toBeUndefined();
      expect(resolveOperand({ ref: 'reconsideration.outcomes', group: 'no_such_group' }, given)).toBeUndefined();
    }
  });

  it('sums a breakdown that is not in `breakdowns` on demand, as computeBreakdown does', () => {
    const report = reference();
    const context = computedContext(report);
    const outcomes = context.breakdowns.get('reconsideration.outcomes')!;
    const partial: OperandContext = { indicators: context.indicators, breakdowns: new Map() };
    expect(resolveOperand({ ref: 'reconsideration.outcomes' }, partial)).toEqual(outcomes.total ?? outcomes.sum);
    for (const group of outcomes.groups) expect(resolveOperand({ ref: 'reconsideration.outcomes', group: group.group }, partial)).toEqual(group.figure);
  });
});

describe('resolveOperand on demand agrees with computeReport’s computed breakdowns', () => {
  it('on the reference report', () => {
    expect(expectSameResolution(reference())).toBeGreaterThan(5);
  });

  it('on synthetic reports (part, group and total references)', () => {
    let checked = 0;
    for (const report of generateSyntheticReports({ seed: 3, issuers: 40, years: [2023] })) checked += expectSameResolution(report);
    expect(checked).toBeGreaterThan(200);
  });

  it('on any valid report’s breakdowns', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => void expectSameResolution(report)),
      { numRuns: 200 },
    );
  });
});
