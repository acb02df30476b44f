import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, type Locale, type LocalizedText } from '@rule-of-law/core';

/**
 * A localized text as a `<span>`, marked `lang="zh-CN"` when English was wanted but only Chinese
 * exists, so screen readers switch voice. Always a text binding: data never becomes HTML.
 */
export function textSpan(text: LocalizedText, locale: Locale, part?: string): TemplateResult {
  const fellBack = locale === 'en' && text.en === undefined;
  return html`<span part=${ifDefined(part)} lang=${ifDefined(fellBack ? 'zh-CN' : undefined)}>${localized(text, locale)}</span>`;
}
