import type { CSSResult } from 'lit';
import type { ScopedSheet } from './scoped-sheet.js';
import { breakdownStyles } from '../../components/breakdown/breakdown.styles.js';
import { figureStyles } from '../../components/figure/figure.styles.js';
import { findingsStyles } from '../../components/findings/findings.styles.js';
import { rateStyles } from '../../components/rate/rate.styles.js';
import { reportStyles } from '../../components/report/report.styles.js';
import { baseStyles } from './base.styles.js';

/** The class every inline box standing for an element's host carries (static HTML, light DOM). */
const HOST_CLASS = 'rol-host';

/**
 * What the shadow root does for the shadow-DOM elements, done for the page's markup: the site's rules for
 * elements (`h1–h4`, `td, th`, `ul, li`, `* { margin: 0; font-size: 12px }`, `a`) and for its content area
 * (`.article p { text-indent: 2em; line-height: 30px }`: a class and an element) are rolled back to the
 * browser's defaults inside the boxes, as if they did not reach them; inherited properties (the site's font
 * family and text colour) still flow in from around the box. SVG drawings are left to their attributes, with
 * only their text size rolled back. As specific as a class and an element, and after the site's stylesheets
 * (adopted sheets come last; link `rule-of-law.css` after the site's): the boxes' own rules, one class more
 * specific ({@link scopeCss}'s hosts are two classes), still apply over it. Not in a cascade layer: any unlayered
 * site rule would outrank a layered one, whatever its specificity. Rules naming an id
 * (`#zoom p`) outrank it: the webmasters' guide says how to scope those.
 */
const HOST_PAGE_RESET = `.${HOST_CLASS} :not(svg,svg *){all:revert}.${HOST_CLASS} :is(svg,svg *){font-size:revert}`;

/** The report and its parts: what the static HTML uses, in `rule-of-law.css` and adopted by every light-DOM element. */
const SHEETS: readonly ScopedSheet[] = [
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
 * weight of two classes (`.rol-host.rol-figure`), so the rules keep their order of precedence and outrank
 * {@link HOST_PAGE_RESET}. At-rule blocks (`@media`,
 * `@container`…) are rewritten inside; `@keyframes` steps are left alone.
 *
 * @example
 * ```ts
 * scopeCss(':host{display:block}.value{font-weight:700}', '.rol-host.rol-figure');
 * // '.rol-host.rol-figure{display:block}.rol-host.rol-figure .value:where(:not(.rol-host.rol-figure .rol-host *)){font-weight:700}'
 * ```
 */
function scopeCss(css: string, host: string, isolate = true): string {
  const guard = isolate ? `:where(:not(${host} .${HOST_CLASS} *))` : '';
  const scope = (selector: string): string =>
    selector.startsWith(':host')
      ? selector.replace(/^:host(?:\(([^()]*(?:\([^()]*\))?[^()]*)\))?/, (_, argument = '') => host + argument.replace(/\[theme/g, '[data-theme'))
      : `${host} ${selector.replace(/(::[\w-]+)?$/, `${guard}$1`)}`;
  return css.replace(/\/\*[^]*?\*\//g, '').replace(
    /(^|[{}])(\s*)([^{}@]+?)\s*\{/g,
    (_, before: string, space: string, list: string) =>
      before +
      space +
      (/^((from|to|[\d.]+%)\s*,?\s*)+$/.test(list)
        ? list
        : list
            .split(/,(?![^(]*\))/)
            .map((selector) => scope(selector.trim()))
            .join(',')) +
      '{',
  );
}

/** The hosts of `sheets` as blocks, before they upgrade and with render-root="light" (where no :host rule applies). */
const hostsCss = (sheets: readonly ScopedSheet[]): string => `${sheets.map(([name]) => `rule-of-law-${name}:not([hidden])`).join()}{display:block}`;

/** The shadow styles of one element kind, scoped to its boxes. */
const boxCss = ([name, styles]: ScopedSheet): string => scopeCss(styles.cssText, `.${HOST_CLASS}.rol-${name}`);

/**
 * The page rules of element kinds beyond the report and its parts (the trend chart, the comparison): their
 * hosts as blocks and their shadow styles scoped to their boxes. They rest on {@link documentCss} (the
 * tokens and the shared boxes of the base styles), adopted before them.
 *
 * @example
 * ```ts
 * extraCss(['trend', trendStyles]); // 'rule-of-law-trend:not([hidden]){display:block}\n.rol-trend{…}…'
 * ```
 */
export function extraCss(sheet: ScopedSheet): string {
  return `${hostsCss([sheet])}\n${boxCss(sheet)}`;
}

let cached: string | undefined;

/** The custom property `rule-of-law.css` sets on the root: an element in the light DOM finds the page rules already there by it. */
const PAGE_SHEET_PROPERTY = '--rol-page-css';
const PAGE_SHEET_MARK = `:root{${PAGE_SHEET_PROPERTY}:1}`;

/** True when the page already holds {@link documentCss} (`rule-of-law.css` linked, wherever it is served from). */
function hasPageRules(document: Document, view: Window): boolean {
  return view.getComputedStyle(document.documentElement).getPropertyValue(PAGE_SHEET_PROPERTY).trim() === '1';
}

/**
 * The stylesheet of the page-level markup (the static HTML of `renderReportHTML` and the elements'
 * `render-root="light"` rendering): the elements' own shadow styles, rewritten so that `.rol-host`
 * boxes stand for their hosts. The same text is written to `dist/rule-of-law.css` at build time and
 * adopted by light-DOM elements, so both look exactly like the shadow-DOM elements. The trend chart's and
 * the comparison's rules are not in it: they are adopted by those elements ({@link adoptDocumentStyles}).
 */
export function documentCss(): string {
  cached ??= [PAGE_SHEET_MARK, hostsCss(SHEETS), HOST_PAGE_RESET, scopeCss(baseStyles.cssText, `.${HOST_CLASS}.${HOST_CLASS}`, false), ...SHEETS.map(boxCss)].join(
    '\n',
  );
  return cached;
}

/** What was adopted into each document: `baseStyles` for {@link documentCss}, an extra sheet's styles for its rules. */
const adopted = new WeakMap<Document, Set<CSSResult>>();

/**
 * Adopts {@link documentCss} into `document` once (unless the page links `rule-of-law.css`, which holds it), then `extra` (one element kind's own rules, see
 * {@link extraCss}) once, each as a constructable stylesheet: allowed by a strict Content-Security-Policy
 * (no `<style>` element, no `style` attribute). An element kind's rules thus reach the page only where
 * such an element is drawn into it, after the page stylesheet (the order of the shadow styles). Does
 * nothing where constructable stylesheets are not supported (outside the supported browsers): the page
 * then needs `rule-of-law.css` linked, which holds {@link documentCss}.
 */
export function adoptDocumentStyles(document: Document, extra?: ScopedSheet): void {
  if (extra) adoptDocumentStyles(document);
  const view = document.defaultView;
  const key = extra?.[1] ?? baseStyles;
  const done = adopted.get(document) ?? new Set();
  if (done.has(key) || !view || !('adoptedStyleSheets' in document) || !('replaceSync' in view.CSSStyleSheet.prototype)) return;
  adopted.set(document, done.add(key));
  // The page links rule-of-law.css: adopting the same rules again would only make the browser match them twice.
  if (!extra && hasPageRules(document, view)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(extra ? extraCss(extra) : documentCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
