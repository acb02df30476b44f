import type { ReactiveElement } from 'lit';
import { emit } from '../events.js';
import { seriesLabel } from '../views/trend/trend-labels.js';
import type { ViewContext } from '../views/view-context.js';
import { trendKeyAction } from './trend-keyboard.js';
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
 * (`rol-select` from `host`, with its period); the arrow keys, Home and End move the focus
 * ({@link trendKeyAction}), one tab stop per chart. `active` keeps each chart's point in the tab order, by
 * chart index; moving the focus redraws `host` and then focuses the point in the same chart.
 *
 * @example
 * ```ts
 * trendView(model, { ...options, interaction: trendInteraction(this, model, this.viewContext, this.active) }, context);
 * ```
 */
export function trendInteraction(host: ReactiveElement, model: TrendModel, context: ViewContext, active: Map<number, string>): TrendInteraction {
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
    active: (chart) => active.get(chart),
    select,
    focus: (chart, target) => active.set(chart, targetKey(target)),
    keydown(event, chart, target, targets) {
      const action = trendKeyAction(event.key, target, targets);
      if (action.kind === 'none') return;
      event.preventDefault();
      if (action.kind === 'select') return select(target);
      if (!action.to) return;
      const key = targetKey(action.to);
      // The chart's own layer of points: several charts share one render root.
      const layer = (event.currentTarget as Element | null)?.closest('svg');
      active.set(chart, key);
      host.requestUpdate();
      void host.updateComplete.then(() => {
        layer?.querySelectorAll<SVGGElement>('.point').forEach((element) => {
          if (element.dataset['key'] === key) element.focus();
        });
      });
    },
  };
}
