import { html, nothing, type TemplateResult } from 'lit';
import { localized } from '@rule-of-law/core';
import { patternDefs } from '../chart/patterns.js';
import type { PlotSize, TrendChart } from '../chart/trend-charts.js';
import type { TrendInteraction } from '../chart/trend-interaction.js';
import type { TrendModel } from '../chart/trend-series.js';
import { heading, type HeadingLevel } from '../templates/heading.js';
import { sourcesCitation } from '../templates/sources.js';
import { trendChart } from './trend/trend-chart.js';
import { trendWords } from './trend/trend-labels.js';
import { trendLegend } from './trend/trend-legend.js';
import { trendNotes } from './trend/trend-notes.js';
import { trendTable } from './trend/trend-table.js';
import type { ViewContext } from './view-context.js';

/** How a trend is drawn. */
export interface TrendViewOptions {
  /** Lines or bars. */
  readonly chart: TrendChart;
  /** The table inside a `<details>`, one click away, rather than always shown. */
  readonly collapsed: boolean;
  readonly level: HeadingLevel;
  /** The width of the charts' drawing area and its font size (measured by the element; a default for static HTML). */
  readonly size: PlotSize;
  /** Focusable, selectable points over each chart; without it the charts are pictures. */
  readonly interaction?: TrendInteraction | undefined;
}

/**
 * A trend as a `<figure>`: heading, one chart per unit (lines or bars, `role="img"`, named and described
 * from the data, series told apart by marker, dash or pattern as well as colour), the legend, the notes
 * that apply, the same numbers as a real `<table>`, and every source report. Shared by
 * `<rule-of-law-trend>` (shadow root and light DOM) and the static renderer (`renderTrendHTML`).
 *
 * @example
 * ```ts
 * trendView(model, { chart: 'line', collapsed: false, level: 3, size: DEFAULT_PLOT_SIZE }, viewContext('zh-CN', 'rol-x'));
 * ```
 */
export function trendView(model: TrendModel, options: TrendViewOptions, context: ViewContext): TemplateResult {
  const { locale, id } = context;
  const words = trendWords(context);
  const title = words.trendHeading([...new Set(model.series.map((series) => localized(series.label, locale)))]);
  const patterns = id('rol');
  const bars = options.chart === 'bars';
  const chartOptions = { kind: options.chart, size: options.size, interaction: options.interaction };
  return html`<figure part="base" class="trend" aria-labelledby=${id('title')}>
      ${heading(options.level, title, { id: id('title'), part: 'title' })}
      ${bars ? html`<svg class="defs" aria-hidden="true" focusable="false">${patternDefs(patterns)}</svg>` : nothing}
      <div part="charts" class="charts charts-${model.groups.length > 1 ? 'several' : 'one'}">
        ${model.groups.map((group, index) => trendChart(model, group, index, chartOptions, context))}
      </div>
      ${trendLegend(model, options.chart, options.size.fontSize, patterns, context)} ${trendNotes(model, context)}
      ${trendTable(model, title, options.collapsed, context)}
      <figcaption part="source" class="source">${sourcesCitation(
        model.reports.map((entry) => entry.report),
        locale,
        words.sources,
      )}</figcaption>
    </figure>`;
}
