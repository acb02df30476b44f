// Properties of aggregateReports over many reports: the roll-up of one report is that report's own
// figures, and a roll-up does not depend on the order of its input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateReports,
  computeReport,
  figureOf,
  parseReport,
  unitDimension,
  unitKey,
  type AggregateGroup,
  type ComputedBreakdownIndicator,
  type Report,
} from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { arbitraryReport } from '../../support/arbitrary-report.js';
import { referenceJson } from '../../support/examples.js';

function breakdownView(computed: ComputedBreakdownIndicator | undefined) {
  if (!computed) return undefined;
  return {
    total: computed.total,
    sum: computed.sum,
    coverage: computed.coverage,
    parts: computed.parts.map((part) => [part.category, figureOf(part.quantity), part.share]),
    groups: computed.groups.map((group) => [group.group, group.figure]),
    derivedRates: computed.derivedRates.map((rate) => [rate.id, rate.result]),
  };
}

/** Checks that the roll-up of one report gives back each of its figures. */
function expectOwnFigures(report: Report): void {
  const group = aggregateReports([report]).groups[0];
  const own = computeReport(report);
  expect(group?.reports).toHaveLength(1);
  for (const entry of own.indicators) {
    const rolled = group!.indicators.find((candidate) => candidate.id === entry.indicator.id)!;
    expect(rolled.reports).toBe(1);
    // Percentages, percentage points, multiples and ranks are never summed; durations, distances, areas,
    // weights and volumes (40学时) are, like counts and money.
    const refused = 'quantity' in entry && ['percent', 'percentage_point', 'multiple', 'rank'].includes(unitDimension(entry.quantity.unit));
    switch (entry.kind) {
      case 'count':
      case 'amount':
      case 'measure':
        if (refused) expect(rolled.kind === 'measure' && rolled.refused).toBeTruthy();
        else expect(rolled).toMatchObject({ totals: [{ unit: entry.quantity.unit, figure: figureOf(entry.quantity), reports: 1 }] });
        break;
      case 'rate':
        if (rolled.kind !== 'rate') throw new Error('kind');
        // Operands that can be summed across reports (counts, money) are pooled; a rate of percentage points is left out.
        if (
          entry.computed?.numerator &&
          entry.computed.denominator &&
          [entry.computed.numerator, entry.computed.denominator].every((figure) => ['count', 'money'].includes(unitDimension(figure.unit))) &&
          (entry.computed.defined || entry.computed.reason !== 'incompatible_units')
        ) {
          expect(rolled.result).toEqual(entry.computed);
        } else {
          expect(rolled.leftOut.length + rolled.pooled.length).toBe(1);
        }
        break;
      case 'breakdown':
        if (rolled.kind !== 'breakdown') throw new Error('kind');
        expect(breakdownView(rolled.computed)).toEqual(breakdownView(entry));
        break;
    }
  }
}

describe('the roll-up of one report', () => {
  it('is the reference report’s own figures', () => {
    const parsed = parseReport(referenceJson());
    if (!parsed.ok) throw new Error('invalid reference');
    expectOwnFigures(parsed.report);
  });

  it('is any synthetic report’s own figures', () => {
    for (const report of generateSyntheticReports({ seed: 7, issuers: 20, years: [2022, 2023] })) expectOwnFigures(report);
  });

  it('is any valid report’s own figures', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => expectOwnFigures(report)),
      { numRuns: 200 },
    );
  });
});

/** What a roll-up says, independent of the order its reports came in. */
function canonical(groups: readonly AggregateGroup[]) {
  return groups.map((group) => {
    const indexOf = (position: number) => group.reports[position]!.index;
    const sorted = <T>(values: T[]) => values.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    return {
      key: group.key,
      reports: sorted(group.reports.map((report) => report.index)),
      coverage: sorted(group.coverage.map((entry) => [entry.id, entry.reported, sorted(entry.missing.map(indexOf))])),
      notes: sorted(group.notes.map((note) => [note.code, note.indicatorIds])),
      indicators: sorted(
        group.indicators.map((entry) => {
          switch (entry.kind) {
            case 'rate':
              return [
                entry.id,
                sorted(entry.pooled.map((rate) => [rate.base.key, rate.numerator, rate.denominator, rate.result])),
                sorted(entry.leftOut.map((left) => [indexOf(left.report), left.reason])),
              ];
            case 'breakdown':
              return [
                entry.id,
                entry.merged?.total,
                entry.merged?.exhaustive,
                sorted((entry.merged?.parts ?? []).map((part) => [part.category, figureOf(part.quantity)])),
              ];
            default:
              return [entry.id, sorted(entry.totals.map((total) => [unitKey(total.unit), total.figure, total.reports])), entry.refused];
          }
        }),
      ),
    };
  });
}

describe('a roll-up', () => {
  const reports = generateSyntheticReports({ seed: 11, issuers: 30, years: [2022, 2023], parents: 3 });
  const expected = canonical(aggregateReports(reports, { groupBy: ['parent', 'year'] }).groups);

  it('does not depend on the order of the reports', () => {
    const permutation = fc.shuffledSubarray(
      reports.map((_, index) => index),
      { minLength: reports.length, maxLength: reports.length },
    );
    fc.assert(
      fc.property(permutation, (order) => {
        const shuffled = order.map((index) => reports[index]!);
        const groups = aggregateReports(shuffled, { groupBy: ['parent', 'year'] }).groups;
        // Positions refer to the shuffled input: map them back to the original reports.
        const renumbered = groups.map((group) => ({ ...group, reports: group.reports.map((report) => ({ ...report, index: order[report.index]! })) }));
        expect(canonical(renumbered)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('of a group equals the roll-up of the sums of its sub-groups', () => {
    const all = aggregateReports(reports).groups[0]!;
    const byParent = aggregateReports(reports, { groupBy: 'parent' }).groups;
    const fines = (group: AggregateGroup) => {
      const entry = group.indicators.find((candidate) => candidate.id === 'enforcement.fines');
      return entry && entry.kind === 'amount' ? entry.totals[0]!.figure.value : 0;
    };
    const parts = byParent.map(fines);
    // Exact: the total of the parents' totals, added as decimals by hand (in fen, whole numbers).
    const fen = parts.reduce((sum, value) => sum + Math.round(value * 100), 0);
    expect(fines(all)).toBe(fen / 100);
  });
});
