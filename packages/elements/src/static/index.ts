/**
 * `@rule-of-law/elements/static`: the report as static HTML, rendered in Node with no DOM — the no-JS
 * fallback to paste inside `<rule-of-law-report>` — and the stylesheet that styles it.
 */
export { InvalidReportError, renderReportHTML, type RenderReportHTMLOptions } from './render-report-html.js';
export { documentCss } from '../internal/styles/document-styles.js';

/** The file name of the stylesheet of the static HTML, written next to the drop-in: `dist/rule-of-law.css`. */
export const STYLESHEET_FILE = 'rule-of-law.css';
