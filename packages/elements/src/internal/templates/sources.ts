import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPeriod, type LocaleTag, type Report } from '@rule-of-law/core';
import { stringsOf } from '../i18n/strings.js';
import { chineseText } from '../i18n/text.js';
import { safeHttpUrl } from './safe-url.js';

/** A text written only in Chinese as a `<span>`, in the locale's script and marked `lang="zh-CN"` where the page reads another language. */
export function chineseSpan(text: string, locale: LocaleTag): TemplateResult {
  const shown = chineseText(text, locale);
  return html`<span lang=${ifDefined(shown.lang)}>${shown.text}</span>`;
}

/**
 * One report as a source: its title in 《》 (Chinese: in the locale's script, marked `lang="zh-CN"` where the
 * page reads another language), linked to its page when that is an http(s) address.
 */
export function reportCitation(report: Report, locale: LocaleTag): TemplateResult {
  const url = safeHttpUrl(report.source?.url);
  const shown = chineseText(report.title, locale);
  const title = html`<cite lang=${ifDefined(shown.lang)}>《${shown.text}》</cite>`;
  return url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : title;
}

/**
 * "来源：《…2022年…》（2022年）；《…2023年…》（2023年）" — every report a chart or table is drawn from,
 * each with its period and publisher, so no figure is shown without saying where it comes from.
 */
export function sourcesCitation(reports: readonly Report[], locale: LocaleTag, label: string): TemplateResult {
  const { colon, clauseSeparator, comma, aside } = stringsOf(locale);
  const [open, close] = aside('\u0000').split('\u0000') as [string, string];
  return html`${label}${colon}${reports.map(
    (report, index) =>
      html`${index > 0 ? clauseSeparator : nothing}${reportCitation(report, locale)}${open}${formatPeriod(report.period, { locale })}${
        report.source?.publisher ? html`${comma}${chineseSpan(report.source.publisher, locale)}` : nothing
      }${close}`,
  )}`;
}
