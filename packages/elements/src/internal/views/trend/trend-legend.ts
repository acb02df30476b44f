import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { TrendChart } from '../../chart/trend-charts.js';
import { markerPath } from '../../chart/trend-geometry.js';
import type { TrendModel, TrendSeries } from '../../chart/trend-series.js';
import type { ViewContext } from '../view-context.js';
import { barPattern } from './trend-bars.js';
import { seriesLabel } from './trend-labels.js';
import { seriesClasses } from './trend-line.js';

/** The series' key, as drawn in the chart: its colour and pattern (bars), or its colour, dash and marker (lines). */
function swatch(series: TrendSeries, kind: TrendChart, fontSize: number, patterns: string): SVGTemplateResult {
  const size = fontSize * 1.5;
  const c = seriesClasses(series);
  if (kind === 'bars') {
    const fill = barPattern(series, patterns);
    return svg`<svg class="swatch" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><g class="series ${c}">
        <rect class="bar" x="1" y="1" width="16" height="16" rx="2"></rect>${fill ? svg`<rect class="mark" fill=${fill} x="1" y="1" width="16" height="16" rx="2"></rect>` : nothing}
      </g></svg>`;
  }
  return svg`<svg class="swatch swatch-line" viewBox="0 0 ${size * 2} ${size}" aria-hidden="true" focusable="false"><g class="series ${c}">
      <path class="line" d="M1,${size / 2}H${size * 2 - 1}"></path>
      <path class="marker" transform="translate(${size},${size / 2})" d=${markerPath(series.index, fontSize)}></path>
    </g></svg>`;
}

/**
 * The legend: each series' name beside its key. Hidden from assistive technology, which reads the
 * series in each chart's description and in the table instead.
 *
 * @example
 * ```ts
 * trendLegend(model, 'line', 16, context.id('rol'), context);
 * ```
 */
export function trendLegend(model: TrendModel, kind: TrendChart, fontSize: number, patterns: string, context: ViewContext): TemplateResult {
  return html`<ul part="legend" class="legend" aria-hidden="true">
      ${model.series.map((series) => html`<li>${swatch(series, kind, fontSize, patterns)}<span>${seriesLabel(series, context)}</span></li>`)}
    </ul>`;
}
