import { describe, expect, it } from 'vitest';
import { computeReport, type Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { rovingKeyAction, type RovingItem } from '../../packages/elements/src/internal/chart/roving-focus.js';
import { trendModel } from '../../packages/elements/src/internal/chart/trend-series.js';
import { chartTargets, targetKey, type TrendTarget } from '../../packages/elements/src/internal/chart/trend-targets.js';

const loaded = (reports: readonly Report[]) => reports.map((report) => ({ report, computed: computeReport(report) }));

/** One chart of two series (both 件), the first without a value in 2021: targets in reading order. */
function twoSeries(): TrendTarget[] {
  const reports = generateSyntheticReports({ seed: 7, issuers: 1, years: [2020, 2021, 2022, 2023] });
  reports[1]!.indicators = reports[1]!.indicators.filter((indicator) => indicator.id !== 'petitions.accepted');
  const model = trendModel(loaded(reports), ['petitions.accepted', 'petitions.completed']);
  expect(model.groups).toHaveLength(1);
  return chartTargets(model.groups[0]!);
}

/** A target as `<series index>@<period>`, for readable expectations. */
const at = (target: TrendTarget | undefined) => (target ? `${target.series.index}@${target.period}` : undefined);
/** A trend chart's points as the roving focus sees them: each series a row, its periods along it. */
const items = (targets: readonly TrendTarget[]): RovingItem[] => targets.map((target) => ({ key: targetKey(target), row: target.series, column: target.period }));
const trendKeyAction = (key: string, from: TrendTarget, targets: readonly TrendTarget[]) => rovingKeyAction(key, targets.indexOf(from), items(targets));
const move = (key: string, from: TrendTarget, targets: readonly TrendTarget[]) => {
  const action = trendKeyAction(key, from, targets);
  return action.kind === 'move' ? at(action.to === undefined ? undefined : targets[action.to]) : action.kind;
};

describe('chartTargets and targetKey', () => {
  it('lists a chart’s points by series, then period, leaving out gaps; keys name series and period', () => {
    const targets = twoSeries();
    expect(targets.map(at)).toEqual(['0@0', '0@2', '0@3', '1@0', '1@1', '1@2', '1@3']);
    expect(targetKey(targets[1]!)).toBe(`${targets[1]!.series.key}@2`);
    expect(new Set(targets.map(targetKey)).size).toBe(targets.length);
  });
});

describe('rovingKeyAction on a trend chart (a row per series)', () => {
  const targets = twoSeries();
  const point = (name: string): TrendTarget => targets.find((target) => at(target) === name)!;
  const [first, second, third] = [point('0@0'), point('0@2'), point('0@3')];

  it('Enter and Space choose the point; other keys are not the chart’s', () => {
    expect(trendKeyAction('Enter', first, targets)).toEqual({ kind: 'select' });
    expect(trendKeyAction(' ', first, targets)).toEqual({ kind: 'select' });
    for (const key of ['Tab', 'a', 'Escape', 'PageDown', 'toString']) expect(trendKeyAction(key, first, targets)).toEqual({ kind: 'none' });
  });

  it('left and right move along the series, skipping its gaps; Home and End to its ends; nowhere past an end', () => {
    expect(move('ArrowRight', first, targets)).toBe('0@2');
    expect(move('ArrowRight', second, targets)).toBe('0@3');
    expect(move('ArrowLeft', second, targets)).toBe('0@0');
    expect(move('ArrowLeft', first, targets)).toBeUndefined();
    expect(move('ArrowRight', third, targets)).toBeUndefined();
    expect(move('End', first, targets)).toBe('0@3');
    expect(move('Home', third, targets)).toBe('0@0');
    expect(move('End', point('1@0'), targets)).toBe('1@3');
  });

  it('down and up move to the next or previous series, at the point nearest the same period', () => {
    expect(move('ArrowDown', second, targets)).toBe('1@2');
    expect(move('ArrowUp', point('1@3'), targets)).toBe('0@3');
    // 2021 has no value in the first series: of 2020 and 2022, equally near, the earlier one.
    expect(move('ArrowUp', point('1@1'), targets)).toBe('0@0');
    expect(move('ArrowUp', first, targets)).toBeUndefined();
    expect(move('ArrowDown', point('1@0'), targets)).toBeUndefined();
  });
});

describe('rovingKeyAction on a breakdown (one row of segments)', () => {
  // Segments 0, 1, 3 and 4 are drawn (2 is empty and takes no focus).
  const segments: RovingItem[] = [0, 1, 3, 4].map((column) => ({ key: String(column), row: 'segments', column }));
  const to = (key: string, from: number) => {
    const action = rovingKeyAction(key, from, segments);
    return action.kind === 'move' ? (action.to === undefined ? undefined : segments[action.to]!.key) : action.kind;
  };

  it('the same keys as a trend: Enter and Space choose, others are not the chart’s', () => {
    expect(to('Enter', 0)).toBe('select');
    expect(to(' ', 2)).toBe('select');
    expect(to('Tab', 0)).toBe('none');
    expect(to('hasOwnProperty', 0)).toBe('none');
  });

  it('right and left, and down and up (one row: along it), move to the next or previous drawn segment; Home and End to the ends; nowhere past an end', () => {
    expect(to('ArrowRight', 1)).toBe('3');
    expect(to('ArrowDown', 1)).toBe('3');
    expect(to('ArrowLeft', 2)).toBe('1');
    expect(to('ArrowUp', 2)).toBe('1');
    expect(to('Home', 3)).toBe('0');
    expect(to('End', 0)).toBe('4');
    expect(to('ArrowRight', 3)).toBe(undefined);
    expect(to('ArrowUp', 0)).toBe(undefined);
  });
});
