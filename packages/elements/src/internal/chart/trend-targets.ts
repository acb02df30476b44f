import type { TrendGroup, TrendPoint, TrendSeries } from './trend-series.js';

/** A point (or bar) of a trend chart: what takes the focus and what `rol-select` tells about. */
export interface TrendTarget {
  readonly series: TrendSeries;
  /** The index of its period in the model. */
  readonly period: number;
  readonly point: TrendPoint;
}

/**
 * A point's stable key (its series and period), written in its `data-key`: the focus follows it across redraws.
 *
 * @example
 * ```ts
 * targetKey(target); // 'enforcement.penalties||起@2'
 * ```
 */
export function targetKey(target: Pick<TrendTarget, 'series' | 'period'>): string {
  return `${target.series.key}@${target.period}`;
}

/**
 * A chart's points in reading order: by series, then by period; gaps have none.
 *
 * @example
 * ```ts
 * chartTargets(model.groups[0]).length; // 4 for one series over four years without a gap
 * ```
 */
export function chartTargets(group: TrendGroup): TrendTarget[] {
  return group.series.flatMap((series) => series.points.flatMap((point, period) => (point ? [{ series, period, point }] : [])));
}
