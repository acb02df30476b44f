import { adoptStyles, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { adoptDocumentStyles } from '../../internal/styles/document-styles.js';
import {
  compareReports,
  type ComputedReport,
  formatChange,
  formatPeriod,
  type IndicatorComparison,
  type LocaleTag,
  localized,
  type Report,
  type ReportComparison,
} from '@rule-of-law/core';
import { DIRECTION_SYMBOLS, directionOfChange } from '../../internal/compare/direction.js';
import { ReportsLoader } from '../../internal/data/reports-loader.js';
import { emit } from '../../internal/events.js';
import { issuerText } from '../../internal/i18n/text.js';
import { comparisonStrings } from '../../internal/i18n/comparison-strings.js';
import { stringsOf } from '../../internal/i18n/strings.js';
import { reportCitation } from '../../internal/templates/sources.js';
import { reportChangeStyles } from './report-change.styles.js';
import type { PreviousHost, PreviousRender, PreviousSupport } from './report-previous.js';

/** True when `current` is the calendar year after `previous`'s calendar year ("较上年" rather than "较2021年"). */
function isLastYear(previous: Report, current: Report): boolean {
  const calendar = (period: Report['period']) => {
    const year = Number(period.start.slice(0, 4));
    return period.start === `${year}-01-01` && period.end === `${year}-12-31` ? year : undefined;
  };
  const before = calendar(previous.period);
  const after = calendar(current.period);
  return before !== undefined && after === before + 1 && previous.issuer.name === current.issuer.name;
}

/**
 * The change of one indicator as the report shows it beside its figure: zh-CN "较上年 ▲ 增加42件",
 * English "▲ up 42 items on last year"; "？" with the reason when there is no safe change ("单位不同，
 * 不作比较", an "at least" figure's open direction); "上年报告无此项" for an indicator new this year.
 * The symbol is hidden from screen readers; the words carry the direction.
 */
function changeLine(entry: IndicatorComparison | undefined, since: string, newText: string, locale: LocaleTag): TemplateResult | typeof nothing {
  if (!entry || entry.status === 'removed') return nothing;
  if (entry.status === 'added') return html`<p part="change" class="change change-new">${newText}</p>`;
  if (!entry.change) return nothing;
  const direction = directionOfChange(entry.change);
  const symbol = html`<span class="symbol" aria-hidden="true">${DIRECTION_SYMBOLS[direction]}</span>`;
  const text = formatChange(entry.change, { locale });
  return comparisonStrings(locale).sinceFirst
    ? html`<p part="change" class="change change-${direction}">${since} ${symbol} ${text}</p>`
    : html`<p part="change" class="change change-${direction}">${symbol} ${text} ${since}</p>`;
}

/**
 * `<rule-of-law-report>`'s `previous` support: loads `previous` (or `previous-src`, with the report's
 * time limit, abandoned when it changes), compares it with the report through core's `compareReports`,
 * and renders the change beside each figure. Registered by `define/compare.js`; the plain drop-in
 * never contains it. A failure to load the earlier report is a visible alert and a `rol-error`, while
 * the report itself stays shown.
 */
class ReportChangeSupport implements ReactiveController, PreviousSupport {
  private readonly loader: ReportsLoader;
  private memo: { readonly previous: Report; readonly current: Report; readonly comparison: ReportComparison } | undefined;

  constructor(private readonly host: PreviousHost) {
    this.loader = new ReportsLoader(host, {
      inputs: () => (host.previous != null ? [{ report: host.previous }] : host.previousSrc ? [{ src: host.previousSrc }] : []),
      timeoutMs: () => host.timeout,
      settled: (state) => {
        if (state.status === 'error') emit(host, 'rol-error', state.error);
      },
    });
    host.addController(this);
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, reportChangeStyles]);
    // render-root="light": the same rules, scoped to the report's box, adopted into the page.
    else if (root === host) adoptDocumentStyles(host.ownerDocument, ['report', reportChangeStyles]);
    this.loader.sync();
  }

  hostUpdate(): void {
    this.loader.sync();
  }

  render(report: Report, _computed: ComputedReport, locale: LocaleTag): PreviousRender {
    const { state } = this.loader;
    const words = comparisonStrings(locale);
    if (state.status === 'loading') {
      return {
        summary: html`<div part="compared-with" class="state loading" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true"></span><span>${words.loadingPrevious}</span>
        </div>`,
        change: () => nothing,
      };
    }
    if (state.status === 'error') {
      const retry = state.error.retryable;
      return {
        summary: html`<div part="error" class="state error" role="alert">
          <p class="error-title">${words.previousError}</p>
          <p class="error-message">${localized(state.error.message, locale)}</p>
          ${retry ? html`<p><button type="button" part="retry" @click=${() => this.loader.reload()}>${stringsOf(locale).retry}</button></p>` : nothing}
        </div>`,
        change: () => nothing,
      };
    }
    if (state.status !== 'ready') return { summary: nothing, change: () => nothing };
    const previous = state.reports[0]!.report;
    if (this.memo?.previous !== previous || this.memo.current !== report) {
      this.memo = { previous, current: report, comparison: compareReports(previous, report) };
    }
    const { comparison } = this.memo;
    const byId = new Map(comparison.indicators.map((entry) => [entry.id, entry]));
    const lastYear = isLastYear(previous, report);
    const sameIssuer = previous.issuer.name === report.issuer.name;
    const side = sameIssuer ? formatPeriod(previous.period, { locale }) : issuerText(previous.issuer, locale).text;
    const since = words.changeSince(side, lastYear);
    const newText = words.newThisYear(side, lastYear);
    const general = comparison.notes.filter((note) => note.indicatorIds.length === 0);
    return {
      summary: html`<div part="compared-with" class="compared-with">
        <p>${words.comparedWith}${words.colon}${reportCitation(previous, locale)}${words.aside(formatPeriod(previous.period, { locale }))}</p>
        ${general.length > 0 ? html`<ul>${general.map((note) => html`<li>${localized(note.message, locale)}</li>`)}</ul>` : nothing}
      </div>`,
      change: (id) => changeLine(byId.get(id), since, newText, locale),
    };
  }
}

/** The factory {@link registerPreviousSupport} takes. */
export function reportChangeSupport(host: PreviousHost): PreviousSupport {
  return new ReportChangeSupport(host);
}
