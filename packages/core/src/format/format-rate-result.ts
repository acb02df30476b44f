import type { RateResult, UndefinedRateReason } from '../compute/types.js';
import { writeIn } from '../locale/registry.js';
import type { LocaleTag } from '../locale/translation.js';
import type { Locale } from '../schema/localized-text.js';
import { formatGrowth, signedGrowth } from './format-growth.js';
import { isGrowthFormula } from '../schema/indicator.js';
import { formatPercent } from './format-number.js';
import { formatQuantity } from './format-quantity.js';

const REASONS: Readonly<Record<UndefinedRateReason, Readonly<Record<Locale, string>>>> = {
  zero_denominator: { 'zh-CN': '无法计算（分母为零）', en: 'undefined (zero denominator)' },
  missing_operand: { 'zh-CN': '无法计算（缺少分子或分母）', en: 'undefined (numerator or denominator missing)' },
  incompatible_units: { 'zh-CN': '无法计算（单位不同）', en: 'undefined (units differ)' },
  not_a_number: { 'zh-CN': '无法计算', en: 'undefined' },
};

/** A change is measured against the earlier figure, not a denominator. */
const GROWTH_REASONS: Readonly<Partial<Record<UndefinedRateReason, Readonly<Record<Locale, string>>>>> = {
  zero_denominator: { 'zh-CN': '无法计算（上期为零）', en: 'undefined (the earlier figure is zero)' },
  missing_operand: { 'zh-CN': '无法计算（缺少本期或上期数）', en: 'undefined (current or earlier figure missing)' },
};

const PREFIX: Readonly<Record<Locale, Record<'at_least' | 'approximately' | 'at_most', string>>> = {
  'zh-CN': { at_least: '不低于', approximately: '约', at_most: '不超过' },
  en: { at_least: 'at least ', approximately: 'about ', at_most: 'at most ' },
};

/**
 * A computed rate for display: "37.5%" (two decimals at most by default), qualified when its operands
 * are ("约 …" / "about …"), or the reason it has no value ("无法计算（分母为零）"). A year-on-year change
 * is written with its direction, whichever way the figures went: "增长283.62%", "下降32.97%" / "up
 * 283.62%", "down 32.97%". A multiple is written in times: "2.6倍" / "2.6×".
 *
 * @example
 * ```ts
 * formatRateResult(computeRate(six, sixteen), { locale: 'zh-CN' }); // '37.5%'
 * formatRateResult(computeRate(f486, f725, { formula: 'increase' }), { locale: 'zh-CN' }); // '下降32.97%'
 * ```
 */
export function formatRateResult(result: RateResult, options: { readonly locale: LocaleTag; readonly maximumFractionDigits?: number }): string {
  return writeIn(options.locale, ({ language }) => writeRateResult(result, language, options.maximumFractionDigits ?? 2));
}

function writeRateResult(result: RateResult, locale: Locale, maximumFractionDigits: number): string {
  const growth = isGrowthFormula(result.formula) ? result.formula : undefined;
  if (!result.defined) return (growth && GROWTH_REASONS[result.reason]?.[locale]) ?? REASONS[result.reason][locale];
  if (result.formula === 'multiple') {
    return formatQuantity({ value: result.value, unit: '倍', qualifier: result.qualifier }, { locale, maximumFractionDigits });
  }
  if (growth) {
    const signed = signedGrowth(result.value, result.qualifier, growth);
    return formatGrowth(signed.value, { locale, qualifier: signed.qualifier, maximumFractionDigits });
  }
  const text = formatPercent(result.value, { locale, maximumFractionDigits });
  return result.qualifier === 'exact' ? text : `${PREFIX[locale][result.qualifier]}${text}`;
}
