import { resolveLocale, toLocale, type Locale, type LocaleTag } from '@rule-of-law/core';
// 繁體中文 for --lang zh-Hant (zh-TW, zh-HK, zh-MO) and for a LANG such as zh_TW.UTF-8.
import '@rule-of-law/core/locales/zh-Hant';

/** The tag of a LANG-style environment value: `en_US.UTF-8` → `en_US`, `C` and `POSIX` → none. */
const envTag = (value: string): string => (/^(C|POSIX)(\.|$)/.test(value) ? '' : value.replace(/[.@].*$/, ''));

/**
 * The locale of messages and of rendered HTML: `--lang` when given (zh-CN, en, zh-Hant and the tags that
 * resolve to them), else the environment's LC_ALL, LC_MESSAGES or LANG (en… → en, zh_TW… → zh-Hant,
 * zh… → zh-CN), else zh-CN.
 *
 * @example
 * ```ts
 * chooseLocaleTag(undefined, { LANG: 'en_US.UTF-8' }); // 'en'
 * chooseLocaleTag('zh-TW', { LANG: 'en_US.UTF-8' }); // 'zh-Hant'
 * ```
 */
export function chooseLocaleTag(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): LocaleTag {
  return resolveLocale(flag ?? envTag(env.LC_ALL || env.LC_MESSAGES || env.LANG || ''));
}

/**
 * The language of messages (zh-CN or en; zh-Hant writes zh-CN's in Traditional characters), from `--lang`
 * or the environment as {@link chooseLocaleTag} reads them.
 *
 * @example
 * ```ts
 * chooseLocale(undefined, { LANG: 'en_US.UTF-8' }); // 'en'
 * chooseLocale('zh-CN', { LANG: 'en_US.UTF-8' }); // 'zh-CN'
 * ```
 */
export function chooseLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  return toLocale(chooseLocaleTag(flag, env));
}

/** True when `--lang` was given a value this tool speaks. */
export function isSupportedLang(flag: string): boolean {
  return /^(zh([-_](CN|Hans|Hant|TW|HK|MO|Hant[-_](TW|HK|MO)))?|en([-_][A-Z]{2})?)$/i.test(flag);
}
