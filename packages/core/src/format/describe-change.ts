import type { Locale } from '../schema/localized-text.js';
import type { Qualifier } from '../schema/qualifier.js';

/** The words of a change in each direction, per locale. */
export type ChangeWords = Readonly<Record<Locale, { readonly up: string; readonly down: string; readonly unchanged: string }>>;

/** Words for a relative change in percent: 增长 / 下降. */
export const GROWTH_WORDS: ChangeWords = {
  'zh-CN': { up: '增长', down: '下降', unchanged: '持平' },
  en: { up: 'up', down: 'down', unchanged: 'unchanged' },
};

/** How each language puts a change's direction, bound and amount together. */
const GRAMMAR: Readonly<
  Record<
    Locale,
    {
      readonly uncertain: (bound: 'at_least' | 'at_most', signed: string) => string;
      readonly aboutUnchanged: string;
      readonly exact: (verb: string, amount: string) => string;
      readonly bounded: (bound: 'approximately' | 'at_least', verb: string, amount: string) => string;
    }
  >
> = {
  'zh-CN': {
    uncertain: (bound, signed) => `增减不确定（变化${bound === 'at_least' ? '不低于' : '不超过'}${signed}）`,
    aboutUnchanged: '基本持平',
    exact: (verb, amount) => `${verb}${amount}`,
    bounded: (bound, verb, amount) => `${bound === 'approximately' ? '约' : '至少'}${verb}${amount}`,
  },
  en: {
    uncertain: (bound, signed) => `direction uncertain (change of ${bound === 'at_least' ? 'at least' : 'at most'} ${signed})`,
    aboutUnchanged: 'about unchanged',
    exact: (verb, amount) => `${verb} ${amount}`,
    bounded: (bound, verb, amount) => `${verb} ${bound === 'approximately' ? 'about' : 'at least'} ${amount}`,
  },
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
 *
 * `language` is the language written in (`zh-CN` or `en`); a locale in another script converts the whole
 * (see `writeIn`), so `magnitude` writes in that language too.
 */
export function describeChange(value: number, qualifier: Qualifier, magnitude: (absolute: number) => string, words: ChangeWords, language: Locale): string {
  const way = direction(value, qualifier);
  const word = words[language];
  const grammar = GRAMMAR[language];
  const signed = `${value > 0 ? '+' : value < 0 ? '−' : ''}${magnitude(Math.abs(value))}`;
  if (way === 'uncertain') return grammar.uncertain(qualifier === 'at_least' ? 'at_least' : 'at_most', signed);
  if (way === 'unchanged') return qualifier === 'approximately' ? grammar.aboutUnchanged : word.unchanged;
  const amount = magnitude(Math.abs(value));
  const verb = way === 'up' ? word.up : word.down;
  if (qualifier === 'exact') return grammar.exact(verb, amount);
  // An "at least" rise or an "at most" fall: the magnitude is a lower bound; "approximately": about.
  return grammar.bounded(qualifier === 'approximately' ? 'approximately' : 'at_least', verb, amount);
}
