import { translationOf, writeIn } from '../locale/registry.js';
import type { LocaleTag } from '../locale/translation.js';
import type { Locale, LocalizedText } from '../schema/localized-text.js';

/**
 * The text in the wanted locale, falling back to zh-CN (always present).
 *
 * @example
 * ```ts
 * localized({ 'zh-CN': '行政复议', en: 'Reconsideration' }, 'en'); // 'Reconsideration'
 * ```
 */
export function localized(text: LocalizedText, locale: LocaleTag): string {
  return writeIn(locale, ({ language }) => text[language] ?? text['zh-CN']);
}

/**
 * Whether a text shown in a locale falls back to Chinese (the locale reads English and the text has none):
 * the element then marks it `lang="zh-CN"`, so that screen readers switch voice.
 *
 * @example
 * ```ts
 * fallsBackToChinese({ 'zh-CN': '行政复议' }, 'en'); // true
 * ```
 */
export function fallsBackToChinese(text: LocalizedText, locale: LocaleTag): boolean {
  return text[translationOf(locale).language] === undefined;
}

/**
 * The language a tag reads texts in (see {@link translationOf}): `en…` → en; every Chinese tag, and any
 * tag of a locale not registered, → zh-CN. zh-Hant reads zh-CN and converts it.
 *
 * @example
 * ```ts
 * toLocale('en-US'); // 'en'
 * ```
 */
export function toLocale(tag: string | null | undefined): Locale {
  return translationOf(tag).language;
}
