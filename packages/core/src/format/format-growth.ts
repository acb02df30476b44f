import type { RateResult } from '../compute/types.js';
import { isGrowthFormula, type GrowthFormula } from '../schema/indicator.js';
import { writeIn } from '../locale/registry.js';
import type { LocaleTag } from '../locale/translation.js';
import type { Locale } from '../schema/localized-text.js';
import type { Qualifier } from '../schema/qualifier.js';
import { describeChange, GROWTH_WORDS } from './describe-change.js';
import { formatPercent } from './format-number.js';
import { formatQuantity, type QuantityLike } from './format-quantity.js';

/** Options of {@link formatGrowth}. */
export interface FormatGrowthOptions {
  readonly locale: LocaleTag;
  /** How sure the change is (default `exact`): "至少增长…", "约下降…". */
  readonly qualifier?: Qualifier;
  /** Fraction digits of the percentage (default 2). */
  readonly maximumFractionDigits?: number;
}

const MIRRORED: Readonly<Record<Qualifier, Qualifier>> = { exact: 'exact', approximately: 'approximately', at_least: 'at_most', at_most: 'at_least' };

/**
 * A change given in the direction its formula names, as a signed change (a rise positive, a fall
 * negative): a decrease of 3.9 is −3.9, and "a decrease of at least 3.9" is "a change of at most −3.9".
 *
 * @example
 * ```ts
 * signedGrowth(3.9, 'at_least', 'decrease'); // { value: -3.9, qualifier: 'at_most' }
 * ```
 */
export function signedGrowth(value: number, qualifier: Qualifier, formula: GrowthFormula): { value: number; qualifier: Qualifier } {
  return formula === 'increase' ? { value, qualifier } : { value: value === 0 ? 0 : -value, qualifier: MIRRORED[qualifier] };
}

/**
 * A signed year-on-year change in percent, in words, direction first: zh-CN "增长283.6%", "下降3.9%",
 * "至少增长148.1%", "持平"; English "up 283.6%", "down 3.9%", "up at least 148.1%", "unchanged".
 *
 * @example
 * ```ts
 * formatGrowth(-32.9655, { locale: 'zh-CN' }); // '下降32.97%'
 * formatGrowth(283.6, { locale: 'en' });       // 'up 283.6%'
 * ```
 */
export function formatGrowth(value: number, options: FormatGrowthOptions): string {
  const { qualifier = 'exact', maximumFractionDigits = 2 } = options;
  return writeIn(options.locale, ({ language }) =>
    describeChange(value, qualifier, (absolute) => formatPercent(absolute, { locale: language, maximumFractionDigits }), GROWTH_WORDS, language),
  );
}

/** A written change that already says which way it went: 同比增长, 下降, 减少, 上升, 提高… */
const SAYS_DIRECTION = /[增降减升涨跌]|提高/;

/** A stated change as the report wrote it, in the languages that show it so (zh-CN); else composed. */
const STATED_GROWTH: Readonly<Record<Locale, (quantity: QuantityLike, formula: GrowthFormula) => string | undefined>> = {
  'zh-CN': (quantity, formula) => {
    const written = formatQuantity(quantity, { locale: 'zh-CN' });
    return SAYS_DIRECTION.test(written) ? written : `${GROWTH_WORDS['zh-CN'][formula === 'increase' ? 'up' : 'down']}${written}`;
  },
  en: () => undefined,
};

/**
 * A stated year-on-year change (positive, in the direction `formula` names). zh-CN shows the figure as
 * the report wrote it, with 增长 or 下降 in front when the written form does not already say which way
 * ("283.6%" → "增长283.6%"; "同比下降32.96%" stays); English composes it ("up 283.6%", "down 32.96%",
 * "up at least 148.1%"), every stated digit kept.
 *
 * @example
 * ```ts
 * formatStatedGrowth({ value: 3.9, unit: 'percent', written: '3.9%' }, 'decrease', { locale: 'zh-CN' }); // '下降3.9%'
 * formatStatedGrowth({ value: 3.9, unit: 'percent', written: '3.9%' }, 'decrease', { locale: 'en' });    // 'down 3.9%'
 * ```
 */
export function formatStatedGrowth(quantity: QuantityLike, formula: GrowthFormula, options: { readonly locale: LocaleTag }): string {
  return writeIn(options.locale, ({ language }) => {
    const asWritten = quantity.written === undefined ? undefined : STATED_GROWTH[language](quantity, formula);
    if (asWritten !== undefined) return asWritten;
    const signed = signedGrowth(quantity.value, quantity.qualifier ?? 'exact', formula);
    return formatGrowth(signed.value, { locale: language, qualifier: signed.qualifier, maximumFractionDigits: 20 });
  });
}

/** A change with the figures it is measured from, in each language. */
const OPERANDS: Readonly<
  Record<
    Locale,
    { readonly figures: (now: string, before: string) => string; readonly change: (now: string, before: string, words: string, unchanged: boolean) => string }
  >
> = {
  'zh-CN': { figures: (now, before) => `${now}，上期 ${before}`, change: (now, before, words) => `${now}，较上期 ${before}${words}` },
  en: {
    figures: (now, before) => `${now}; ${before} the year before`,
    change: (now, before, words, unchanged) => `${now}, ${words} ${unchanged ? 'from' : 'on'} ${before} the year before`,
  },
};

/** Options of {@link formatGrowthOperands}. */
export interface FormatGrowthOperandsOptions {
  readonly locale: LocaleTag;
  /** The change computed from the two figures; without it (or when undefined) only the figures are written. */
  readonly change?: RateResult;
  /** Fraction digits of the percentage (default 2). */
  readonly maximumFractionDigits?: number;
}

/**
 * A year-on-year change with the figures it is measured from — never as "a ÷ b": zh-CN "3326件，较上期
 * 867件增长283.62%", English "3,326 items, up 283.62% on 867 items the year before"; without a computed
 * change, the two figures ("3326件，上期 867件" / "3,326 items; 867 items the year before").
 *
 * @example
 * ```ts
 * const current = { value: 3326, unit: '件', qualifier: 'exact' } as const;
 * const earlier = { value: 867, unit: '件', qualifier: 'exact' } as const;
 * const change = computeRate(current, earlier, { formula: 'increase' });
 * formatGrowthOperands(current, earlier, { locale: 'zh-CN', change }); // '3326件，较上期 867件增长283.62%'
 * formatGrowthOperands(current, earlier, { locale: 'en', change });    // '3,326 items, up 283.62% on 867 items the year before'
 * ```
 */
export function formatGrowthOperands(current: QuantityLike, earlier: QuantityLike, options: FormatGrowthOperandsOptions): string {
  const { change } = options;
  return writeIn(options.locale, ({ language }) => {
    const now = formatQuantity(current, { locale: language });
    const before = formatQuantity(earlier, { locale: language });
    const sentence = OPERANDS[language];
    if (!change?.defined || !isGrowthFormula(change.formula)) return sentence.figures(now, before);
    const signed = signedGrowth(change.value, change.qualifier, change.formula);
    const words = formatGrowth(signed.value, { locale: language, qualifier: signed.qualifier, maximumFractionDigits: options.maximumFractionDigits ?? 2 });
    return sentence.change(now, before, words, signed.value === 0);
  });
}
