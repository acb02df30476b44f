import { type ReportIssue, resolveLocale } from '@rule-of-law/core';
import { prepareReport } from '../internal/data/prepare-report.js';
import type { Layout, Theme } from '../internal/presentation.js';
import { inlineReport } from '../internal/views/report-view.js';
import { viewContext } from '../internal/views/view-context.js';
import { shortHash, staticMarkup } from './static-markup.js';

/** Options of {@link renderReportHTML}; the same choices as the attributes of `<rule-of-law-report>`. */
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

/** {@link renderReportHTML} was given something that is not a valid report: `issues` says why. */
export class InvalidReportError extends Error {
  override readonly name = 'InvalidReportError';
  constructor(readonly issues: readonly ReportIssue<string>[]) {
    super(`Not a valid report: ${issues.map((issue) => `${issue.pointer || '(report root)'} ${issue.message.en}`).join('; ')}`);
  }
}

/**
 * Renders a report as static, semantic HTML in Node (no DOM, no script needed): the same report
 * `<rule-of-law-report>` draws — header, headline figures, one section per family with its figures
 * (as written, "996余人次"), rates and breakdowns (each an inline SVG chart with `role="img"`, a name
 * and description generated from the data, patterns besides colours, and a real `<table>` of the same
 * numbers), the findings and the source — through the same views, strings, formatting and chart
 * geometry, rendered to a string with Lit's server rendering.
 *
 * Every piece of data is escaped. The output has no `<script>`, no event handler, no `style`
 * attribute and no `<style>` element: it is styled by `dist/rule-of-law.css`, so it passes a strict
 * Content-Security-Policy. Paste it inside `<rule-of-law-report>`: readers see it before the element
 * upgrades or when JavaScript does not run; the element then takes over.
 *
 * @throws {InvalidReportError} when `report` is not a valid report.
 *
 * @example
 * ```ts
 * import { renderReportHTML } from '@rule-of-law/elements/static';
 * const html = renderReportHTML(JSON.parse(readFileSync('report.json', 'utf8')), { lang: 'zh-CN' });
 * // '<div class="rol-host rol-report" lang="zh-CN" data-rol-static>…'
 * ```
 */
export function renderReportHTML(report: unknown, options: RenderReportHTMLOptions = {}): string {
  const prepared = prepareReport(report);
  if (!prepared.ok) throw new InvalidReportError(prepared.error.issues);
  const { computed } = prepared;
  const locale = resolveLocale(options.lang);
  const prefix = options.idPrefix ?? `rol-${shortHash(`${computed.report.issuer.name}|${computed.report.title}|${computed.report.period.start}|${locale}`)}`;
  const template = inlineReport(
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
  return staticMarkup(template);
}
