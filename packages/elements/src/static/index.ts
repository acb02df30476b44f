/**
 * `@rule-of-law/elements/static`: the report, the trend chart and the comparison of two reports as
 * static HTML, rendered in Node with no DOM — the no-JS fallbacks to paste inside `<rule-of-law-report>`,
 * `<rule-of-law-trend>` and `<rule-of-law-compare>` — and the stylesheets that style them.
 */
export { InvalidReportError, renderReportHTML, type RenderReportHTMLOptions } from './render-report-html.js';
export { renderTrendHTML, trendCss, type RenderTrendHTMLOptions } from './render-trend-html.js';
export { compareCss, renderCompareHTML, type RenderCompareHTMLOptions } from './render-compare-html.js';
export { documentCss } from '../internal/styles/document-styles.js';

/** The file name of the stylesheet of the static HTML, written next to the drop-in: `dist/rule-of-law.css`. */
export const STYLESHEET_FILE = 'rule-of-law.css';
