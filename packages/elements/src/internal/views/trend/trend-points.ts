import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { barTarget, type TrendFrame } from '../../chart/trend-geometry.js';
import type { TrendInteraction } from '../../chart/trend-interaction.js';
import type { TrendGroup, TrendModel } from '../../chart/trend-series.js';
import type { TrendChart } from '../../chart/trend-charts.js';
import { chartTargets, targetKey } from '../../chart/trend-targets.js';
import type { ViewContext } from '../view-context.js';
import { periodLabel, pointValue, seriesLabel, trendWords } from './trend-labels.js';

/** What the layer of points of one chart is drawn from. */
export interface TrendPointsInput {
  readonly model: TrendModel;
  readonly group: TrendGroup;
  /** The chart's index in the figure (one chart per unit). */
  readonly chart: number;
  readonly kind: TrendChart;
  readonly frame: TrendFrame;
  readonly fontSize: number;
  /** The chart's accessible name, which names the group of points too. */
  readonly name: string;
}

/**
 * The layer over a chart's drawing that makes its points (or bars) buttons: one per value, named with its
 * series, period and value as written, a circle around each point (the whole slot of each bar) as its
 * target; one tab stop per chart (the point `interaction.active` names, else the first), click, focus and
 * keys handed to `interaction`.
 *
 * @example
 * ```ts
 * html`<div class="plot-area">${drawing}${trendPoints({ model, group, chart: 0, kind: 'line', frame, fontSize: 16, name }, interaction, context)}</div>`;
 * ```
 */
export function trendPoints(input: TrendPointsInput, interaction: TrendInteraction, context: ViewContext): TemplateResult {
  const { model, group, chart, frame, fontSize } = input;
  const words = trendWords(context);
  const targets = chartTargets(group);
  const activeKey = interaction.active(chart);
  const active = targets.find((target) => targetKey(target) === activeKey) ?? targets[0];
  const viewBox = `0 0 ${frame.width} ${frame.height}`;
  return html`<svg class="hit" viewBox=${viewBox} width=${frame.width} height=${frame.height} role="group" aria-label=${words.points(input.name)}>
    ${targets.map((target) => {
      const { series, period, point } = target;
      const label = words.pointText(seriesLabel(series, context), periodLabel(model.periods[period]!, context), pointValue(point, context));
      const shape: SVGTemplateResult =
        input.kind === 'bars'
          ? svg`<path class="target" d=${barTarget(period, group.series.indexOf(series), group.series.length, frame)}></path>`
          : svg`<circle class="target" cx=${frame.x(period)} cy=${frame.y(point.figure.value)} r=${Math.max(10, fontSize * 0.75)}></circle>`;
      return svg`<g
              part="point"
              role="button"
              tabindex=${target === active ? 0 : -1}
              aria-label=${label}
              data-key=${targetKey(target)}
              class="point"
              @click=${() => interaction.select(target)}
              @keydown=${(event: KeyboardEvent) => interaction.keydown(event, chart, target, targets)}
              @focus=${() => interaction.focus(chart, target)}
            >${shape}</g>`;
    })}
  </svg>`;
}
