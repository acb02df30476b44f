import type { Locale } from '@rule-of-law/core';

/**
 * The language of messages: `--lang` when given (zh-CN or en), else the environment's LC_ALL,
 * LC_MESSAGES or LANG (en… → en, zh… → zh-CN), else zh-CN.
 *
 * @example
 * ```ts
 * chooseLocale(undefined, { LANG: 'en_US.UTF-8' }); // 'en'
 * chooseLocale('zh-CN', { LANG: 'en_US.UTF-8' }); // 'zh-CN'
 * ```
 */
export function chooseLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (flag !== undefined) return /^en\b/i.test(flag) ? 'en' : 'zh-CN';
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en\b|^en_/i.test(tag) ? 'en' : 'zh-CN';
}

/** True when `--lang` was given a value this tool speaks. */
export function isSupportedLang(flag: string): boolean {
  return /^(zh(-CN|_CN)?|zh-Hans|en(-[A-Z]{2}|_[A-Z]{2})?)$/i.test(flag);
}
