import { type ReportIssue, resolveLocale } from '@rule-of-law/core';
import type { TemplateResult } from 'lit';
import { prepareReport } from '../internal/data/prepare-report.js';
import type { Layout, Theme } from '../internal/presentation.js';
import { inlineReport } from '../internal/views/report-view.js';
import { viewContext } from '../internal/views/view-context.js';
import { shortHash } from './markup-text.js';

/** Options of `renderReportHTML`; the same choices as the attributes of `<rule-of-law-report>`. */
export interface RenderReportHTMLOptions {
  /** The language: `zh-CN` (default) or `en` (any tag starting with `en`). */
  readonly lang?: string;
  /** Token set: `light` (default), `dark`, `high-contrast` or `auto`. */
  readonly theme?: Theme;
  /** `full` (default) or `compact`. */
  readonly layout?: Layout;
  /** Which families to show, in order, e.g. `"reconsideration litigation"` (default: all present). */
  readonly families?: string;
  /** `show` (default) or `hide` the findings panel. */
  readonly findings?: 'show' | 'hide';
  /** Level of the report's title, 2–5 (default 2). */
  readonly headingLevel?: number;
  /**
   * What every id in the output starts with (headings, chart descriptions, patterns). Default: `rol-`
   * and a hash of the report, so two different reports can share a page.
   */
  readonly idPrefix?: string;
}

/** `renderReportHTML` was given something that is not a valid report: `issues` says why. */
export class InvalidReportError extends Error {
  override readonly name = 'InvalidReportError';
  constructor(readonly issues: readonly ReportIssue<string>[]) {
    super(`Not a valid report: ${issues.map((issue) => `${issue.pointer || '(report root)'} ${issue.message.en}`).join('; ')}`);
  }
}

/**
 * The template of a report's static HTML, for a renderer to turn into markup: Lit's server rendering in Node
 * (`renderReportHTML`), or Lit's own render into a detached element in a browser (the editor's download). Both
 * draw the same views, so both give the same report.
 *
 * @throws {InvalidReportError} when `report` is not a valid report.
 */
export function reportTemplate(report: unknown, options: RenderReportHTMLOptions = {}): TemplateResult {
  const prepared = prepareReport(report);
  if (!prepared.ok) throw new InvalidReportError(prepared.error.issues);
  const { computed } = prepared;
  const locale = resolveLocale(options.lang);
  const prefix = options.idPrefix ?? `rol-${shortHash(`${computed.report.issuer.name}|${computed.report.title}|${computed.report.period.start}|${locale}`)}`;
  return inlineReport(
    computed,
    {
      families: options.families,
      findings: options.findings !== 'hide',
      compact: options.layout === 'compact',
      headingLevel: options.headingLevel,
      theme: options.theme,
    },
    viewContext(locale, prefix),
  );
}
