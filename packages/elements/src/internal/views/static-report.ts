import type { TemplateResult } from 'lit';
import { type ComputedReport, resolveLocale } from '@rule-of-law/core';
import { VERSION } from '../../version.js';
import type { Layout, Theme } from '../presentation.js';
import { shortHash } from '../short-hash.js';
import { inlineParts, reportBox, reportView } from './report-view.js';
import { viewContext } from './view-context.js';

/** How a report's static copy is drawn; the same choices as the attributes of `<rule-of-law-report>`. */
export interface StaticReportOptions {
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

/** The prefix of every id in a report's static copy: `options.idPrefix`, else `rol-` and a hash of the report. */
export function staticIdPrefix(computed: ComputedReport, options: StaticReportOptions): string {
  const { report } = computed;
  return options.idPrefix ?? `rol-${shortHash(`${report.issuer.name}|${report.title}|${report.period.start}|${resolveLocale(options.lang)}`)}`;
}

/**
 * What a hydratable static copy records about itself (its box's `data-rol-hydrate`): the library's version, a
 * hash of the report drawn and the options it was drawn with, as JSON. An element adopts the copy's markup only
 * when drawing the report it has loaded with these options gives this very record, so a copy left from an
 * earlier report, another version or other options is drawn anew instead.
 */
export function adoptionRecord(computed: ComputedReport, options: StaticReportOptions): string {
  const { lang, theme, layout, families, findings, headingLevel } = options;
  return JSON.stringify({
    version: VERSION,
    report: shortHash(JSON.stringify(computed.report)),
    options: { lang: resolveLocale(lang), theme, layout, families, findings, headingLevel, idPrefix: staticIdPrefix(computed, options) },
  });
}

/** The options a copy's record names, if it is one (see {@link adoptionRecord}). */
export function recordedOptions(record: string | null): StaticReportOptions | undefined {
  try {
    const parsed: unknown = record === null ? undefined : JSON.parse(record);
    const options = typeof parsed === 'object' && parsed !== null ? (parsed as { options?: unknown }).options : undefined;
    return typeof options === 'object' && options !== null ? (options as StaticReportOptions) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A report's static copy: the report drawn inline with the shared views in its page box, marked as static, as
 * `renderReportHTML` writes it. With `record` (its {@link adoptionRecord}: a hydratable copy), the box carries it;
 * `wrap` wraps the box's content (the element adopting a copy passes the directive it draws the content with, so
 * that both templates have the same shape).
 */
export function staticReport(
  computed: ComputedReport,
  options: StaticReportOptions,
  record?: string,
  wrap: (content: TemplateResult) => unknown = (content) => content,
): TemplateResult {
  const context = viewContext(resolveLocale(options.lang), staticIdPrefix(computed, options));
  const view = reportView(
    computed.report,
    { families: options.families, findings: options.findings !== 'hide', compact: options.layout === 'compact', headingLevel: options.headingLevel },
    inlineParts(computed, context, options.theme),
    context,
  );
  return reportBox(wrap(view), context, options.theme, true, record);
}
