import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, SEVERITIES, type Finding, type Report, type Severity } from '@rule-of-law/core';
import { prepareReport } from '../../internal/data/prepare-report.js';
import { emit, type RolErrorDetail } from '../../internal/events.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { stateStyles } from '../../internal/styles/state.styles.js';
import { tokenStyles } from '../../internal/styles/tokens.styles.js';
import { heading, toHeadingLevel } from '../../internal/templates/heading.js';
import { emptyView, errorView } from '../../internal/templates/states.js';
import { findingsStyles } from './findings.styles.js';

const ICONS: Readonly<Record<Severity, string>> = { error: '✕', warning: '!', info: 'i' };

type FindingsState =
  | { readonly status: 'empty' }
  | { readonly status: 'error'; readonly error: RolErrorDetail }
  | { readonly status: 'ready'; readonly findings: readonly Finding[]; readonly labels: ReadonlyMap<string, Report['indicators'][number]['label']> };

/**
 * @summary The consistency findings about a report (sums that do not add up, rates that do not
 * reconcile, partial breakdowns, late publication…), as lists by severity: errors, warnings, notes.
 *
 * @attr indicator - Show only the findings about this indicator id.
 * @attr heading-level - Level of the panel's heading, 2–6 (default 3); severity headings are one below.
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 *
 * @prop {Report | undefined} report - A whole report: validated and computed with core.
 * @prop {readonly Finding[] | undefined} items - Findings given directly (e.g. `computeReport(report).findings`).
 *
 * @event {CustomEvent<RolErrorDetail>} rol-error - The report is invalid; `detail.issues` says why.
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
  static override styles = [tokenStyles, stateStyles, findingsStyles];

  /** A whole report: validated and computed with core. */
  @property({ attribute: false }) report?: Report;

  /** Findings given directly, instead of `report`. */
  @property({ attribute: false }) items?: readonly Finding[];

  /** Show only the findings about this indicator id. */
  @property({ reflect: true }) indicator?: string;

  /** The level of the panel's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  private state: FindingsState = { status: 'empty' };
  private reported: RolErrorDetail | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && !changed.has('report') && !changed.has('items')) return;
    if (this.items) {
      this.state = { status: 'ready', findings: this.items, labels: new Map() };
    } else if (this.report != null) {
      const prepared = prepareReport(this.report);
      this.state = prepared.ok
        ? {
            status: 'ready',
            findings: prepared.computed.findings,
            labels: new Map(prepared.report.indicators.map((indicator) => [indicator.id, indicator.label])),
          }
        : { status: 'error', error: prepared.error };
    } else {
      this.state = { status: 'empty' };
    }
  }

  override updated(): void {
    if (this.state.status === 'error' && this.state.error !== this.reported) {
      this.reported = this.state.error;
      emit(this, 'rol-error', this.state.error);
    }
  }

  override render(): TemplateResult {
    const { state, locale, strings } = this;
    if (state.status === 'empty') return emptyView(strings);
    if (state.status === 'error') return errorView(state.error, locale, strings);
    const level = toHeadingLevel(this.headingLevel, 3);
    const findings = this.indicator ? state.findings.filter((finding) => finding.indicatorIds.includes(this.indicator!)) : state.findings;
    return html`<section part="base" class="findings" aria-labelledby="title">
      ${heading(level, strings.findingsHeading, { id: 'title', part: 'title' })}
      ${findings.length === 0
        ? html`<p part="empty" class="empty">${strings.noFindings}</p>`
        : SEVERITIES.map((severity) => {
            const group = findings.filter((finding) => finding.severity === severity);
            if (group.length === 0) return nothing;
            return html`<div class="group group-${severity}">
              ${heading(
                toHeadingLevel(level + 1, 4),
                html`<span class="icon" aria-hidden="true">${ICONS[severity]}</span>${strings.severityCount(strings.severity[severity], group.length)}`,
                { part: 'severity' },
              )}
              <ul part="list">
                ${group.map((finding) => this.renderFinding(finding, state.labels))}
              </ul>
            </div>`;
          })}
    </section>`;
  }

  private renderFinding(finding: Finding, labels: ReadonlyMap<string, Report['indicators'][number]['label']>): TemplateResult {
    const { locale, strings } = this;
    const concerned = finding.indicatorIds.map((id) => {
      const label = labels.get(id);
      return label ? localized(label, locale) : id;
    });
    return html`<li part="finding" data-code=${finding.code}>
      <span>${finding.message[locale]}</span>
      ${concerned.length > 0
        ? html`<span class="concerns">${strings.concerns}${locale === 'en' ? ': ' : '：'}${strings.list(concerned)}</span>`
        : nothing}
    </li>`;
  }
}
