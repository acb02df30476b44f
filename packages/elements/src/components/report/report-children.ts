import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Indicator, Report } from '@rule-of-law/core';
import type { ReportParts } from '../../internal/views/report-view.js';

/** The children's parts, forwarded so that `rule-of-law-report::part(chart)` reaches every chart. */
const EXPORT_PARTS = {
  figure: 'base:figure, label:figure-label, value:figure-value, note:figure-note',
  rate: 'base:rate, label:rate-label, value:rate-value, fraction:rate-fraction, bar:rate-bar, bar-fill:rate-bar-fill, mark:rate-mark',
  breakdown: 'base:breakdown, title:breakdown-title, total:breakdown-total, chart, segment, legend, notes, derived-rates, table, source:breakdown-source',
  findings: 'base:findings, title:findings-title, severity:findings-severity, list:findings-list, finding, empty:findings-empty',
} as const;

/** A figure or rate of `report` as its child element, with its parts forwarded. */
function child(kind: 'figure' | 'rate', report: Report, indicator: Indicator, locale: string, theme: string | undefined): TemplateResult {
  return kind === 'figure'
    ? html`<rule-of-law-figure
        .report=${report}
        indicator=${indicator.id}
        lang=${locale}
        theme=${ifDefined(theme)}
        exportparts=${EXPORT_PARTS.figure}
      ></rule-of-law-figure>`
    : html`<rule-of-law-rate
        .report=${report}
        indicator=${indicator.id}
        lang=${locale}
        theme=${ifDefined(theme)}
        exportparts=${EXPORT_PARTS.rate}
      ></rule-of-law-rate>`;
}

/**
 * The parts of a report drawn in the shadow root: child elements (`<rule-of-law-figure>`, `-rate`,
 * `-breakdown`, `-findings`) each with its own shadow root, given the report as an object (so they neither
 * fetch nor fire `rol-load`), in the report's language and theme, with their parts forwarded.
 *
 * @example
 * ```ts
 * reportView(report, options, childParts(report, this.locale, this.theme), this.viewContext);
 * ```
 */
export function childParts(report: Report, locale: string, theme: string | undefined): ReportParts {
  return {
    figure: (indicator) => child('figure', report, indicator, locale, theme),
    rate: (indicator) => child('rate', report, indicator, locale, theme),
    breakdown: (indicator, options) =>
      html`<rule-of-law-breakdown
        .report=${report}
        indicator=${indicator.id}
        lang=${locale}
        theme=${ifDefined(theme)}
        heading-level=${options.level}
        chart=${options.chart}
        table=${options.collapsed ? 'collapsed' : 'shown'}
        exportparts=${EXPORT_PARTS.breakdown}
      ></rule-of-law-breakdown>`,
    findings: (level) =>
      html`<rule-of-law-findings
        .report=${report}
        lang=${locale}
        theme=${ifDefined(theme)}
        heading-level=${level}
        exportparts=${EXPORT_PARTS.findings}
      ></rule-of-law-findings>`,
  };
}
