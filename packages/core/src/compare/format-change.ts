import { formatNumber, formatPercent } from '../format/format-number.js';
import { formatQuantity } from '../format/format-quantity.js';
import { formatRateResult } from '../format/format-rate-result.js';
import { writeIn } from '../locale/registry.js';
import type { LocaleTag } from '../locale/translation.js';
import type { Locale } from '../schema/localized-text.js';
import { unitDimension } from '../schema/unit.js';
import { describeChange, GROWTH_WORDS, type ChangeWords } from '../format/describe-change.js';
import type { Change, ChangeUndefinedReason, RelativeChange } from './types.js';
import type { RateResult } from '../compute/types.js';

/** Options of {@link formatChange} and {@link formatRelativeChange}. */
export interface FormatChangeOptions {
  readonly locale: LocaleTag;
  /** Fraction digits of the magnitude (default: all for counts and money, 2 for percentage points, 1 for relative changes). */
  readonly maximumFractionDigits?: number;
}

const REASONS: Readonly<Record<ChangeUndefinedReason, Readonly<Record<Locale, string>>>> = {
  indeterminate: { 'zh-CN': '增减无法确定（数字带有“余”“约”等限定）', en: 'change unknown (qualified figures)' },
  incompatible_units: { 'zh-CN': '单位不同，不作比较', en: 'different units: not compared' },
  different_base: { 'zh-CN': '计算基数不同，不作比较', en: 'different bases: not compared' },
  not_comparable: { 'zh-CN': '不作比较', en: 'not compared' },
  missing: { 'zh-CN': '缺少数值，不作比较', en: 'no value: not compared' },
};

const AMOUNT_WORDS: ChangeWords = { 'zh-CN': { up: '增加', down: '减少', unchanged: '持平' }, en: { up: 'up', down: 'down', unchanged: 'unchanged' } };
const LEVEL_WORDS: ChangeWords = { 'zh-CN': { up: '上升', down: '下降', unchanged: '持平' }, en: { up: 'up', down: 'down', unchanged: 'unchanged' } };
/** A rank goes *up* when its number goes down (第5位 → 第3位 is 名次提前2位). */
/** How many places a rank moved, in each language. */
const PLACES: Readonly<Record<Locale, (absolute: number) => string>> = {
  'zh-CN': (absolute) => `${formatNumber(absolute, { locale: 'zh-CN' })}位`,
  en: (absolute) => `${formatNumber(absolute, { locale: 'en' })} ${absolute === 1 ? 'place' : 'places'}`,
};
const RANK_WORDS: ChangeWords = { 'zh-CN': { up: '名次后退', down: '名次提前', unchanged: '名次不变' }, en: { up: 'down', down: 'up', unchanged: 'unchanged' } };

/**
 * An absolute change in words, direction first, so that it never depends on colour or a sign alone:
 * zh-CN "增加42件", "下降2.3个百分点", "至少增加42件", "持平"; English "up 42 items", "down 2.3
 * percentage points", "up at least 42 items"; a rank by standing ("名次提前2位" / "up 2 places" for
 * 第5位 → 第3位). A change whose direction the qualifiers leave open says so; an undefined change gives
 * its reason.
 *
 * @example
 * ```ts
 * formatChange(figureChange(f558, f600), { locale: 'zh-CN' }); // '增加42件'
 * formatChange(figureChange(f558, f600), { locale: 'en' });    // 'up 42 items'
 * ```
 */
export function formatChange(change: Change, options: FormatChangeOptions): string {
  return writeIn(options.locale, ({ language }) => writeChange(change, language, options.maximumFractionDigits));
}

function writeChange(change: Change, locale: Locale, maximumFractionDigits: number | undefined): string {
  if (!change.defined) return REASONS[change.reason][locale];
  const dimension = unitDimension(change.unit);
  const digits = maximumFractionDigits ?? (dimension === 'percentage_point' ? 2 : undefined);
  if (dimension === 'rank') {
    return describeChange(change.value, change.qualifier, PLACES[locale], RANK_WORDS, locale);
  }
  const magnitude = (absolute: number) =>
    formatQuantity(
      { value: absolute, unit: change.unit, qualifier: 'exact' },
      { locale, verbatim: false, ...(digits === undefined ? {} : { maximumFractionDigits: digits }) },
    );
  const words = dimension === 'percentage_point' ? LEVEL_WORDS : AMOUNT_WORDS;
  return describeChange(change.value, change.qualifier, magnitude, words, locale);
}

/**
 * A relative change in words: zh-CN "增长7.5%", "下降12.5%", "至少增长7.5%"; English "up 7.5%".
 * Undefined results give their reason ("无法计算（分母为零）").
 *
 * @example
 * ```ts
 * formatRelativeChange(relativeChange(f558, f600), { locale: 'zh-CN' }); // '增长7.5%'
 * ```
 */
export function formatRelativeChange(change: RelativeChange, options: FormatChangeOptions): string {
  const digits = options.maximumFractionDigits ?? 1;
  return writeIn(options.locale, ({ language: locale }) => {
    if (!change.defined) {
      if (change.reason === 'indeterminate' || change.reason === 'not_comparable') return REASONS[change.reason][locale];
      return formatRateResult(change as RateResult, { locale });
    }
    return describeChange(change.value, change.qualifier, (absolute) => formatPercent(absolute, { locale, maximumFractionDigits: digits }), GROWTH_WORDS, locale);
  });
}
