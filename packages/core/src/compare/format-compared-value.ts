import { formatGrowth, formatStatedGrowth } from '../format/format-growth.js';
import { formatQuantity } from '../format/format-quantity.js';
import type { LocaleTag } from '../locale/translation.js';
import type { ComparedValue } from './types.js';

/** Options of {@link formatComparedValue}. */
export interface FormatComparedValueOptions {
  readonly locale: LocaleTag;
  /** Fraction digits of a computed figure (a stated one keeps every digit as written). */
  readonly maximumFractionDigits?: number;
}

/**
 * One side of a comparison for display: a stated figure as the report wrote it (zh-CN) or composed
 * (English), a computed one composed. A year-on-year change is written with its direction — "下降3.9%",
 * "up 283.6%" — since its figure alone (−3.9) would leave the reader to decode a sign.
 *
 * @example
 * ```ts
 * formatComparedValue(comparedValue(computed.byId['petitions.accepted_growth']!)!, { locale: 'en' }); // 'down 3.9%'
 * ```
 */
export function formatComparedValue(value: Pick<ComparedValue, 'figure' | 'quantity' | 'formula'>, options: FormatComparedValueOptions): string {
  const { locale, maximumFractionDigits } = options;
  const digits = maximumFractionDigits === undefined ? {} : { maximumFractionDigits };
  if (value.formula) {
    if (value.quantity) return formatStatedGrowth(value.quantity, value.formula, { locale });
    return formatGrowth(value.figure.value, { locale, qualifier: value.figure.qualifier, ...digits });
  }
  return formatQuantity(value.quantity ?? value.figure, { locale, ...digits });
}
