import type { Locale, LocalizedText } from '../schema/localized-text.js';

/**
 * The text in the wanted locale, falling back to zh-CN (always present).
 *
 * @example
 * ```ts
 * localized({ 'zh-CN': '行政复议', en: 'Reconsideration' }, 'en'); // 'Reconsideration'
 * ```
 */
export function localized(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}

/** The library's locale for any BCP 47 tag: `en…` → en, anything else → zh-CN. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
