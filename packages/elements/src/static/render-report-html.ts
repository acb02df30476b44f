import { reportDataBlock } from './report-data-block.js';
import { reportTemplate, type RenderReportHTMLOptions } from './report-template.js';
import { staticMarkup } from './static-markup.js';

export { InvalidReportError, type RenderReportHTMLOptions } from './report-template.js';

/**
 * Renders a report as static, semantic HTML in Node (no DOM, no script needed): the same report
 * `<rule-of-law-report>` draws — header, headline figures, one section per family with its figures
 * (as written, "996余人次"), rates and breakdowns (each an inline SVG chart with `role="img"`, a name
 * and description generated from the data, patterns besides colours, and a real `<table>` of the same
 * numbers), the findings and the source — through the same views, strings, formatting and chart
 * geometry, rendered to a string with Lit's server rendering.
 *
 * Every piece of data is escaped. The output has no script, no event handler, no `style`
 * attribute and no `<style>` element: it is styled by `dist/rule-of-law.css`, so it passes a strict
 * Content-Security-Policy. Paste it inside `<rule-of-law-report>`: readers see it before the element
 * upgrades or when JavaScript does not run; the element then takes over. With `withData`, the report's JSON
 * comes first as an inline data block (`<script type="application/json">`, never run), for an element without `src`.
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
  const markup = staticMarkup(reportTemplate(report, options), options.hydratable);
  return options.withData ? `${reportDataBlock(report)}\n${markup}` : markup;
}
