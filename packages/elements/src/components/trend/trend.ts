import { html, nothing, svg, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatComparedValue, formatNumber, formatPeriod, localized, unitLabel, type Locale, type Period, type Report } from '@rule-of-law/core';
import { markFill, patternDefs } from '../../internal/chart/patterns.js';
import { barCentre, barSlot, barTarget, markerPath, seriesBar, seriesLine, textWidth, trendFrame, type TrendFrame } from '../../internal/chart/trend-geometry.js';
import { parseIds, trendModel, type TrendGroup, type TrendModel, type TrendPoint, type TrendSeries } from '../../internal/chart/trend-series.js';
import { indicatorError } from '../../internal/data/errors.js';
import { ReportsLoader, type ReportInput, type ReportsState } from '../../internal/data/reports-loader.js';
import { emit, type RolErrorDetail } from '../../internal/events.js';
import { COMPARISON_STRINGS, type ComparisonStrings } from '../../internal/i18n/comparison-strings.js';
import { lightRoot } from '../../internal/light-root.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading, toHeadingLevel } from '../../internal/templates/heading.js';
import { sourcesCitation } from '../../internal/templates/sources.js';
import { emptyView, errorView, loadingView } from '../../internal/templates/states.js';
import { hostBox } from '../../internal/views/report-view.js';
import type { ViewContext } from '../../internal/views/view-context.js';
import { trendStyles } from './trend.styles.js';

/** The chart kinds of `<rule-of-law-trend>`. */
export const TREND_CHARTS = ['line', 'bars'] as const;

/** One of {@link TREND_CHARTS}. */
export type TrendChart = (typeof TREND_CHARTS)[number];

/** The patterns that tell bar series apart without colour, by series (the first is plain). */
const BAR_MARKS = ['none', 'hatch', 'dots', 'cross'] as const;

/** What the element shows, worked out from the loaded reports and `indicators`. */
type View = ReportsState | { readonly status: 'model'; readonly model: TrendModel } | { readonly status: 'invalid'; readonly error: RolErrorDetail };

/** A point of a chart, for focus and `rol-select`. */
interface Target {
  readonly series: TrendSeries;
  readonly period: number;
  readonly point: TrendPoint;
}

const keyOf = (series: TrendSeries, period: number) => `${series.key}@${period}`;
const listSeparator = (locale: Locale) => (locale === 'en' ? ', ' : '、');

/**
 * @summary Chosen indicators over several years, as a line chart or bars: one series per indicator (and
 * per issuer when the reports come from several), gaps left as gaps, qualified figures ("996余") marked
 * as at least, one small chart per unit (different units are never drawn on one axis), and the same
 * numbers as a real `<table>` (years × indicators), with every source named.
 *
 * @attr srcs - Space-separated URLs of report JSON files (each fetched with the time limit; abandoned when it changes).
 * @attr indicators - The indicator ids to draw, space- or comma-separated, e.g. `"enforcement.penalties petitions.visits.persons"`.
 * @attr chart - `line` (default) or `bars`.
 * @attr table - `shown` (default) or `collapsed` (inside a `<details>`, one click away).
 * @attr timeout - Time limit for each URL of `srcs`, in milliseconds (default 15000).
 * @attr heading-level - Level of the chart's heading, 2–6 (default 3).
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), so that page toolbars walking `document` text (read-aloud, enlarge, 简/繁) reach the heading, axis
 * labels, legend, notes and every table cell; styled exactly as in the shadow root by the chart's rules, which the
 * element adopts into the page itself (a constructable stylesheet, allowed by a strict CSP; they are not in
 * `rule-of-law.css`). Points stay keyboard-selectable and fire `rol-select`; `::part` does not apply.
 *
 * @prop {readonly Report[] | undefined} reports - The reports as objects, in any order (sorted by period); take precedence over `srcs`.
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - Every report was validated and computed; `detail.reports` holds them, `detail.report` the latest.
 * @event {CustomEvent<RolErrorDetail>} rol-error - A report failed to load or validate, or no named indicator is in any report.
 * @event {CustomEvent<RolSelectDetail>} rol-select - A point (or bar) was chosen (click, Enter or Space); `detail.period` says which year.
 *
 * @slot fallback - Shown with the empty and error states.
 *
 * @csspart base - The `<figure>`.
 * @csspart title - The heading.
 * @csspart charts - The box holding the charts (one per unit).
 * @csspart chart - Each chart.
 * @csspart unit - Each chart's unit line.
 * @csspart point - Each focusable point or bar.
 * @csspart legend - The legend.
 * @csspart notes - Notes on gaps, qualified figures, units and missing indicators.
 * @csspart table - The data table.
 * @csspart source - The caption naming every source report.
 * @csspart status - The loading and empty states.
 * @csspart error - The error state (`role="alert"`).
 * @csspart retry - The retry button of a fetch error.
 *
 * @cssprop --rol-color-series-1 - Colour of the first series (up to `--rol-color-series-8`).
 * @cssprop --rol-color-series-2 - Colour of the second series.
 * @cssprop --rol-color-series-3 - Colour of the third series.
 * @cssprop --rol-color-series-4 - Colour of the fourth series.
 * @cssprop --rol-color-series-5 - Colour of the fifth series.
 * @cssprop --rol-color-series-6 - Colour of the sixth series.
 * @cssprop --rol-color-series-7 - Colour of the seventh series.
 * @cssprop --rol-color-series-8 - Colour of the eighth series.
 * @cssprop --rol-color-text - Text colour (default: inherited).
 * @cssprop --rol-color-text-muted - Axis labels and notes.
 * @cssprop --rol-color-border - Grid lines and the panel's border.
 * @cssprop --rol-color-surface - The panel's background and hollow marks.
 * @cssprop --rol-color-pattern - Ink of the patterns that tell bar series apart.
 * @cssprop --rol-color-focus - Focus ring.
 * @cssprop --rol-radius - Corner radius.
 * @cssprop --rol-panel-padding - Padding of the panel (default 1em).
 */
export class RuleOfLawTrend extends RuleOfLawElement {
  static override styles = [baseStyles, trendStyles];

  static override properties: PropertyDeclarations = {
    reports: { attribute: false },
    srcs: { reflect: true },
    indicators: { reflect: true },
    chart: { reflect: true },
    table: { reflect: true },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The reports as objects, in any order; take precedence over `srcs`. */
  reports?: readonly Report[];

  /** Space-separated URLs of report JSON files. */
  srcs?: string;

  /** The indicator ids to draw, space- or comma-separated. */
  indicators?: string;

  /** `line` or `bars`. */
  chart: TrendChart = 'line';

  /** `shown`, or `collapsed` into a `<details>`. */
  table: 'shown' | 'collapsed' = 'shown';

  /** Time limit for each URL, in milliseconds. */
  timeout = 15000;

  /** Level of the heading, 2–6. */
  headingLevel?: number;

  // Internal state, re-rendered with requestUpdate() (not reactive properties, which the manifest would list).
  /** The charts' width in CSS pixels (measured; the SVG's user unit is one pixel, so text keeps its size). */
  private width = 560;
  private fontSize = 16;
  /** The focusable point of each chart (roving tabindex), by chart index. */
  private active = new Map<number, string>();
  private view: View = { status: 'empty' };
  /** The loaded state and `indicators` the view was worked out from. */
  private modelFor: { readonly state: ReportsState; readonly indicators: string | undefined } | undefined;
  private observed: Element | undefined;
  private resizeObserver: ResizeObserver | undefined;

  private readonly loader = new ReportsLoader(this, {
    inputs: () => this.inputs(),
    timeoutMs: () => this.timeout,
    settled: (state) => {
      // Only when something is drawn: reports without any named indicator fire rol-error instead.
      if (state.status === 'ready' && this.view.status === 'model') {
        const latest = state.reports.reduce((a, b) => (b.report.period.start >= a.report.period.start ? b : a));
        emit(this, 'rol-load', { report: latest.report, computed: latest.computed, reports: state.reports.map((entry) => entry.report) });
      } else if (state.status === 'error') {
        this.reportError(state.error);
      }
    },
  });

  /** Loads the data again (after a fetch failure). */
  reload(): void {
    this.loader.reload();
  }

  private inputs(): ReportInput[] {
    if (this.reports != null) return [...this.reports].map((report) => ({ report }));
    return (this.srcs ?? '').split(/\s+/).filter(Boolean).map((src) => ({ src }));
  }

  private get words(): ComparisonStrings {
    return COMPARISON_STRINGS[this.locale];
  }

  private get chartKind(): TrendChart {
    return (TREND_CHARTS as readonly string[]).includes(this.chart) ? this.chart : 'line';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
  }

  override willUpdate(): void {
    this.loader.sync();
    const state = this.loader.state;
    if (state.status !== 'ready') {
      this.view = state;
      this.modelFor = undefined;
      return;
    }
    if (state === this.modelFor?.state && this.indicators === this.modelFor.indicators) return;
    this.modelFor = { state, indicators: this.indicators };
    const ids = parseIds(this.indicators);
    if (ids.length === 0) {
      this.view = { status: 'invalid', error: indicatorError((s) => s.errorNoIndicator) };
      return;
    }
    const model = trendModel(state.reports, ids);
    this.view =
      model.series.length === 0
        ? { status: 'invalid', error: indicatorError((s, locale) => s.errorNotFound(model.missing.join(listSeparator(locale)))) }
        : { status: 'model', model };
  }

  override updated(): void {
    const { view } = this;
    if (view.status === 'invalid') this.reportError(view.error);
    this.observeSize();
  }

  /** Measures the chart area, so the SVG is drawn at its real size (legible text at 320 px and in large print). */
  private observeSize(): void {
    const area = this.renderRoot.querySelector<HTMLElement>('.plot-area');
    if (area === this.observed || typeof ResizeObserver === 'undefined') return;
    this.observed = area ?? undefined;
    // Measured after the observer's callback, so that redrawing never re-enters the observer's loop.
    this.resizeObserver ??= new ResizeObserver(() => setTimeout(() => this.measure()));
    this.resizeObserver.disconnect();
    if (area) {
      this.resizeObserver.observe(area);
      // Also measured once now: a page in a background tab delivers no resize observations until shown.
      setTimeout(() => this.measure());
    }
  }

  private measure(): void {
    const area = this.observed;
    if (!area?.isConnected) return;
    const width = Math.floor(area.clientWidth);
    const fontSize = parseFloat(getComputedStyle(area).fontSize) || 16;
    if ((width > 0 && Math.abs(width - this.width) >= 2) || fontSize !== this.fontSize) {
      this.width = width > 0 ? width : this.width;
      this.fontSize = fontSize;
      this.requestUpdate();
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return lightRoot(this, ['trend', trendStyles]) ?? super.createRenderRoot();
  }

  override render(): TemplateResult {
    const content = this.renderView();
    // Light DOM: in its box, and drawn afresh only for new data (a page toolbar's rewriting is kept until then).
    return this.renderRoot === this ? hostBox('trend', keyed(this.view, content), this.theme) : content;
  }

  private renderView(): TemplateResult {
    const { view, strings, locale } = this;
    switch (view.status) {
      case 'empty':
        return emptyView(strings);
      case 'loading':
        return loadingView(strings);
      case 'error':
        return errorView(view.error, locale, strings, () => this.reload());
      case 'invalid':
        return errorView(view.error, locale, strings);
      case 'ready':
        return loadingView(strings);
      case 'model':
        return this.renderModel(view.model, this.viewContext.id);
    }
  }

  private periodLabel(period: Period): string {
    return formatPeriod(period, { locale: this.locale });
  }

  /** The period as the x axis writes it: the year alone for a calendar year. */
  private axisLabel(period: Period): string {
    const year = period.start.slice(0, 4);
    return period.start === `${year}-01-01` && period.end === `${year}-12-31` ? year : this.periodLabel(period);
  }

  private seriesLabel(series: TrendSeries): string {
    const label = localized(series.label, this.locale);
    if (!series.issuer) return label;
    const issuer = this.locale === 'en' && series.issuer.nameEn ? series.issuer.nameEn : series.issuer.name;
    return this.words.seriesName(issuer, label);
  }

  private valueText(point: TrendPoint): string {
    return formatComparedValue(point, { locale: this.locale, maximumFractionDigits: 2 });
  }

  /** `id` makes ids unique where the chart is drawn (as they are in a shadow root, prefixed in the page). */
  private renderModel(model: TrendModel, id: ViewContext['id']): TemplateResult {
    const { locale, words } = this;
    const level = toHeadingLevel(this.headingLevel, 3);
    const labels = [...new Set(model.series.map((series) => localized(series.label, locale)))];
    const title = words.trendHeading(labels);
    const patterns = id('rol');
    return html`<figure part="base" class="trend" aria-labelledby=${id('title')}>
      ${heading(level, title, { id: id('title'), part: 'title' })}
      ${this.chartKind === 'bars' ? html`<svg class="defs" aria-hidden="true" focusable="false">${patternDefs(patterns)}</svg>` : nothing}
      <div part="charts" class="charts charts-${model.groups.length > 1 ? 'several' : 'one'}">
        ${model.groups.map((group, index) => this.renderChart(model, group, index, id))}
      </div>
      ${this.renderLegend(model, patterns)} ${this.renderNotes(model)} ${this.renderTable(model, title, id)}
      <figcaption part="source" class="source">${sourcesCitation(model.reports.map((entry) => entry.report), locale, words.sources)}</figcaption>
    </figure>`;
  }

  private renderChart(model: TrendModel, group: TrendGroup, chartIndex: number, id: ViewContext['id']): TemplateResult {
    const { locale, words } = this;
    const bars = this.chartKind === 'bars';
    const unit = unitLabel(group.unit, { locale });
    const values = group.series.flatMap((series) => series.points.flatMap((point) => (point ? [point.figure.value] : [])));
    const frame = trendFrame({
      width: this.width,
      fontSize: this.fontSize,
      periods: model.periods.length,
      max: Math.max(0, ...values),
      formatTick: (value) => formatNumber(value, { locale, maximumFractionDigits: 2 }),
      periodLabels: model.periods.map((period) => this.axisLabel(period)),
    });
    const first = model.periods[0];
    const last = model.periods[model.periods.length - 1];
    const years = first && last ? words.trendYears(this.periodLabel(first), this.periodLabel(last)) : '';
    const groupLabel = [...new Set(group.series.map((series) => this.seriesLabel(series)))].join(locale === 'en' ? ', ' : '、');
    const name = words.unitChartName(groupLabel, unit, years);
    const description = `${words.chartKindText(this.chartKind === 'bars' ? 'bars' : 'line', group.series.length)} ${group.series
      .map((series) =>
        words.seriesText(
          this.seriesLabel(series),
          series.points.map((point, index) => `${this.periodLabel(model.periods[index]!)} ${point ? this.valueText(point) : words.noData}`),
        ),
      )
      .join(locale === 'en' ? '; ' : '；')}${locale === 'en' ? '.' : '。'}`;
    const targets = this.targetsOf(group);
    const activeKey = this.active.get(chartIndex);
    const active = targets.find((target) => keyOf(target.series, target.period) === activeKey) ?? targets[0];
    const viewBox = `0 0 ${frame.width} ${frame.height}`;
    const [nameId, descId] = [id(`chart-name-${chartIndex}`), id(`chart-desc-${chartIndex}`)];
    const patterns = id('rol');
    return html`<div part="chart" class="plot" data-unit=${group.unitKey}>
      <p part="unit" class="unit">${words.unitChartHeading(unit)}</p>
      <div class="plot-area">
        <svg class="drawing" viewBox=${viewBox} width=${frame.width} height=${frame.height} role="img" aria-labelledby=${nameId} aria-describedby=${descId} focusable="false">
          <title id=${nameId}>${name}</title>
          <desc id=${descId}>${description}</desc>
          ${this.renderAxes(frame)}
          ${group.series.map((series, index) => (bars ? this.renderBars(series, index, group.series.length, frame, patterns) : this.renderLine(series, frame)))}
        </svg>
        <svg class="hit" viewBox=${viewBox} width=${frame.width} height=${frame.height} role="group" aria-label=${words.points(name)}>
          ${targets.map((target) => {
            const { series, period, point } = target;
            const seriesIndex = group.series.indexOf(series);
            const x = frame.x(period);
            const y = frame.y(point.figure.value);
            const label = words.pointText(this.seriesLabel(series), this.periodLabel(model.periods[period]!), this.valueText(point));
            const shape = bars
              ? svg`<path class="target" d=${barTarget(period, seriesIndex, group.series.length, frame)}></path>`
              : svg`<circle class="target" cx=${x} cy=${y} r=${Math.max(10, this.fontSize * 0.75)}></circle>`;
            return svg`<g
              part="point"
              role="button"
              tabindex=${target === active ? 0 : -1}
              aria-label=${label}
              data-key=${keyOf(series, period)}
              class="point"
              @click=${() => this.select(target)}
              @keydown=${(event: KeyboardEvent) => this.onKeydown(event, chartIndex, target, targets)}
              @focus=${() => this.active.set(chartIndex, keyOf(series, period))}
            >${shape}</g>`;
          })}
        </svg>
      </div>
    </div>`;
  }

  private renderAxes(frame: TrendFrame): SVGTemplateResult {
    const baseline = frame.y(0);
    return svg`<g class="axes" aria-hidden="true">
      ${frame.ticks.map(
        (tick) => svg`<line class=${tick.value === 0 ? 'baseline' : 'grid'} x1=${frame.left} x2=${frame.width - frame.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${frame.left - this.fontSize * 0.4} y=${tick.y} dy="0.32em" text-anchor="end">${tick.label}</text>`,
      )}
      ${frame.periodTicks.map(
        (tick) => svg`<text class="tick" x=${tick.x} y=${baseline + this.fontSize * 1.25} text-anchor="middle">${tick.label}</text>`,
      )}
    </g>`;
  }

  private renderLine(series: TrendSeries, frame: TrendFrame): SVGTemplateResult {
    const values = series.points.map((point) => point?.figure.value);
    const marker = markerPath(series.index, this.fontSize);
    return svg`<g class="series c${(series.index % 8) + 1} d${(series.index % 4) + 1}">
      <path class="line" d=${seriesLine(values, frame)}></path>
      ${series.points.map((point, index) => {
        if (!point) return nothing;
        const x = frame.x(index);
        const y = frame.y(point.figure.value);
        const qualified = point.figure.qualifier !== 'exact';
        return svg`<path class="marker ${qualified ? 'hollow' : ''}" transform="translate(${x},${y})" d=${marker}></path>${
          qualified ? svg`<text class="qualifier" x=${x} y=${y - this.fontSize * 0.75} text-anchor="middle">${this.words.qualifierMark[point.figure.qualifier]}</text>` : nothing
        }`;
      })}
    </g>`;
  }

  /** `patterns`: the prefix of the patterns' ids (see {@link patternDefs}). */
  private renderBars(series: TrendSeries, seriesIndex: number, count: number, frame: TrendFrame, patterns: string): SVGTemplateResult {
    const fill = markFill(BAR_MARKS[series.index % BAR_MARKS.length]!, patterns);
    return svg`<g class="series c${(series.index % 8) + 1}">
      ${series.points.map((point, index) => {
        if (!point) return this.renderGap(index, seriesIndex, count, frame);
        const d = seriesBar(point.figure.value, index, seriesIndex, count, frame);
        const qualified = point.figure.qualifier !== 'exact';
        const x = barCentre(index, seriesIndex, count, frame);
        return svg`<path class="bar ${qualified ? 'hollow' : ''}" d=${d}></path>${fill ? svg`<path class="mark" fill=${fill} d=${d}></path>` : nothing}${
          qualified
            ? svg`<text class="qualifier" x=${x} y=${frame.y(point.figure.value) - this.fontSize * 0.35} text-anchor="middle">${this.words.qualifierMark[point.figure.qualifier]}</text>`
            : nothing
        }`;
      })}
    </g>`;
  }

  /** A gap in a bar chart: no bar (never a zero bar), and "无数据" (or "×" where it does not fit) on the baseline. */
  private renderGap(index: number, seriesIndex: number, count: number, frame: TrendFrame): SVGTemplateResult {
    const { noData } = this.words;
    const fits = textWidth(noData, this.fontSize * 0.75) <= barSlot(index, seriesIndex, count, frame).width;
    return svg`<text class="gap" x=${barCentre(index, seriesIndex, count, frame)} y=${frame.y(0) - this.fontSize * 0.35} text-anchor="middle">${fits ? noData : '×'}</text>`;
  }

  /** The series' key, as drawn in the legend: its colour, marker (or pattern) and dash. */
  private swatch(series: TrendSeries, patterns: string): SVGTemplateResult {
    const size = this.fontSize * 1.5;
    const c = `c${(series.index % 8) + 1} d${(series.index % 4) + 1}`;
    if (this.chartKind === 'bars') {
      const fill = markFill(BAR_MARKS[series.index % BAR_MARKS.length]!, patterns);
      return svg`<svg class="swatch" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><g class="series ${c}">
        <rect class="bar" x="1" y="1" width="16" height="16" rx="2"></rect>${fill ? svg`<rect class="mark" fill=${fill} x="1" y="1" width="16" height="16" rx="2"></rect>` : nothing}
      </g></svg>`;
    }
    return svg`<svg class="swatch swatch-line" viewBox="0 0 ${size * 2} ${size}" aria-hidden="true" focusable="false"><g class="series ${c}">
      <path class="line" d="M1,${size / 2}H${size * 2 - 1}"></path>
      <path class="marker" transform="translate(${size},${size / 2})" d=${markerPath(series.index, this.fontSize)}></path>
    </g></svg>`;
  }

  private renderLegend(model: TrendModel, patterns: string): TemplateResult {
    return html`<ul part="legend" class="legend" aria-hidden="true">
      ${model.series.map((series) => html`<li>${this.swatch(series, patterns)}<span>${this.seriesLabel(series)}</span></li>`)}
    </ul>`;
  }

  private renderNotes(model: TrendModel): TemplateResult | typeof nothing {
    const { words, locale } = this;
    const notes: string[] = [];
    if (model.groups.length > 1) notes.push(words.unitsNote(model.groups.length));
    if (model.hasGaps) notes.push(words.gapsNote);
    if (model.hasQualified) notes.push(words.qualifiedNote);
    if (model.missing.length > 0) notes.push(words.missingIndicators(model.missing.join(locale === 'en' ? ', ' : '、')));
    for (const duplicate of model.duplicates) notes.push(words.duplicatePeriod(duplicate.issuer.name, this.periodLabel(duplicate.period)));
    if (notes.length === 0) return nothing;
    return html`<ul part="notes" class="notes">
      ${notes.map((note) => html`<li>${note}</li>`)}
    </ul>`;
  }

  private renderTable(model: TrendModel, title: string, id: ViewContext['id']): TemplateResult {
    const { words } = this;
    const table = html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${id('table-caption')}>
      <table part="table">
        <caption id=${id('table-caption')}>${words.trendTableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">${words.period}</th>
            ${model.series.map((series) => html`<th scope="col" class="num">${this.seriesLabel(series)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${model.periods.map(
            (period, index) => html`<tr data-period=${`${period.start}/${period.end}`}>
              <th scope="row">${this.periodLabel(period)}</th>
              ${model.series.map((series) => {
                const point = series.points[index];
                if (!point) return html`<td class="num no-data">${words.noData}</td>`;
                const qualified = point.figure.qualifier !== 'exact';
                return html`<td class="num ${qualified ? 'qualified' : ''}" data-series=${series.key}>${this.valueText(point)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
    if (this.table !== 'collapsed') return table;
    return html`<details class="table-details"><summary>${this.strings.showTable}</summary>${table}</details>`;
  }

  /** The chart's points in reading order: by series, then by period; gaps have none. */
  private targetsOf(group: TrendGroup): Target[] {
    return group.series.flatMap((series) => series.points.flatMap((point, period) => (point ? [{ series, period, point }] : [])));
  }

  private select(target: Target): void {
    const period = this.view.status === 'model' ? this.view.model.periods[target.period] : undefined;
    emit(this, 'rol-select', {
      indicatorId: target.series.indicatorId,
      category: period ? `${period.start}/${period.end}` : '',
      label: this.seriesLabel(target.series),
      value: target.point.figure.value,
      locale: this.locale,
      ...(period && { period }),
    });
  }

  private onKeydown(event: KeyboardEvent, chartIndex: number, target: Target, targets: readonly Target[]): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(target);
      return;
    }
    const same = targets.filter((candidate) => candidate.series === target.series);
    const position = same.indexOf(target);
    const seriesOrder = [...new Set(targets.map((candidate) => candidate.series))];
    const seriesPosition = seriesOrder.indexOf(target.series);
    /** The point of another series nearest to this period. */
    const across = (step: number): Target | undefined => {
      const next = seriesOrder[seriesPosition + step];
      if (!next) return undefined;
      const own = targets.filter((candidate) => candidate.series === next);
      return own.reduce<Target | undefined>(
        (best, candidate) => (!best || Math.abs(candidate.period - target.period) < Math.abs(best.period - target.period) ? candidate : best),
        undefined,
      );
    };
    const moves: Record<string, Target | undefined> = {
      ArrowRight: same[position + 1],
      ArrowLeft: same[position - 1],
      ArrowDown: across(1),
      ArrowUp: across(-1),
      Home: same[0],
      End: same[same.length - 1],
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = moves[event.key];
    if (!next) return;
    const key = keyOf(next.series, next.period);
    this.active.set(chartIndex, key);
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const chart = this.renderRoot.querySelectorAll('.plot')[chartIndex];
      chart?.querySelectorAll<SVGGElement>('.point').forEach((element) => {
        if (element.dataset['key'] === key) element.focus();
      });
    });
  }
}
