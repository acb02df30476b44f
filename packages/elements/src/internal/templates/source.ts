import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type Locale, type Report } from '@rule-of-law/core';
import type { Strings } from '../i18n/strings.js';
import { safeHttpUrl } from './safe-url.js';

/**
 * "来源：《title》，publisher，发布日期 2024年3月26日" — the report as a source, linked to the page it was
 * published on when that is an http(s) address. The title stays in Chinese (marked `lang="zh-CN"`).
 */
export function sourceCitation(report: Report, locale: Locale, strings: Strings): TemplateResult {
  const colon = locale === 'en' ? ': ' : '：';
  const comma = locale === 'en' ? ', ' : '，';
  const url = safeHttpUrl(report.source?.url);
  const title = html`<cite lang="zh-CN">《${report.title}》</cite>`;
  const publisher = report.source?.publisher;
  return html`${strings.source}${colon}${url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : title}${publisher
      ? html`${comma}<span lang="zh-CN">${publisher}</span>`
      : nothing}${report.publishedAt ? html`${comma}${strings.publishedPhrase(formatDate(report.publishedAt, { locale }))}` : nothing}`;
}
