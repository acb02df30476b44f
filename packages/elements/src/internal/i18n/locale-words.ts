import { translationOf, type Locale, type LocaleTag, type Translation } from '@rule-of-law/core';

/**
 * One table of the elements' words in a locale: the locale's own (`own`, from the registered translation
 * that carries it, e.g. `locales/zh-Hant.ts`), else the table of its language (zh-CN or en).
 */
export function localeWords<Words extends object>(
  locale: LocaleTag,
  builtIn: Readonly<Record<Locale, Words>>,
  own: (translation: Translation) => Words | undefined,
): Words {
  const translation = translationOf(locale);
  return own(translation) ?? builtIn[translation.language];
}
