import type { Locale } from '../schema/localized-text.js';
import type { Qualifier } from '../schema/qualifier.js';

/** The words of a change in each direction, per locale. */
export type ChangeWords = Readonly<Record<Locale, { readonly up: string; readonly down: string; readonly unchanged: string }>>;

/** Words for a relative change in percent: 增长 / 下降. */
export const GROWTH_WORDS: ChangeWords = {
  'zh-CN': { up: '增长', down: '下降', unchanged: '持平' },
  en: { up: 'up', down: 'down', unchanged: 'unchanged' },
};

/** Which way a signed change surely went, as far as its qualifier lets us know (`uncertain` when the bound allows both). */
function direction(value: number, qualifier: Qualifier): 'up' | 'down' | 'unchanged' | 'uncertain' {
  if (qualifier === 'at_least') return value > 0 ? 'up' : 'uncertain';
  if (qualifier === 'at_most') return value < 0 ? 'down' : 'uncertain';
  return value > 0 ? 'up' : value < 0 ? 'down' : 'unchanged';
}

/**
 * A signed change in words, direction first, so that it never depends on colour or a sign alone: zh-CN
 * "增加42件", "至少增长7.5%", "持平"; English "up 42 items", "up at least 7.5%". A change whose direction
 * its qualifier leaves open says so ("增减不确定（变化不低于−5件）"). Shared by absolute changes, relative
 * changes and stated year-on-year rates.
 *
 * @example
 * ```ts
 * describeChange(-3.9, 'exact', (x) => `${x}%`, GROWTH_WORDS, 'zh-CN'); // '下降3.9%'
 * ```
 */
export function describeChange(
  value: number,
  qualifier: Qualifier,
  magnitude: (absolute: number) => string,
  words: ChangeWords,
  locale: Locale,
): string {
  const way = direction(value, qualifier);
  const word = words[locale];
  const signed = `${value > 0 ? '+' : value < 0 ? '−' : ''}${magnitude(Math.abs(value))}`;
  if (way === 'uncertain') {
    const bound = qualifier === 'at_least' ? { 'zh-CN': '不低于', en: 'at least' } : { 'zh-CN': '不超过', en: 'at most' };
    return locale === 'zh-CN' ? `增减不确定（变化${bound['zh-CN']}${signed}）` : `direction uncertain (change of ${bound.en} ${signed})`;
  }
  if (way === 'unchanged') {
    if (qualifier === 'approximately') return locale === 'zh-CN' ? '基本持平' : 'about unchanged';
    return word.unchanged;
  }
  const amount = magnitude(Math.abs(value));
  const verb = way === 'up' ? word.up : word.down;
  if (qualifier === 'exact') return locale === 'zh-CN' ? `${verb}${amount}` : `${verb} ${amount}`;
  // An "at least" rise or an "at most" fall: the magnitude is a lower bound; "approximately": about.
  const prefix = qualifier === 'approximately' ? { 'zh-CN': '约', en: 'about' } : { 'zh-CN': '至少', en: 'at least' };
  return locale === 'zh-CN' ? `${prefix['zh-CN']}${verb}${amount}` : `${verb} ${prefix.en} ${amount}`;
}
