import { type PropertyDeclarations } from 'lit';
import type { Report } from '@rule-of-law/core';
import { PlotSizeController } from '../../internal/chart/plot-size-controller.js';
import { RovingFocus } from '../../internal/chart/roving-focus.js';
import { toTrendChart, type TrendChart } from '../../internal/chart/trend-charts.js';
import { trendInteraction } from '../../internal/chart/trend-interaction.js';
import { trendOutcome } from '../../internal/chart/trend-outcome.js';
import type { TrendModel } from '../../internal/chart/trend-series.js';
import type { Outcome } from '../../internal/data/outcome.js';
import type { LoadedReport, ReportInput, ReportsState } from '../../internal/data/reports-loader.js';
import type { RolLoadDetail } from '../../internal/events.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import type { ScopedSheet } from '../../internal/styles/scoped-sheet.js';
import { PLOT_WIDTH_CLASS } from '../../internal/views/trend/trend-chart.js';
import { trendView } from '../../internal/views/trend-view.js';
import { trendStyles } from './trend.styles.js';

export { TREND_CHARTS, type TrendChart } from '../../internal/chart/trend-charts.js';

const SHEET: ScopedSheet = ['trend', trendStyles];

/**
 * Keyboard (every chart): the chart is one tab stop; ArrowRight and ArrowLeft move along a row (a breakdown's
 * segments, a trend's series), Home and End to the row's ends, ArrowDown and ArrowUp to the next or previous
 * row at the nearest point (along the row when there is only one); Enter or Space chooses (`rol-select`).
 *
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
 * @attr lang - The language: `zh-CN`, `en`, or `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`) once `locales/zh-Hant` is loaded; else the nearest ancestor's `lang`, else `<html lang>`; a language not loaded reads zh-CN.
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
export class RuleOfLawTrend extends RuleOfLawElement<TrendModel> {
  static override styles = [baseStyles, trendStyles];

  static override properties: PropertyDeclarations = {
    reports: { attribute: false },
    srcs: { reflect: true },
    indicators: { reflect: true },
    chart: { reflect: true },
    table: { reflect: true },
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

  /** The focusable point of each chart (one tab stop per chart). */
  private readonly roving = new RovingFocus(this);
  /** The charts' width and font size, measured: the SVG's user unit is one pixel, so text keeps its size. */
  private readonly plot = new PlotSizeController(this, `.${PLOT_WIDTH_CLASS}`);
  /** What the loaded reports and `indicators` gave, worked out once per pair. */
  private model: { readonly loaded: ReportsState; readonly indicators: string | undefined; readonly outcome: Outcome<TrendModel> } | undefined;

  protected override get lightSheet(): ScopedSheet {
    return SHEET;
  }

  protected get box(): string {
    return 'trend';
  }

  protected reportInputs(): ReportInput[] {
    if (this.reports != null) return this.reports.map((report) => ({ report }));
    return (this.srcs ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((src) => ({ src }));
  }

  /** The trend of the loaded reports, or the error that none of `indicators` is in them. */
  protected resolve(loaded: ReportsState): Outcome<TrendModel> {
    if (loaded.status !== 'ready') return loaded;
    const { indicators } = this;
    if (this.model?.loaded !== loaded || this.model.indicators !== indicators) {
      const outcome = trendOutcome(loaded.reports, indicators);
      this.model = {
        loaded,
        indicators,
        outcome: outcome.status === 'model' ? { status: 'ready', shown: outcome.model } : { status: 'error', error: outcome.error },
      };
    }
    return this.model.outcome;
  }

  /** Every report shown; `report` is the latest. */
  protected override loadDetail(reports: readonly LoadedReport[]): RolLoadDetail {
    const latest = reports.reduce((a, b) => (b.report.period.start >= a.report.period.start ? b : a));
    return { report: latest.report, computed: latest.computed, reports: reports.map((entry) => entry.report) };
  }

  protected renderReady(model: TrendModel): unknown {
    const context = this.viewContext;
    const interaction = trendInteraction(this, this.roving, model, context);
    const options = { chart: toTrendChart(this.chart), collapsed: this.table === 'collapsed', level: this.level, size: this.plot.size, interaction };
    return trendView(model, options, context);
  }
}
