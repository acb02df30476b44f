import type { CSSResult } from 'lit';
import { breakdownStyles } from '../../components/breakdown/breakdown.styles.js';
import { figureStyles } from '../../components/figure/figure.styles.js';
import { findingsStyles } from '../../components/findings/findings.styles.js';
import { rateStyles } from '../../components/rate/rate.styles.js';
import { reportStyles } from '../../components/report/report.styles.js';
import { baseStyles } from './base.styles.js';

/** The class every inline box standing for an element's host carries (static HTML, light DOM). */
export const HOST_CLASS = 'rol-host';

/** Each element's own shadow styles and the class of the box that stands for its host in the page. */
const SHEETS: readonly (readonly [name: string, styles: CSSResult])[] = [
  ['report', reportStyles],
  ['figure', figureStyles],
  ['rate', rateStyles],
  ['breakdown', breakdownStyles],
  ['findings', findingsStyles],
];

/**
 * An element's shadow styles rewritten for the page: `:host` becomes `host` (`:host([theme=…])` its
 * `[data-theme=…]`); every other selector is placed inside `host` and kept out of the boxes of elements
 * nested in it (`:where(:not(host .rol-host *))`, what the shadow boundary did). Each rule gains the
 * weight of one class, so the rules keep their order of precedence. At-rule blocks (`@media`,
 * `@container`…) are rewritten inside; `@keyframes` steps are left alone.
 *
 * @example
 * ```ts
 * scopeCss(':host{display:block}.value{font-weight:700}', '.rol-figure');
 * // '.rol-figure{display:block}.rol-figure .value:where(:not(.rol-figure .rol-host *)){font-weight:700}'
 * ```
 */
export function scopeCss(css: string, host: string, isolate = true): string {
  const guard = isolate ? `:where(:not(${host} .${HOST_CLASS} *))` : '';
  const scope = (selector: string): string =>
    selector.startsWith(':host')
      ? selector.replace(/^:host(?:\(([^()]*(?:\([^()]*\))?[^()]*)\))?/, (_, argument = '') => host + argument.replace(/\[theme/g, '[data-theme'))
      : `${host} ${selector.replace(/(::[\w-]+)?$/, `${guard}$1`)}`;
  return css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/(^|[{}])(\s*)([^{}@]+?)\s*\{/g, (_, before: string, space: string, list: string) =>
      before + space + (/^((from|to|[\d.]+%)\s*,?\s*)+$/.test(list) ? list : list.split(/,(?![^(]*\))/).map((selector) => scope(selector.trim())).join(',')) + '{',
    );
}

let cached: string | undefined;

/**
 * The stylesheet of the page-level markup (the static HTML of `renderReportHTML` and the elements'
 * `render-root="light"` rendering): the elements' own shadow styles, rewritten so that `.rol-host`
 * boxes stand for their hosts. The same text is written to `dist/rule-of-law.css` at build time and
 * adopted by light-DOM elements, so both look exactly like the shadow-DOM elements.
 */
export function documentCss(): string {
  cached ??= [
    // The hosts themselves, before they upgrade and with render-root="light" (where no :host rule applies).
    `${SHEETS.map(([name]) => `rule-of-law-${name}:not([hidden])`).join()}{display:block}`,
    scopeCss(baseStyles.cssText, `.${HOST_CLASS}`, false),
    ...SHEETS.map(([name, styles]) => scopeCss(styles.cssText, `.rol-${name}`)),
  ].join('\n');
  return cached;
}

const adopted = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopts {@link documentCss} into `document` once, as a constructable stylesheet: allowed by a strict
 * Content-Security-Policy (no `<style>` element, no `style` attribute). Does nothing where constructable
 * stylesheets are not supported: the page then needs `rule-of-law.css` linked.
 */
export function adoptDocumentStyles(document: Document): void {
  const view = document.defaultView;
  if (adopted.has(document) || !view || !('adoptedStyleSheets' in document) || !('replaceSync' in view.CSSStyleSheet.prototype)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(documentCss());
  adopted.set(document, sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
