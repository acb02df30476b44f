import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type LocaleTag, type Report } from '@rule-of-law/core';
import type { Strings } from '../i18n/strings.js';
import { chineseSpan, reportCitation } from './sources.js';

/**
 * "来源：《title》，publisher，发布日期 2024年3月26日" — the report as a source, linked to the page it was
 * published on when that is an http(s) address. The title stays in Chinese (marked `lang="zh-CN"`).
 */
export function sourceCitation(report: Report, locale: LocaleTag, strings: Strings): TemplateResult {
  const { colon, comma } = strings;
  const publisher = report.source?.publisher;
  return html`${strings.source}${colon}${reportCitation(report, locale)}${publisher ? html`${comma}${chineseSpan(publisher, locale)}` : nothing}${
    report.publishedAt ? html`${comma}${strings.publishedPhrase(formatDate(report.publishedAt, { locale }))}` : nothing
  }`;
}
