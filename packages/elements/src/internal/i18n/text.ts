import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fallsBackToChinese, localized, type Issuer, type LocaleTag, type LocalizedText } from '@rule-of-law/core';

/**
 * A localized text as a `<span>`, marked `lang="zh-CN"` when English was wanted but only Chinese
 * exists, so screen readers switch voice. Always a text binding: data never becomes HTML.
 */
/**
 * A text written only in Chinese (a report's title, its publisher, an issuer without an English name) as a
 * locale shows it: converted to its script (zh-Hant), and with the `lang` to mark it by when the locale reads
 * another language (`zh-CN` in English), so that screen readers switch voice.
 */
export function chineseText(text: string, locale: LocaleTag): ShownText {
  return shownText({ 'zh-CN': text }, locale);
}

/** An issuer's name in a locale: the English name in English when the report gives one, else the Chinese (converted to the locale's script). */
export function issuerText(issuer: Pick<Issuer, 'name' | 'nameEn'>, locale: LocaleTag): ShownText {
  return shownText({ 'zh-CN': issuer.name, en: issuer.nameEn }, locale);
}

/** A text as a locale shows it, and the `lang` to mark it by when it fell back to Chinese. */
interface ShownText {
  readonly text: string;
  readonly lang: string | undefined;
}

function shownText(written: LocalizedText, locale: LocaleTag): ShownText {
  return { text: localized(written, locale), lang: fallsBackToChinese(written, locale) ? 'zh-CN' : undefined };
}

export function textSpan(text: LocalizedText, locale: LocaleTag, part?: string): TemplateResult {
  const shown = shownText(text, locale);
  return html`<span part=${ifDefined(part)} lang=${ifDefined(shown.lang)}>${shown.text}</span>`;
}
