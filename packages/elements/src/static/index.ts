/**
 * `@rule-of-law/elements/static`: the report and the trend chart as static HTML, rendered in Node with no
 * DOM — the no-JS fallbacks to paste inside `<rule-of-law-report>` and `<rule-of-law-trend>` — and the
 * stylesheets that style them.
 */
export { InvalidReportError, renderReportHTML, type RenderReportHTMLOptions } from './render-report-html.js';
export { renderTrendHTML, trendCss, type RenderTrendHTMLOptions } from './render-trend-html.js';
export { documentCss } from '../internal/styles/document-styles.js';

/** The file name of the stylesheet of the static HTML, written next to the drop-in: `dist/rule-of-law.css`. */
export const STYLESHEET_FILE = 'rule-of-law.css';
