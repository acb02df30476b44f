import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ComputedReport, Report } from '@rule-of-law/core';
import { keyed } from 'lit/directives/keyed.js';
import type { Adoption } from '../../internal/adopt-static.js';
import { RovingFocus } from '../../internal/chart/roving-focus.js';
import { segmentInteraction } from '../../internal/chart/segment-interaction.js';
import type { Outcome } from '../../internal/data/outcome.js';
import { inlineInput, type LoadedReport, type ReportInput, type ReportsState } from '../../internal/data/reports-loader.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { inlineParts, reportBox, reportView, type ReportParts } from '../../internal/views/report-view.js';
import { adoptionRecord, recordedOptions, staticIdPrefix, staticReport } from '../../internal/views/static-report.js';
import { childParts } from './report-children.js';
import { previousRender } from './report-previous.js';
import { reportStyles } from './report.styles.js';

import type { Layout } from '../../internal/presentation.js';

export { LAYOUTS, type Layout } from '../../internal/presentation.js';

/**
 * Keyboard (every chart): the chart is one tab stop; ArrowRight and ArrowLeft move along a row (a breakdown's
 * segments, a trend's series), Home and End to the row's ends, ArrowDown and ArrowUp to the next or previous
 * row at the nearest point (along the row when there is only one); Enter or Space chooses (`rol-select`).
 *
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
 * @attr lang - The language: `zh-CN`, `en`, or `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`) once `locales/zh-Hant` is loaded; else the nearest ancestor's `lang`, else `<html lang>`; a language not loaded reads zh-CN.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), so that page toolbars walking `document` text (read-aloud, enlarge, 简/繁) reach every figure and
 * label; styled by the page stylesheet (`rule-of-law.css`, also adopted automatically), with the same markup as
 * `renderReportHTML`. Chart segments stay keyboard-selectable and fire `rol-select`; `::part` does not apply.
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
 * @cssprop --rol-radius - Corner radius (default 0.375em).
 * @cssprop --rol-font-size-title - Size of the title (default 1.5em).
 * @cssprop --rol-figure-min-width - Narrowest figure box before the grid wraps (default 13em).
 * @cssprop --rol-panel-padding - Padding of chart and findings panels (default 1em).
 */
export class RuleOfLawReport extends RuleOfLawElement<LoadedReport> {
  static override styles = [baseStyles, reportStyles];

  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    src: { reflect: true },
    families: {},
    findings: { reflect: true },
    layout: { reflect: true },
    previous: { attribute: false },
    previousSrc: { attribute: 'previous-src', reflect: true },
  };

  /** The report as an object; takes precedence over `src` and inline JSON. */
  report?: Report;

  /** URL of the report JSON. */
  src?: string;

  /** Families to show, in order (space- or comma-separated); all present when empty. */
  families?: string;

  /** `show` or `hide` the findings panel. */
  findings: 'show' | 'hide' = 'show';

  /** `full` or `compact`. */
  layout: Layout = 'full';

  /** An earlier report: its change is shown beside each figure (with `rule-of-law-all.min.js` or `define/compare.js`). */
  previous?: Report;

  /** URL of the earlier report's JSON. */
  previousSrc?: string;

  /** Light DOM: the segment in the tab order of each inline chart, by indicator id. */
  private readonly roving = new RovingFocus(this);

  /** The validated report and its computed view, once loaded. */
  get computed(): ComputedReport | undefined {
    return this.outcome.status === 'ready' ? this.outcome.shown.computed : undefined;
  }

  protected get box(): string {
    return 'report';
  }

  protected reportInputs(): readonly (ReportInput | undefined)[] {
    return [this.report != null ? { report: this.report } : this.src ? { src: this.src } : inlineInput(this)];
  }

  protected resolve(loaded: ReportsState): Outcome<LoadedReport> {
    return loaded.status === 'ready' ? { status: 'ready', shown: loaded.reports[0]! } : loaded;
  }

  /** Light DOM: the report's own box, as the static renderer draws it. */
  protected override lightBox(content: unknown): unknown {
    return reportBox(content, this.viewContext, this.theme);
  }

  /** Light DOM: the static copy inside is adopted when it was rendered hydratable from the report loaded, by this version. */
  protected override adoption({ computed }: LoadedReport, box: Element, key: unknown): Adoption | undefined {
    const record = box.getAttribute('data-rol-hydrate');
    const options = recordedOptions(record);
    if (!options || adoptionRecord(computed, options) !== record) return undefined;
    return { template: staticReport(computed, options, record, (content) => keyed(key, content)), idPrefix: staticIdPrefix(computed, options) };
  }

  protected renderReady({ report, computed }: LoadedReport): TemplateResult {
    const context = this.viewContext;
    const options = { families: this.families, findings: this.findings !== 'hide', compact: this.layout === 'compact', headingLevel: this.headingLevel };
    return reportView(report, options, this.parts(report, computed), context);
  }

  /** The parts: child elements in the shadow root, inline views in the light DOM; with the change beside each figure when `previous` is set. */
  private parts(report: Report, computed: ComputedReport): ReportParts {
    const context = this.viewContext;
    const parts =
      this.renderRoot === this
        ? inlineParts(computed, context, this.theme, (indicator, chart) => segmentInteraction(this, this.roving, indicator.id, chart))
        : childParts(report, this.locale, this.theme);
    const compared = previousRender(this, report, computed, this.locale, this.strings);
    if (!compared) return parts;
    return {
      ...parts,
      figure: (indicator) => html`${parts.figure(indicator)}${compared.change(indicator.id)}`,
      rate: (indicator) => html`${parts.rate(indicator)}${compared.change(indicator.id)}`,
      afterHeader: () => compared.summary,
    };
  }
}
