import type { ReactiveElement } from 'lit';
import { emit } from '../events.js';
import { seriesLabel } from '../views/trend/trend-labels.js';
import type { ViewContext } from '../views/view-context.js';
import type { RovingFocus } from './roving-focus.js';
import type { TrendModel } from './trend-series.js';
import { targetKey, type TrendTarget } from './trend-targets.js';

/** How a trend chart's points answer the reader (the element only: static HTML has no script). */
export interface TrendInteraction {
  /** The key of chart `chart`'s point in the tab order (roving tabindex), once one was focused or moved to. */
  readonly active: (chart: number) => string | undefined;
  readonly select: (target: TrendTarget) => void;
  readonly focus: (chart: number, target: TrendTarget) => void;
  readonly keydown: (event: KeyboardEvent, chart: number, target: TrendTarget, targets: readonly TrendTarget[]) => void;
}

/**
 * How `host`'s trend charts of `model` answer the reader: click, Enter or Space choose a point
 * (`rol-select` from `host`, with its period); the keys of the charts' one keyboard model
 * ({@link RovingFocus}: each series a row, its periods along it) move the focus, one tab stop per chart,
 * kept by `roving` under the chart's index.
 *
 * @example
 * ```ts
 * trendView(model, { ...options, interaction: trendInteraction(this, this.roving, model, this.viewContext) }, context);
 * ```
 */
export function trendInteraction(host: ReactiveElement, roving: RovingFocus, model: TrendModel, context: ViewContext): TrendInteraction {
  const select = (target: TrendTarget): void => {
    const period = model.periods[target.period];
    emit(host, 'rol-select', {
      indicatorId: target.series.indicatorId,
      category: period ? `${period.start}/${period.end}` : '',
      label: seriesLabel(target.series, context),
      value: target.point.figure.value,
      locale: context.locale,
      ...(period && { period }),
    });
  };
  return {
    active: (chart) => roving.get(String(chart)),
    select,
    focus: (chart, target) => roving.set(String(chart), targetKey(target)),
    keydown(event, chart, target, targets) {
      const items = targets.map((candidate) => ({ key: targetKey(candidate), row: candidate.series, column: candidate.period }));
      roving.keydown(event, String(chart), items, targets.indexOf(target), () => select(target));
    },
  };
}
