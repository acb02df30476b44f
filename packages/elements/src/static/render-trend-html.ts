import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPath, type ReportIssue, resolveLocale } from '@rule-of-law/core';
import { trendStyles } from '../components/trend/trend.styles.js';
import { DEFAULT_PLOT_SIZE, toTrendChart, type TrendChart } from '../internal/chart/trend-charts.js';
import { trendOutcome } from '../internal/chart/trend-outcome.js';
import { prepareReport } from '../internal/data/prepare-report.js';
import type { LoadedReport } from '../internal/data/reports-loader.js';
import { stringsOf } from '../internal/i18n/strings.js';
import type { Theme } from '../internal/presentation.js';
import { extraCss } from '../internal/styles/document-styles.js';
import { toHeadingLevel } from '../internal/templates/heading.js';
import { trendView } from '../internal/views/trend-view.js';
import { viewContext, type ViewContext } from '../internal/views/view-context.js';
import { InvalidReportError } from './render-report-html.js';
import { shortHash } from '../internal/short-hash.js';
import { staticMarkup } from './static-markup.js';

/** Options of {@link renderTrendHTML}; the same choices as the attributes of `<rule-of-law-trend>`. */
export interface RenderTrendHTMLOptions {
  /** The indicator ids to draw, space- or comma-separated (as the `indicators` attribute), or as a list. */
  readonly indicators: string | readonly string[];
  /** The language: `zh-CN` (default) or `en` (any tag starting with `en`). */
  readonly lang?: string | undefined;
  /** Token set: `light` (default), `dark`, `high-contrast` or `auto`. */
  readonly theme?: Theme | undefined;
  /** `line` (default) or `bars`. */
  readonly chart?: TrendChart | undefined;
  /** `shown` (default) or `collapsed` (the table inside a `<details>`, one click away). */
  readonly table?: 'shown' | 'collapsed' | undefined;
  /** Level of the chart's heading, 2–6 (default 3). */
  readonly headingLevel?: number | undefined;
  /**
   * What every id in the output starts with (heading, chart names and descriptions, table caption,
   * patterns). Default: `rol-` and a hash of the reports and options, so that different trends can share a page.
   */
  readonly idPrefix?: string | undefined;
  /**
   * The width the charts are drawn at, in CSS pixels (default 560, what the element draws before it has
   * measured). The SVG scales to its box; the element redraws at the real width once it runs.
   */
  readonly width?: number | undefined;
}

/** `issue` of the report at `index` of the list, with its path starting there. */
function atIndex(issue: ReportIssue<string>, index: number): ReportIssue<string> {
  const path = [index, ...issue.path];
  return { ...issue, path, pointer: formatPath(path) };
}

/** Each input validated and computed with core, or an {@link InvalidReportError} with every issue of every input. */
function prepareAll(reports: unknown): LoadedReport[] {
  if (!Array.isArray(reports)) {
    const message = { 'zh-CN': '应为报告数组（每期一份报告）', en: 'Expected an array of reports (one per period)' };
    throw new InvalidReportError([{ path: [], pointer: '', code: 'invalid_type', message }]);
  }
  const issues: ReportIssue<string>[] = [];
  const loaded: LoadedReport[] = [];
  reports.forEach((input: unknown, index) => {
    const prepared = prepareReport(input);
    if (prepared.ok) loaded.push({ report: prepared.report, computed: prepared.computed });
    else issues.push(...prepared.error.issues.map((issue) => atIndex(issue, index)));
  });
  if (issues.length > 0) throw new InvalidReportError(issues);
  return loaded;
}

/** The trend's own box in the page: `rol-host rol-trend` with the language, the token set and `data-rol-static`. */
function staticBox(content: TemplateResult, context: ViewContext, theme: string | undefined): TemplateResult {
  return html`<div class="rol-host rol-trend" lang=${context.locale} data-theme=${ifDefined(theme)} data-rol-static="">${content}</div>`;
}

/**
 * Renders chosen indicators of several reports as static, semantic HTML in Node (no DOM, no script
 * needed): the same chart `<rule-of-law-trend>` draws — heading, one SVG chart per unit (`role="img"`,
 * a name and description generated from the data, markers, dashes or patterns besides colours, gaps left
 * as gaps, qualified figures marked), the legend, the notes, a real `<table>` of the same numbers (years ×
 * indicators, each as the report wrote it) and every source — through the same view, strings, formatting
 * and chart geometry, at `width` (560 px by default), rendered to a string with Lit's server rendering.
 * The points are not buttons: that takes the element's script.
 *
 * Every piece of data is escaped. The output has no `<script>`, no event handler, no `style` attribute and
 * no `<style>` element. Paste it inside `<rule-of-law-trend>`: readers see it before the element upgrades
 * or when JavaScript does not run; the element then draws the chart in its place. It is styled by
 * `rule-of-law.css` (the page's tokens and boxes) together with {@link trendCss} (the trend's own rules).
 *
 * @throws {InvalidReportError} when `reports` is not an array or holds an invalid report: `issues` has every
 * issue of every report, each path starting with the report's index in `reports`.
 * @throws {RangeError} when there is nothing to draw: no report, no indicator named, or none of them in any report.
 *
 * @example
 * ```ts
 * import { renderTrendHTML } from '@rule-of-law/elements/static';
 * const reports = ['2022.json', '2023.json'].map((file) => JSON.parse(readFileSync(file, 'utf8')));
 * const html = renderTrendHTML(reports, { indicators: 'enforcement.penalties petitions.accepted', lang: 'zh-CN' });
 * // '<div class="rol-host rol-trend" lang="zh-CN" data-rol-static="">…'
 * ```
 */
export function renderTrendHTML(reports: readonly unknown[], options: RenderTrendHTMLOptions): string {
  const loaded = prepareAll(reports);
  const locale = resolveLocale(options.lang);
  if (loaded.length === 0) throw new RangeError(`${stringsOf('en').empty} There is nothing to draw.`);
  const indicators = typeof options.indicators === 'string' ? options.indicators : (options.indicators ?? []).join(' ');
  const outcome = trendOutcome(loaded, indicators);
  if (outcome.status === 'invalid') throw new RangeError(outcome.error.message.en);
  const chart = toTrendChart(options.chart);
  const key = loaded.map(({ report }) => `${report.issuer.name}|${report.period.start}|${report.title}`).join('\n');
  const prefix = options.idPrefix ?? `rol-${shortHash(`${key}|${indicators}|${chart}|${locale}`)}`;
  const context = viewContext(locale, prefix);
  const width = options.width !== undefined && Number.isFinite(options.width) && options.width > 0 ? options.width : DEFAULT_PLOT_SIZE.width;
  const view = trendView(
    outcome.model,
    {
      chart,
      collapsed: options.table === 'collapsed',
      level: toHeadingLevel(options.headingLevel, 3),
      size: { ...DEFAULT_PLOT_SIZE, width },
    },
    context,
  );
  return staticMarkup(staticBox(view, context, options.theme));
}

let cached: string | undefined;

/**
 * The trend chart's own stylesheet for the page, beside `rule-of-law.css` (which does not hold it): what
 * {@link renderTrendHTML}'s output needs to look like the element without JavaScript. The same rules a
 * `<rule-of-law-trend render-root="light">` adopts into the page itself.
 *
 * @example
 * ```ts
 * writeFileSync('dist/rule-of-law-trend.css', trendCss());
 * // <link rel="stylesheet" href="rule-of-law.css"><link rel="stylesheet" href="rule-of-law-trend.css">
 * ```
 */
export function trendCss(): string {
  cached ??= extraCss(['trend', trendStyles]);
  return cached;
}
