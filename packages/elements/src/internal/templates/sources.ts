import { html, nothing, type TemplateResult } from 'lit';
import { formatPeriod, type Locale, type Report } from '@rule-of-law/core';
import { safeHttpUrl } from './safe-url.js';

/** One report as a source: its title in 《》 (Chinese, marked so), linked to its page when that is an http(s) address. */
export function reportCitation(report: Report): TemplateResult {
  const url = safeHttpUrl(report.source?.url);
  const title = html`<cite lang="zh-CN">《${report.title}》</cite>`;
  return url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : title;
}

/**
 * "来源：《…2022年…》（2022年）；《…2023年…》（2023年）" — every report a chart or table is drawn from,
 * each with its period and publisher, so no figure is shown without saying where it comes from.
 */
export function sourcesCitation(reports: readonly Report[], locale: Locale, label: string): TemplateResult {
  const colon = locale === 'en' ? ': ' : '：';
  const separator = locale === 'en' ? '; ' : '；';
  return html`${label}${colon}${reports.map(
    (report, index) =>
      html`${index > 0 ? separator : nothing}${reportCitation(report)}${locale === 'en' ? ' (' : '（'}${formatPeriod(report.period, { locale })}${report
        .source?.publisher
        ? html`${locale === 'en' ? ', ' : '，'}<span lang="zh-CN">${report.source.publisher}</span>`
        : nothing}${locale === 'en' ? ')' : '）'}`,
  )}`;
}
