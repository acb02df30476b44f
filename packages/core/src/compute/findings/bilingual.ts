import type { BilingualText, Locale } from '../../schema/localized-text.js';

/** A message's writer in each language, called with its own language: the words of each language as data. */
export type Writers = { readonly [L in Locale]: (language: L) => string };

/**
 * A message in both languages the library writes: each language's own writer (`{ 'zh-CN': …, en: … }`),
 * or one writer for both when nothing but the looked-up words differs. Findings, comparison notes and
 * aggregate notes write their messages with it.
 *
 * @example
 * ```ts
 * bilingual({ 'zh-CN': (language) => `“${localized(label, language)}”无法计算`, en: (language) => `“${localized(label, language)}” cannot be computed` });
 * bilingual((language) => REFUSAL_MESSAGES.rank[language]); // { 'zh-CN': '名次不能相加', en: 'ranks cannot be added' }
 * ```
 */
export function bilingual(write: Writers | ((language: Locale) => string)): BilingualText {
  const text = (language: Locale): string => (typeof write === 'function' ? write(language) : (write[language] as (language: Locale) => string)(language));
  return { 'zh-CN': text('zh-CN'), en: text('en') };
}
