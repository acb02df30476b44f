import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Finding, Report } from '@rule-of-law/core';
import type { Outcome } from '../../internal/data/outcome.js';
import { prepareReport } from '../../internal/data/prepare-report.js';
import { inlineInput, type ReportInput, type ReportsState } from '../../internal/data/reports-loader.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { findingsView } from '../../internal/views/findings-view.js';
import { findingsStyles } from './findings.styles.js';

/** The findings to list, with the labels of the indicators they concern. */
interface FindingsShown {
  readonly findings: readonly Finding[];
  readonly labels: ReadonlyMap<string, Report['indicators'][number]['label']>;
}

const NO_LABELS: FindingsShown['labels'] = new Map();

/**
 * @summary The consistency findings about a report (sums that do not add up, rates that do not
 * reconcile, partial breakdowns, late publication…), as lists by severity: errors, warnings, notes.
 *
 * @attr indicator - Show only the findings about this indicator id.
 * @attr src - URL of the report JSON, fetched with a time limit (as `<rule-of-law-report src>`); used when neither
 * `report` nor `items` is given. An inline `<script type="application/json">` child works too.
 * @attr timeout - Time limit for `src`, in milliseconds (default 15000).
 * @attr heading-level - Level of the panel's heading, 2–6 (default 3); severity headings are one below.
 * @attr lang - The language: `zh-CN`, `en`, or `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`) once `locales/zh-Hant` is loaded; else the nearest ancestor's `lang`, else `<html lang>`; a language not loaded reads zh-CN.
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
export class RuleOfLawFindings extends RuleOfLawElement<FindingsShown> {
  static override styles = [baseStyles, findingsStyles];

  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    items: { attribute: false },
    indicator: { reflect: true },
    src: { reflect: true },
  };

  /** A whole report: validated and computed with core. */
  report?: Report;

  /** Findings given directly, instead of `report`. */
  items?: readonly Finding[];

  /** Show only the findings about this indicator id. */
  indicator?: string;

  /** URL of the report JSON (when neither `report` nor `items` is given). */
  src?: string;

  protected get box(): string {
    return 'findings';
  }

  /** `src` or the inline JSON: loaded only when neither `report` nor `items` is given. */
  protected reportInputs(): readonly (ReportInput | undefined)[] {
    if (this.items != null || this.report != null) return [];
    return [this.src ? { src: this.src } : inlineInput(this)];
  }

  /** The findings given, else those of the report given or loaded. */
  protected resolve(loaded: ReportsState): Outcome<FindingsShown> {
    if (this.items) return { status: 'ready', shown: { findings: this.items, labels: NO_LABELS } };
    const report = this.report ?? (loaded.status === 'ready' ? loaded.reports[0]!.report : undefined);
    if (report == null) return loaded.status === 'ready' ? { status: 'empty' } : loaded;
    const prepared = prepareReport(report);
    if (!prepared.ok) return { status: 'error', error: prepared.error };
    const labels = new Map(prepared.report.indicators.map((indicator) => [indicator.id, indicator.label]));
    return { status: 'ready', shown: { findings: prepared.computed.findings, labels } };
  }

  protected override readyKey(shown: FindingsShown): unknown {
    return shown.findings;
  }

  protected renderReady({ findings, labels }: FindingsShown): TemplateResult {
    const { indicator } = this;
    const shown = indicator ? findings.filter((finding) => finding.indicatorIds.includes(indicator)) : findings;
    return findingsView(shown, labels, this.level, this.viewContext);
  }
}
