import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { compareReports, formatPath, type Report, type ReportIssue, resolveLocale } from '@rule-of-law/core';
import { compareStyles } from '../components/compare/compare.styles.js';
import { familyOrder } from '../internal/compare/compare-rows.js';
import { prepareReport } from '../internal/data/prepare-report.js';
import type { Theme } from '../internal/presentation.js';
import { extraCss } from '../internal/styles/document-styles.js';
import { toHeadingLevel } from '../internal/templates/heading.js';
import { compareView } from '../internal/views/compare-view.js';
import { viewContext, type ViewContext } from '../internal/views/view-context.js';
import { InvalidReportError } from './render-report-html.js';
import { shortHash } from '../internal/short-hash.js';
import { staticMarkup } from './static-markup.js';

/** Options of {@link renderCompareHTML}; the same choices as the attributes of `<rule-of-law-compare>`. */
export interface RenderCompareHTMLOptions {
  /** The language: `zh-CN` (default) or `en` (any tag starting with `en`). */
  readonly lang?: string | undefined;
  /** Token set: `light` (default), `dark`, `high-contrast` or `auto`. */
  readonly theme?: Theme | undefined;
  /** Which families to show, in order, e.g. `"reconsideration litigation"` (default: all present). */
  readonly families?: string | undefined;
  /** Level of the heading, 2–6 (default 3); the notes' heading is one below. */
  readonly headingLevel?: number | undefined;
  /**
   * What every id in the output starts with (heading, table captions, the notes' heading). Default: `rol-`
   * and a hash of both reports and the options, so that different comparisons can share a page.
   */
  readonly idPrefix?: string | undefined;
}

/** The sides, in the order of the arguments: what each issue's path starts with. */
const SIDES = ['previous', 'current'] as const;

/** Both inputs validated, or an {@link InvalidReportError} with every issue of both, each path starting with its side. */
function prepareBoth(inputs: readonly [unknown, unknown]): readonly [Report, Report] {
  const issues: ReportIssue<string>[] = [];
  const reports = inputs.map((input, index) => {
    const prepared = prepareReport(input);
    if (prepared.ok) return prepared.report;
    const side = SIDES[index]!;
    issues.push(...prepared.error.issues.map((issue) => ({ ...issue, path: [side, ...issue.path], pointer: formatPath([side, ...issue.path]) })));
    return undefined;
  });
  const [previous, current] = reports;
  if (issues.length > 0 || !previous || !current) throw new InvalidReportError(issues);
  return [previous, current];
}

/** The comparison's own box in the page: `rol-host rol-compare` with the language, the token set and `data-rol-static`. */
function staticBox(content: TemplateResult, context: ViewContext, theme: string | undefined): TemplateResult {
  return html`<div class="rol-host rol-compare" lang=${context.locale} data-theme=${ifDefined(theme)} data-rol-static="">${content}</div>`;
}

/**
 * Renders two reports side by side as static, semantic HTML in Node (no DOM, no script needed): the same
 * comparison `<rule-of-law-compare>` draws — the heading naming both sides, one real `<table>` per indicator
 * family with both figures as the reports wrote them, the change, the relative change and the direction in words
 * and symbols (never colour alone), the notes that make a comparison unsafe beside their rows and in a numbered
 * list, the indicators found in only one report, and both sources — through the same view, strings and
 * formatting, rendered to a string with Lit's server rendering.
 *
 * Every piece of data is escaped. The output has no `<script>`, no event handler, no `style` attribute and no
 * `<style>` element. It is styled by `rule-of-law.css` (the page's tokens and boxes) together with
 * {@link compareCss} (the comparison's own rules).
 *
 * @throws {InvalidReportError} when either input is not a valid report: `issues` has every issue of both, each
 * path starting with `previous` or `current`.
 *
 * @example
 * ```ts
 * import { renderCompareHTML } from '@rule-of-law/elements/static';
 * const [previous, current] = ['2022.json', '2023.json'].map((file) => JSON.parse(readFileSync(file, 'utf8')));
 * const html = renderCompareHTML(previous, current, { lang: 'zh-CN' });
 * // '<div class="rol-host rol-compare" lang="zh-CN" data-rol-static=""><section part="base" class="compare"…'
 * ```
 */
export function renderCompareHTML(previous: unknown, current: unknown, options: RenderCompareHTMLOptions = {}): string {
  const reports = prepareBoth([previous, current]);
  const locale = resolveLocale(options.lang);
  const key = reports.map((report) => `${report.issuer.name}|${report.period.start}|${report.title}`).join('\n');
  const prefix = options.idPrefix ?? `rol-${shortHash(`${key}|${options.families ?? ''}|${locale}`)}`;
  const context = viewContext(locale, prefix);
  const compared = { previous: reports[0], current: reports[1], comparison: compareReports(reports[0], reports[1]) };
  const view = compareView(compared, { families: familyOrder(options.families), level: toHeadingLevel(options.headingLevel, 3) }, context);
  return staticMarkup(staticBox(view, context, options.theme));
}

let cached: string | undefined;

/**
 * The comparison's own stylesheet for the page, beside `rule-of-law.css` (which does not hold it): what
 * {@link renderCompareHTML}'s output needs to look like the element without JavaScript. The same rules a
 * `<rule-of-law-compare render-root="light">` adopts into the page itself.
 *
 * @example
 * ```ts
 * writeFileSync('dist/rule-of-law-compare.css', compareCss());
 * // <link rel="stylesheet" href="rule-of-law.css"><link rel="stylesheet" href="rule-of-law-compare.css">
 * ```
 */
export function compareCss(): string {
  cached ??= extraCss(['compare', compareStyles]);
  return cached;
}
