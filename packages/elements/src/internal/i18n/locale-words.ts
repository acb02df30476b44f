import { translationOf, type Locale, type LocaleTag, type Translation } from '@rule-of-law/core';
import { convertWords } from './convert-words.js';

const converted = new WeakMap<Translation, Map<object, object>>();

/**
 * One table of the elements' words in a locale: the locale's own (`own`, from a registered translation
 * that carries it), else the table of its language (zh-CN or en), converted to its script when it has
 * one (zh-Hant), once per locale and table.
 */
export function localeWords<Words extends object>(
  locale: LocaleTag,
  builtIn: Readonly<Record<Locale, Words>>,
  own: (translation: Translation) => Words | undefined,
): Words {
  const translation = translationOf(locale);
  const words = own(translation);
  if (words) return words;
  const base = builtIn[translation.language];
  const { convert } = translation;
  if (!convert) return base;
  let tables = converted.get(translation);
  if (!tables) converted.set(translation, (tables = new Map()));
  let table = tables.get(base) as Words | undefined;
  if (!table) tables.set(base, (table = convertWords(base, convert)));
  return table;
}
