import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { ComputedReport, Indicator, Report } from '@rule-of-law/core';
import { segmentInteraction } from '../../internal/chart/segment-interaction.js';
import { ReportSourceController } from '../../internal/data/report-source.js';
import { lightRoot } from '../../internal/light-root.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { emptyView, errorView, loadingView } from '../../internal/templates/states.js';
import type { BreakdownInteraction } from '../../internal/views/breakdown-view.js';
import { hostBox, inlineParts, reportBox, reportView, type ReportParts } from '../../internal/views/report-view.js';
import type { ViewContext } from '../../internal/views/view-context.js';
import { previousRender, type PreviousRender } from './report-previous.js';
import { reportStyles } from './report.styles.js';

export { familiesToShow, headlineIndicators } from '../../internal/views/report-view.js';

import type { Layout } from '../../internal/presentation.js';

export { LAYOUTS, type Layout } from '../../internal/presentation.js';

/** The static HTML of the report pasted inside the element (`renderReportHTML` marks its box). */
const STATIC_FALLBACK = ':scope > [data-rol-static]';

/** The children's parts, forwarded so that `rule-of-law-report::part(chart)` reaches every chart. */
const EXPORT_PARTS = {
  figure: 'base:figure, label:figure-label, value:figure-value, note:figure-note',
  rate: 'base:rate, label:rate-label, value:rate-value, fraction:rate-fraction, bar:rate-bar, bar-fill:rate-bar-fill, mark:rate-mark',
  breakdown:
    'base:breakdown, title:breakdown-title, total:breakdown-total, chart, segment, legend, notes, derived-rates, table, source:breakdown-source',
  findings: 'base:findings, title:findings-title, severity:findings-severity, list:findings-list, finding, empty:findings-empty',
} as const;

/**
 * @summary A whole annual rule-of-law government report (法治政府建设年度报告): header with issuer,
 * title, period and dates; headline figures; one section per indicator family with its figures, rates
 * and breakdown charts; the consistency findings; and the source. A drop-in for any government site.
 *
 * @attr src - URL of the report JSON (fetched with a time limit; abandoned when it changes).
 * @attr timeout - Time limit for `src`, in milliseconds (default 15000).
 * @attr families - Which families to show, in order, e.g. `"reconsideration litigation"` (default: all present).
 * @attr findings - `show` (default) or `hide` the findings panel.
 * @attr layout - `full` (default) or `compact`.
 * @attr heading-level - Level of the report's title, 2–5 (default 2); sections and charts follow.
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), so that page toolbars walking `document` text (read-aloud, enlarge, 简/繁) reach every figure and
 * label; styled by the page stylesheet (`rule-of-law.css`, also adopted automatically), with the same markup as
 * `renderReportHTML`. Chart segments are then not interactive and `::part` does not apply.
 *
 * @attr previous-src - URL of an earlier report's JSON, to show the change beside each figure (needs `rule-of-law-all.min.js` or `define/compare.js`; else a note says so).
 *
 * @prop {Report | undefined} report - The report as an object; takes precedence over `src` and inline JSON.
 * @prop {Report | undefined} previous - An earlier report (or another issuer's): the change is shown beside each figure ("较上年 ▲ 增加42件"); takes precedence over `previous-src`.
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - A report was validated, computed and drawn; `detail` holds both.
 * @event {CustomEvent<RolErrorDetail>} rol-error - Loading or validation failed; `detail.issues` lists every issue.
 * @event {CustomEvent<RolSelectDetail>} rol-select - A chart segment was chosen (from a child breakdown).
 *
 * @slot - An inline `<script type="application/json">` holding the report (one of the three inputs), and the
 * static HTML of the report (from `renderReportHTML`): shown before the element upgrades, without JavaScript,
 * and while it loads or cannot load `src`; not rendered (nor read) once the report is drawn.
 * @slot fallback - Shown with the empty and error states, e.g. a link to the original text.
 *
 * @csspart base - The `<article>`.
 * @csspart header - Issuer, title, period and dates.
 * @csspart issuer - The issuing body.
 * @csspart title - The report's title.
 * @csspart meta - Period and dates.
 * @csspart headline - The headline figures.
 * @csspart section - Each family's section.
 * @csspart section-title - Each family's heading.
 * @csspart source - The source line at the end.
 * @csspart figure - Each figure's box (forwarded; also figure-label, figure-value, figure-note).
 * @csspart rate - Each rate's box (forwarded; also rate-label, rate-value, rate-fraction, rate-bar, rate-bar-fill, rate-mark).
 * @csspart breakdown - Each breakdown's figure (forwarded; also breakdown-title, breakdown-total, breakdown-source).
 * @csspart chart - Each chart (forwarded).
 * @csspart segment - Each chart segment (forwarded).
 * @csspart legend - Each legend (forwarded).
 * @csspart notes - Findings shown beside a breakdown (forwarded).
 * @csspart derived-rates - Derived official rates (forwarded).
 * @csspart table - Each data table (forwarded).
 * @csspart findings - The findings panel (forwarded; also findings-title, findings-severity, findings-list, finding, findings-empty).
 * @csspart status - The loading and empty states.
 * @csspart change - The change beside a figure, when `previous` is set.
 * @csspart compared-with - The line naming the report compared with (or its loading state).
 * @csspart compare-note - The note shown when `previous` is set but the comparison code is not loaded.
 * @csspart error - The error state (`role="alert"`).
 * @csspart retry - The retry button of a fetch error.
 *
 * @cssprop --rol-color-text - Text colour (default: inherited from the page).
 * @cssprop --rol-color-text-muted - Secondary text.
 * @cssprop --rol-color-surface - Background of panels (default transparent; set by the dark and high-contrast themes).
 * @cssprop --rol-color-surface-raised - Background of figure boxes.
 * @cssprop --rol-color-border - Borders and rules.
 * @cssprop --rol-color-accent - Links, bars and buttons.
 * @cssprop --rol-color-focus - Focus rings.
 * @cssprop --rol-color-error - Error text and border.
 * @cssprop --rol-color-error-surface - Error background.
 * @cssprop --rol-color-warning - Warnings and mismatch marks.
 * @cssprop --rol-color-warning-surface - Background of mismatch marks.
 * @cssprop --rol-color-track - The empty part of rate bars.
 * @cssprop --rol-line-height - Line height (default 1.5; keep it at least 1.3).
 * @cssprop --rol-space - Gap between sections (default 1.5em).
 * @cssprop --rol-radius - Corner radius (default 0.375rem).
 * @cssprop --rol-font-size-title - Size of the title (default 1.5em).
 * @cssprop --rol-figure-min-width - Narrowest figure box before the grid wraps (default 13rem).
 * @cssprop --rol-panel-padding - Padding of chart and findings panels (default 1em).
 */
export class RuleOfLawReport extends RuleOfLawElement {
  static override styles = [baseStyles, reportStyles];

  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
    families: {},
    findings: { reflect: true },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    previous: { attribute: false },
    previousSrc: { attribute: 'previous-src', reflect: true },
  };

  /** The report as an object; takes precedence over `src` and inline JSON. */
  report?: Report;

  /** URL of the report JSON. */
  src?: string;

  /** Time limit for `src`, in milliseconds. */
  timeout = 15000;

  /** Families to show, in order (space- or comma-separated); all present when empty. */
  families?: string;

  /** `show` or `hide` the findings panel. */
  findings: 'show' | 'hide' = 'show';

  /** `full` or `compact`. */
  layout: Layout = 'full';

  /** Level of the report's title, 2–5. */
  headingLevel?: number;

  /** An earlier report: its change is shown beside each figure (with `rule-of-law-all.min.js` or `define/compare.js`). */
  previous?: Report;

  /** URL of the earlier report's JSON. */
  previousSrc?: string;

  /** The comparison with `previous` in this render, when it is set (see report-previous.ts). */
  private compared?: PreviousRender | undefined;

  private readonly source = new ReportSourceController(this);

  /** The validated report and its computed view, once loaded. */
  get computed(): ComputedReport | undefined {
    return this.source.state.status === 'ready' ? this.source.state.computed : undefined;
  }

  /** Loads the data again (after a fetch failure, or when the inline JSON was replaced). */
  reload(): void {
    this.source.sync();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('report') || changed.has('src')) this.source.sync();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return lightRoot(this) ?? super.createRenderRoot();
  }

  protected override update(changed: PropertyValues<this>): void {
    // Light DOM: the static HTML gives way to the same markup drawn in this very update, so nothing moves.
    if (this.renderRoot === this && this.source.state.status === 'ready') this.querySelector(STATIC_FALLBACK)?.remove();
    super.update(changed);
  }

  override render(): TemplateResult | typeof nothing {
    const { state } = this.source;
    const { locale, strings } = this;
    const light = this.renderRoot === this;
    const box = (content: TemplateResult): TemplateResult => (light ? hostBox('report', content, this.theme) : content);
    // The webmaster's static HTML of the report stays what readers see until the report is drawn (in the
    // shadow root through the default slot; in the light DOM it is simply left in place).
    const fallback = this.querySelector(STATIC_FALLBACK) ? (light ? nothing : html`<slot></slot>`) : undefined;
    switch (state.status) {
      case 'empty':
        return fallback ?? box(emptyView(strings));
      case 'loading':
        return fallback ?? box(loadingView(strings));
      case 'error':
        return html`${box(errorView(state.error, locale, strings, () => this.reload()))}${fallback ?? nothing}`;
      case 'ready':
        return this.renderReport(state.report, state.computed, light);
    }
  }

  private renderReport(report: Report, computed: ComputedReport, light: boolean): TemplateResult {
    const { locale, strings } = this;
    const context = this.viewContext;
    const compared = (this.compared = previousRender(this, report, computed, locale, strings));
    const parts = light ? inlineParts(computed, context, this.theme, (indicator, chart) => this.segmentsOf(indicator.id, chart)) : this.childParts(report);
    const view = reportView(
      report,
      { families: this.families, findings: this.findings !== 'hide', compact: this.layout === 'compact', headingLevel: this.headingLevel },
      compared
        ? {
            ...parts,
            figure: (indicator) => html`${parts.figure(indicator)}${compared.change(indicator.id)}`,
            rate: (indicator) => html`${parts.rate(indicator)}${compared.change(indicator.id)}`,
            afterHeader: () => compared.summary,
          }
        : parts,
      context,
    );
    // Light DOM: new data gives fresh text (a page toolbar's rewriting is kept until then).
    return light ? html`${keyed(report, reportBox(view, context, this.theme))}` : view;
  }

  /** Light DOM: the segment in the tab order of each inline chart, by indicator id. */
  private readonly activeSegments = new Map<string, number>();

  /** Light DOM: click and keyboard selection for an inline chart, as `<rule-of-law-breakdown>` has. */
  private segmentsOf(indicatorId: string, context: ViewContext): BreakdownInteraction {
    return segmentInteraction(this, indicatorId, context, {
      get: () => this.activeSegments.get(indicatorId) ?? 0,
      set: (index) => {
        this.activeSegments.set(indicatorId, index);
        this.requestUpdate();
      },
    });
  }

  /** The report's parts as child elements, each with its own shadow root and its parts forwarded. */
  private childParts(report: Report): ReportParts {
    const { locale } = this;
    const theme = ifDefined(this.theme);
    return {
      figure: (indicator) => this.child('figure', report, indicator),
      rate: (indicator) => this.child('rate', report, indicator),
      breakdown: (indicator, options) =>
        html`<rule-of-law-breakdown
          .report=${report}
          indicator=${indicator.id}
          lang=${locale}
          theme=${theme}
          heading-level=${options.level}
          chart=${options.chart}
          table=${options.collapsed ? 'collapsed' : 'shown'}
          exportparts=${EXPORT_PARTS.breakdown}
        ></rule-of-law-breakdown>`,
      findings: (level) =>
        html`<rule-of-law-findings
          .report=${report}
          lang=${locale}
          theme=${theme}
          heading-level=${level}
          exportparts=${EXPORT_PARTS.findings}
        ></rule-of-law-findings>`,
    };
  }

  private child(kind: 'figure' | 'rate', report: Report, indicator: Indicator): TemplateResult {
    const theme = ifDefined(this.theme);
    return kind === 'figure'
      ? html`<rule-of-law-figure
          .report=${report}
          indicator=${indicator.id}
          lang=${this.locale}
          theme=${theme}
          exportparts=${EXPORT_PARTS.figure}
        ></rule-of-law-figure>`
      : html`<rule-of-law-rate
          .report=${report}
          indicator=${indicator.id}
          lang=${this.locale}
          theme=${theme}
          exportparts=${EXPORT_PARTS.rate}
        ></rule-of-law-rate>`;
  }
}
