import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Report } from '@rule-of-law/core';
import { PlotSizeController } from '../../internal/chart/plot-size-controller.js';
import { toTrendChart, type TrendChart } from '../../internal/chart/trend-charts.js';
import { trendInteraction } from '../../internal/chart/trend-interaction.js';
import { trendOutcome, type TrendOutcome } from '../../internal/chart/trend-outcome.js';
import { ReportsLoader, type ReportInput, type ReportsState } from '../../internal/data/reports-loader.js';
import { emit } from '../../internal/events.js';
import { lightRoot } from '../../internal/light-root.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { toHeadingLevel } from '../../internal/templates/heading.js';
import { emptyView, errorView, loadingView } from '../../internal/templates/states.js';
import { hostBox } from '../../internal/views/report-view.js';
import { PLOT_WIDTH_CLASS } from '../../internal/views/trend/trend-chart.js';
import { trendView } from '../../internal/views/trend-view.js';
import { trendStyles } from './trend.styles.js';

export { TREND_CHARTS, type TrendChart } from '../../internal/chart/trend-charts.js';

/** The static HTML of the chart pasted inside the element (`renderTrendHTML` marks its box). */
const STATIC_FALLBACK = ':scope > [data-rol-static]';

/** What the element shows: the loader's state, or what the loaded reports and `indicators` give. */
type View = ReportsState | TrendOutcome;

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
 * @slot - The static HTML of the chart (from `renderTrendHTML` of `@rule-of-law/elements/static`): shown before the
 * element upgrades, without JavaScript, and while it has no data or is loading; not shown once the chart is drawn.
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
  /** The focusable point of each chart (roving tabindex), by chart index. */
  private readonly active = new Map<number, string>();
  private view: View = { status: 'empty' };
  /** The loaded state and `indicators` the view was worked out from. */
  private viewOf: { readonly state: ReportsState; readonly indicators: string | undefined } | undefined;
  /** The charts' width and font size, measured: the SVG's user unit is one pixel, so text keeps its size. */
  private readonly plot = new PlotSizeController(this, `.${PLOT_WIDTH_CLASS}`);

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

  /** Measures the charts now, as their ResizeObserver does on every change of size. */
  private measure(): void {
    this.plot.measure();
  }

  override willUpdate(): void {
    this.loader.sync();
    const { state } = this.loader;
    if (state.status !== 'ready') {
      this.view = state;
      this.viewOf = undefined;
    } else if (state !== this.viewOf?.state || this.indicators !== this.viewOf.indicators) {
      this.viewOf = { state, indicators: this.indicators };
      this.view = trendOutcome(state.reports, this.indicators);
    }
  }

  protected override update(changed: PropertyValues): void {
    // Light DOM: the static HTML gives way to the chart drawn in this very update.
    if (this.renderRoot === this && this.view.status === 'model') this.querySelector(STATIC_FALLBACK)?.remove();
    super.update(changed);
  }

  override updated(): void {
    if (this.view.status === 'invalid') this.reportError(this.view.error);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return lightRoot(this, ['trend', trendStyles]) ?? super.createRenderRoot();
  }

  override render(): unknown {
    const { view } = this;
    const light = this.renderRoot === this;
    // The static HTML stays what readers see until there is something to draw (in the shadow root through the default slot).
    const fallback = this.querySelector(STATIC_FALLBACK) ? (light ? nothing : html`<slot></slot>`) : undefined;
    if (fallback && (view.status === 'empty' || view.status === 'loading' || view.status === 'ready')) return fallback;
    const content = this.renderView(view);
    // Light DOM: in its box, and drawn afresh only for new data (a page toolbar's rewriting is kept until then).
    const drawn = light ? hostBox('trend', keyed(view, content), this.theme) : content;
    // An error keeps the static HTML readable below the alert.
    return fallback && view.status !== 'model' ? html`${drawn}${fallback}` : drawn;
  }

  private renderView(view: View): unknown {
    const { strings, locale } = this;
    switch (view.status) {
      case 'empty':
        return emptyView(strings);
      case 'loading':
      case 'ready':
        return loadingView(strings);
      case 'error':
        return errorView(view.error, locale, strings, () => this.reload());
      case 'invalid':
        return errorView(view.error, locale, strings);
      case 'model': {
        const context = this.viewContext;
        const { chart, table, headingLevel } = this;
        const interaction = trendInteraction(this, view.model, context, this.active);
        const options = { chart: toTrendChart(chart), collapsed: table === 'collapsed', level: toHeadingLevel(headingLevel, 3), size: this.plot.size, interaction };
        return trendView(view.model, options, context);
      }
    }
  }
}
