import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  FAMILIES,
  FAMILY_LABELS,
  formatDate,
  formatPeriod,
  ISSUER_LEVEL_LABELS,
  type ComputedReport,
  type Family,
  type Indicator,
  type Report,
} from '@rule-of-law/core';
import { ReportSourceController } from '../../internal/data/report-source.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { stateStyles } from '../../internal/styles/state.styles.js';
import { tokenStyles } from '../../internal/styles/tokens.styles.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../../internal/templates/heading.js';
import { sourceCitation } from '../../internal/templates/source.js';
import { emptyView, errorView, loadingView } from '../../internal/templates/states.js';
import { reportStyles } from './report.styles.js';

/** `full` (headline figures, charts with tables) or `compact` (no headline, bars, tables one click away). */
export const LAYOUTS = ['full', 'compact'] as const;

/** One of {@link LAYOUTS}. */
export type Layout = (typeof LAYOUTS)[number];

/** The children's parts, forwarded so that `rule-of-law-report::part(chart)` reaches every chart. */
const EXPORT_PARTS = {
  figure: 'base:figure, label:figure-label, value:figure-value, note:figure-note',
  rate: 'base:rate, label:rate-label, value:rate-value, fraction:rate-fraction, bar:rate-bar, bar-fill:rate-bar-fill, mark:rate-mark',
  breakdown:
    'base:breakdown, title:breakdown-title, total:breakdown-total, chart, segment, legend, notes, derived-rates, table, source:breakdown-source',
  findings: 'base:findings, title:findings-title, severity:findings-severity, list:findings-list, finding, empty:findings-empty',
} as const;

/** The families to show, in order: those named in `families` (space- or comma-separated), else every family present. */
export function familiesToShow(attribute: string | undefined, indicators: readonly Indicator[]): Family[] {
  const present = new Set(indicators.map((indicator) => indicator.family));
  const named = (attribute ?? '')
    .split(/[\s,]+/)
    .filter((name): name is Family => (FAMILIES as readonly string[]).includes(name));
  const order = named.length > 0 ? [...new Set(named)] : [...FAMILIES];
  return order.filter((family) => present.has(family));
}

/** Headline figures: per family, its first breakdown with a stated total, else its first count or amount. */
export function headlineIndicators(families: readonly Family[], indicators: readonly Indicator[]): Indicator[] {
  return families.flatMap((family) => {
    const own = indicators.filter((indicator) => indicator.family === family);
    const pick =
      own.find((indicator) => indicator.kind === 'breakdown' && indicator.total !== undefined) ??
      own.find((indicator) => indicator.kind === 'count' || indicator.kind === 'amount');
    return pick ? [pick] : [];
  });
}

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
 *
 * @prop {Report | undefined} report - The report as an object; takes precedence over `src` and inline JSON.
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - A report was validated, computed and drawn; `detail` holds both.
 * @event {CustomEvent<RolErrorDetail>} rol-error - Loading or validation failed; `detail.issues` lists every issue.
 * @event {CustomEvent<RolSelectDetail>} rol-select - A chart segment was chosen (from a child breakdown).
 *
 * @slot - An inline `<script type="application/json">` holding the report (one of the three inputs).
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
  static override styles = [tokenStyles, stateStyles, reportStyles];

  /** The report as an object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) report?: Report;

  /** URL of the report JSON. */
  @property({ reflect: true }) src?: string;

  /** Time limit for `src`, in milliseconds. */
  @property({ type: Number }) timeout = 15000;

  /** Families to show, in order (space- or comma-separated); all present when empty. */
  @property() families?: string;

  /** `show` or `hide` the findings panel. */
  @property({ reflect: true }) findings: 'show' | 'hide' = 'show';

  /** `full` or `compact`. */
  @property({ reflect: true }) layout: Layout = 'full';

  /** Level of the report's title, 2–5. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

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

  override render(): TemplateResult {
    const { state } = this.source;
    const { locale, strings } = this;
    switch (state.status) {
      case 'empty':
        return emptyView(strings);
      case 'loading':
        return loadingView(strings);
      case 'error':
        return errorView(state.error, locale, strings, () => this.reload());
      case 'ready':
        return this.renderReport(state.report, state.computed);
    }
  }

  private renderReport(report: Report, computed: ComputedReport): TemplateResult {
    const { locale, strings } = this;
    const level = toHeadingLevel(Math.min(5, this.headingLevel ?? 2), 2);
    const sub = toHeadingLevel(level + 1, 3);
    const families = familiesToShow(this.families, report.indicators);
    const compact = this.layout === 'compact';
    const issuer = locale === 'en' && report.issuer.nameEn ? report.issuer.nameEn : report.issuer.name;
    return html`<article part="base" class="report layout-${compact ? 'compact' : 'full'}" aria-labelledby="title">
      <header part="header" class="header">
        <p part="issuer" class="issuer">
          <span lang=${ifDefined(issuer === report.issuer.name && locale === 'en' ? 'zh-CN' : undefined)}>${issuer}</span>
          · ${ISSUER_LEVEL_LABELS[report.issuer.level][locale]}
        </p>
        ${heading(level, html`<span lang="zh-CN">${report.title}</span>`, { id: 'title', part: 'title' })}
        <dl part="meta" class="meta">
          <div><dt>${strings.period}</dt><dd>${formatPeriod(report.period, { locale })}</dd></div>
          ${report.signedOn ? html`<div><dt>${strings.signedOn}</dt><dd>${formatDate(report.signedOn, { locale })}</dd></div>` : nothing}
          ${report.publishedAt
            ? html`<div><dt>${strings.publishedOn}</dt><dd>${formatDate(report.publishedAt, { locale })}</dd></div>`
            : nothing}
        </dl>
      </header>
      ${compact ? nothing : this.renderHeadline(report, families, sub)}
      ${families.map((family) => this.renderFamily(report, family, sub, compact))}
      ${this.findings === 'hide'
        ? nothing
        : html`<rule-of-law-findings
            .report=${report}
            lang=${locale}
            theme=${ifDefined(this.theme)}
            heading-level=${sub}
            exportparts=${EXPORT_PARTS.findings}
          ></rule-of-law-findings>`}
      <footer part="source" class="source">${sourceCitation(report, locale, strings)}</footer>
    </article>`;
  }

  private renderHeadline(report: Report, families: readonly Family[], level: HeadingLevel): TemplateResult | typeof nothing {
    const picks = headlineIndicators(families, report.indicators);
    if (picks.length === 0) return nothing;
    return html`<section part="headline" class="headline" aria-labelledby="headline-title">
      ${heading(level, this.strings.headline, { id: 'headline-title', part: 'section-title' })}
      <ul class="figures" role="list">
        ${picks.map((indicator) => html`<li>${this.child('figure', report, indicator)}</li>`)}
      </ul>
    </section>`;
  }

  private renderFamily(report: Report, family: Family, level: HeadingLevel, compact: boolean): TemplateResult {
    const own = report.indicators.filter((indicator) => indicator.family === family);
    const figures = own.filter((indicator) => indicator.kind === 'count' || indicator.kind === 'amount' || indicator.kind === 'measure');
    const rates = own.filter((indicator) => indicator.kind === 'rate');
    const breakdowns = own.filter((indicator) => indicator.kind === 'breakdown');
    const id = `family-${family}`;
    return html`<section part="section" class="family" data-family=${family} aria-labelledby=${id}>
      ${heading(level, FAMILY_LABELS[family][this.locale], { id, part: 'section-title' })}
      ${figures.length > 0
        ? html`<ul class="figures" role="list">
            ${figures.map((indicator) => html`<li>${this.child('figure', report, indicator)}</li>`)}
          </ul>`
        : nothing}
      ${rates.length > 0
        ? html`<ul class="figures rates" role="list">
            ${rates.map((indicator) => html`<li>${this.child('rate', report, indicator)}</li>`)}
          </ul>`
        : nothing}
      ${breakdowns.length > 0
        ? html`<div class="breakdowns">
            ${breakdowns.map(
              (indicator) =>
                html`<rule-of-law-breakdown
                  .report=${report}
                  indicator=${indicator.id}
                  lang=${this.locale}
                  theme=${ifDefined(this.theme)}
                  heading-level=${toHeadingLevel(level + 1, 4)}
                  chart=${!compact && indicator.kind === 'breakdown' && indicator.codelist ? 'donut' : 'bar'}
                  table=${compact ? 'collapsed' : 'shown'}
                  exportparts=${EXPORT_PARTS.breakdown}
                ></rule-of-law-breakdown>`,
            )}
          </div>`
        : nothing}
    </section>`;
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
