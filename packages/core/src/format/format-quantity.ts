import { writeIn } from '../locale/registry.js';
import type { LocaleTag } from '../locale/translation.js';
import type { Locale } from '../schema/localized-text.js';
import type { Qualifier } from '../schema/qualifier.js';
import type { Quantity } from '../schema/quantity.js';
import { unitDimension, type Unit } from '../schema/unit.js';
import { formatNumber } from './format-number.js';
import { unitLabel } from './unit-label.js';

/** Something with a value, a unit and optionally a qualifier: a stated {@link Quantity} or a computed figure. */
export interface QuantityLike {
  readonly value: number;
  readonly unit: Unit;
  readonly qualifier?: Qualifier;
  readonly marker?: string;
  readonly written?: string;
}

/** Options of {@link formatQuantity}. */
export interface FormatQuantityOptions {
  readonly locale: LocaleTag;
  /**
   * zh-CN only: show a stated figure exactly as the report wrote it (default true). Only runs of
   * white space between number and unit are dropped ("897  件" → "897件"); no digit changes.
   */
  readonly verbatim?: boolean;
  /** Limit the fraction digits of a composed figure (e.g. for computed sums in a chart label). */
  readonly maximumFractionDigits?: number;
}

/** Markers that stand between the number and the unit, or after the unit. */
const MIDDLE_MARKERS = new Set(['余', '多']);
const SUFFIX_MARKERS = new Set(['以上', '左右', '以下', '以内', '上下']);

function zhNumberAndUnit(quantity: QuantityLike, number: string): string {
  const dimension = unitDimension(quantity.unit);
  if (dimension === 'rank') return `第${number}${unitLabel(quantity.unit, { locale: 'zh-CN' })}`;
  const unit = unitLabel(quantity.unit, { locale: 'zh-CN' });
  const qualifier = quantity.qualifier ?? 'exact';
  const marker = quantity.marker ?? { exact: '', at_least: dimension === 'count' ? '余' : '以上', approximately: '约', at_most: '不足' }[qualifier];
  if (MIDDLE_MARKERS.has(marker)) return `${number}${marker}${unit}`;
  if (SUFFIX_MARKERS.has(marker)) return `${number}${unit}${marker}`;
  return `${marker}${number}${unit}`;
}

function enNumberAndUnit(quantity: QuantityLike, number: string): string {
  const dimension = unitDimension(quantity.unit);
  const unit = unitLabel(quantity.unit, { locale: 'en', count: quantity.value });
  const qualifier = quantity.qualifier ?? 'exact';
  if (dimension === 'rank') return `No. ${number}`;
  if (dimension === 'percent') {
    const prefix = { exact: '', at_least: 'at least ', approximately: 'about ', at_most: 'at most ' }[qualifier];
    return `${prefix}${number}%`;
  }
  const figure = dimension === 'multiple' ? `${number}×` : `${number} ${unit}`;
  if (qualifier === 'at_least') return dimension === 'multiple' ? `more than ${figure}` : `${number}+ ${unit}`;
  if (qualifier === 'approximately') return `about ${figure}`;
  if (qualifier === 'at_most') return `at most ${figure}`;
  return figure;
}

/** How each language writes a figure: zh-CN shows a stated one as written; each composes number and unit its way. */
const NUMBER_AND_UNIT: Readonly<Record<Locale, { readonly asWritten: boolean; readonly compose: (quantity: QuantityLike, number: string) => string }>> = {
  'zh-CN': { asWritten: true, compose: zhNumberAndUnit },
  en: { asWritten: false, compose: enNumberAndUnit },
};

/**
 * A figure for display. In zh-CN a stated figure is shown as the report wrote it ("0.39万元",
 * "996余人次"); a computed one is composed in the same convention ("25529.5元", "4.4个百分点").
 * In English it reads naturally: "3,900 yuan", "996+ person-visits", "at least 16%".
 *
 * @example
 * ```ts
 * formatQuantity({ value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次' }, { locale: 'en' });
 * // '996+ person-visits'
 * ```
 */
export function formatQuantity(quantity: QuantityLike | Quantity, options: FormatQuantityOptions): string {
  const { verbatim = true, maximumFractionDigits } = options;
  return writeIn(options.locale, ({ language }) => {
    const writer = NUMBER_AND_UNIT[language];
    if (writer.asWritten && verbatim && quantity.written) return quantity.written.replace(/[\s\u00a0\u3000]+/g, '');
    return writer.compose(quantity, formatNumber(quantity.value, { locale: language, ...(maximumFractionDigits === undefined ? {} : { maximumFractionDigits }) }));
  });
}
