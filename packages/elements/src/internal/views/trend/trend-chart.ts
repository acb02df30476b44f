import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, unitLabel } from '@rule-of-law/core';
import type { PlotSize, TrendChart } from '../../chart/trend-charts.js';
import { trendFrame } from '../../chart/trend-geometry.js';
import type { TrendInteraction } from '../../chart/trend-interaction.js';
import type { TrendGroup, TrendModel } from '../../chart/trend-series.js';
import type { ViewContext } from '../view-context.js';
import { trendAxes } from './trend-axes.js';
import { trendBars } from './trend-bars.js';
import { axisLabel, listSeparator, periodLabel, pointValue, seriesLabel, trendWords } from './trend-labels.js';
import { trendLine } from './trend-line.js';
import { trendPoints } from './trend-points.js';

/** The class of the empty box, the width of a chart's drawing area, that the element measures and observes. */
export const PLOT_WIDTH_CLASS = 'plot-width';

/** How one chart of a trend is drawn. */
export interface TrendChartOptions {
  readonly kind: TrendChart;
  /** The measured width of the drawing area and its font size: the SVG is drawn at that size. */
  readonly size: PlotSize;
  /** Focusable, selectable points over the drawing; without it the chart is a picture. */
  readonly interaction?: TrendInteraction | undefined;
}

/**
 * The chart's description: its kind and every series with the value of each period ("无数据" for a gap),
 * so a screen reader hears all the numbers.
 */
function description(model: TrendModel, group: TrendGroup, kind: TrendChart, context: ViewContext): string {
  const words = trendWords(context);
  const series = group.series.map((entry) =>
    words.seriesText(
      seriesLabel(entry, context),
      entry.points.map((point, index) => `${periodLabel(model.periods[index]!, context)} ${point ? pointValue(point, context) : words.noData}`),
    ),
  );
  return words.chartDescription(words.chartKindText(kind, group.series.length), series);
}

/**
 * One chart of a trend (the series of one unit, `chart`th in the figure): its unit line, then the SVG
 * drawing (`role="img"`, named after the series, unit and years, described with every value) with its
 * axes and series as lines or bars, laid out at `options.size`, and — when interactive — the layer of
 * focusable points over it.
 *
 * The name is a second `<desc>`, which the SVG's `aria-labelledby` points at, not a `<title>`: Lit treats
 * `<title>` as a raw-text element, and its server rendering (the static HTML) cannot fill one from a binding.
 * The description comes first, where software that reads SVG without ARIA looks for it.
 *
 * @example
 * ```ts
 * html`${model.groups.map((group, index) => trendChart(model, group, index, { kind: 'line', size: DEFAULT_PLOT_SIZE }, context))}`;
 * ```
 */
export function trendChart(model: TrendModel, group: TrendGroup, chart: number, options: TrendChartOptions, context: ViewContext): TemplateResult {
  const { locale } = context;
  const { kind, size } = options;
  const { fontSize } = size;
  const words = trendWords(context);
  const unit = unitLabel(group.unit, { locale });
  const values = group.series.flatMap((series) => series.points.flatMap((point) => (point ? [point.figure.value] : [])));
  const frame = trendFrame({
    width: size.width,
    fontSize,
    periods: model.periods.length,
    max: Math.max(0, ...values),
    formatTick: (value) => formatNumber(value, { locale, maximumFractionDigits: 2 }),
    periodLabels: model.periods.map((period) => axisLabel(period, context)),
  });
  const first = model.periods[0];
  const last = model.periods[model.periods.length - 1];
  const years = first && last ? words.trendYears(periodLabel(first, context), periodLabel(last, context)) : '';
  const groupLabel = [...new Set(group.series.map((series) => seriesLabel(series, context)))].join(listSeparator(locale));
  const name = words.unitChartName(groupLabel, unit, years);
  const viewBox = `0 0 ${frame.width} ${frame.height}`;
  const [nameId, descId] = [context.id(`chart-name-${chart}`), context.id(`chart-desc-${chart}`)];
  const patterns = context.id('rol');
  const series = group.series.map((entry, index) =>
    kind === 'bars' ? trendBars(entry, index, group.series.length, frame, fontSize, patterns, context) : trendLine(entry, frame, fontSize, context),
  );
  return html`<div part="chart" class="plot" data-unit=${group.unitKey}>
      <p part="unit" class="unit">${words.unitChartHeading(unit)}</p>
      <div class="plot-area">
        <div class=${PLOT_WIDTH_CLASS}></div>
        <svg class="drawing" viewBox=${viewBox} width=${frame.width} height=${frame.height} role="img" aria-labelledby=${nameId} aria-describedby=${descId} focusable="false">
          <desc id=${descId}>${description(model, group, kind, context)}</desc>
          <desc id=${nameId}>${name}</desc>
          ${trendAxes(frame, fontSize)}
          ${series}
        </svg>
        ${options.interaction ? trendPoints({ model, group, chart, kind, frame, fontSize, name }, options.interaction, context) : nothing}
      </div>
    </div>`;
}
