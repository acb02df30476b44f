import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Finding, Report } from '@rule-of-law/core';
import { prepareReport } from '../../internal/data/prepare-report.js';
import { ReportSourceController } from '../../internal/data/report-source.js';
import type { RolErrorDetail } from '../../internal/events.js';
import { lightRoot } from '../../internal/light-root.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { toHeadingLevel } from '../../internal/templates/heading.js';
import { emptyView, errorView, loadingView } from '../../internal/templates/states.js';
import { findingsView } from '../../internal/views/findings-view.js';
import { hostBox } from '../../internal/views/report-view.js';
import { findingsStyles } from './findings.styles.js';

type FindingsState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: RolErrorDetail }
  | { readonly status: 'ready'; readonly findings: readonly Finding[]; readonly labels: ReadonlyMap<string, Report['indicators'][number]['label']> };

/**
 * @summary The consistency findings about a report (sums that do not add up, rates that do not
 * reconcile, partial breakdowns, late publication…), as lists by severity: errors, warnings, notes.
 *
 * @attr indicator - Show only the findings about this indicator id.
 * @attr src - URL of the report JSON, fetched with a time limit (as `<rule-of-law-report src>`); used when neither
 * `report` nor `items` is given. An inline `<script type="application/json">` child works too.
 * @attr timeout - Time limit for `src`, in milliseconds (default 15000).
 * @attr heading-level - Level of the panel's heading, 2–6 (default 3); severity headings are one below.
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), where page toolbars reach the text; styled by the page stylesheet (`rule-of-law.css`, adopted automatically).
 *
 * @prop {Report | undefined} report - A whole report: validated and computed with core.
 * @prop {readonly Finding[] | undefined} items - Findings given directly (e.g. `computeReport(report).findings`).
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - The report of `src` or the inline JSON was loaded and validated.
 * @event {CustomEvent<RolErrorDetail>} rol-error - `src` failed or the report is invalid; `detail.issues` says why.
 *
 * @slot fallback - Shown with the empty and error states.
 *
 * @csspart base - The panel (`<section>`).
 * @csspart title - The panel's heading.
 * @csspart severity - Each severity's heading.
 * @csspart list - Each severity's list.
 * @csspart finding - One finding.
 * @csspart empty - The "no inconsistencies" line.
 * @csspart error - The error state (`role="alert"`).
 * @csspart status - The empty state.
 *
 * @cssprop --rol-color-error - Colour of the errors' heading.
 * @cssprop --rol-color-warning - Colour of the warnings' heading.
 * @cssprop --rol-panel-padding - Padding of the panel.
 */
export class RuleOfLawFindings extends RuleOfLawElement {
  static override styles = [baseStyles, findingsStyles];

  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    items: { attribute: false },
    indicator: { reflect: true },
    src: { reflect: true },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** A whole report: validated and computed with core. */
  report?: Report;

  /** Findings given directly, instead of `report`. */
  items?: readonly Finding[];

  /** Show only the findings about this indicator id. */
  indicator?: string;

  /** URL of the report JSON (when neither `report` nor `items` is given). */
  src?: string;

  /** Time limit for `src`, in milliseconds. */
  timeout = 15000;

  /** The level of the panel's heading, 2–6. */
  headingLevel?: number;

  private state: FindingsState = { status: 'empty' };

  /** `src` or an inline JSON child: loaded only when neither `report` nor `items` is given. */
  private readonly loader = new ReportSourceController(this, { emitErrors: false });

  /** Loads `src` (or the inline JSON) again, after a fetch failure. */
  reload(): void {
    this.loader.sync();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('report') || changed.has('items') || changed.has('src')) this.loader.follow(this.items != null || this.report != null);
    this.state = this.resolve();
  }

  /** What to show: the findings given, else those of the report given or loaded. */
  private resolve(): FindingsState {
    if (this.items) return { status: 'ready', findings: this.items, labels: new Map() };
    const loaded = this.loader.state;
    const report = this.report ?? (loaded.status === 'ready' ? loaded.report : undefined);
    if (report == null) return loaded.status === 'loading' ? { status: 'loading' } : loaded.status === 'error' ? loaded : { status: 'empty' };
    const prepared = prepareReport(report);
    return prepared.ok
      ? {
          status: 'ready',
          findings: prepared.computed.findings,
          labels: new Map(prepared.report.indicators.map((indicator) => [indicator.id, indicator.label])),
        }
      : { status: 'error', error: prepared.error };
  }

  override updated(): void {
    this.reportError(this.state.status === 'error' ? this.state.error : undefined);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return lightRoot(this) ?? super.createRenderRoot();
  }

  override render(): TemplateResult {
    const { state, locale, strings } = this;
    const content =
      state.status === 'empty'
        ? emptyView(strings)
        : state.status === 'loading'
          ? loadingView(strings)
          : state.status === 'error'
            ? errorView(state.error, locale, strings, state.error.retryable ? () => this.reload() : undefined)
            : findingsView(
              this.indicator ? state.findings.filter((finding) => finding.indicatorIds.includes(this.indicator!)) : state.findings,
              state.labels,
              toHeadingLevel(this.headingLevel, 3),
              this.viewContext,
            );
    return this.renderRoot === this ? hostBox('findings', content, this.theme) : content;
  }
}
