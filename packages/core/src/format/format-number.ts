import { translationOf } from '../locale/registry.js';
import type { LocaleTag } from '../locale/translation.js';
import { decimalText } from './decimal-text.js';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  readonly locale: LocaleTag;
  readonly maximumFractionDigits?: number;
  readonly minimumFractionDigits?: number;
}

/**
 * A plain number in the locale's convention: zh-CN writes digits without grouping, as reports do
 * ("24879.5"); English groups thousands ("24,879.5"). Up to 20 fraction digits are kept by default,
 * so a stated figure never loses a digit.
 *
 * @example
 * ```ts
 * formatNumber(24879.5, { locale: 'en' }); // '24,879.5'
 * ```
 */
export function formatNumber(value: number, options: FormatNumberOptions): string {
  const { maximumFractionDigits = 20, minimumFractionDigits = 0 } = options;
  const grouping = translationOf(options.locale).groupThousands;
  // Whole numbers without grouping are their own text (the common case in findings and tables).
  if (Number.isSafeInteger(value) && Math.min(minimumFractionDigits, maximumFractionDigits) === 0 && (!grouping || Math.abs(value) < 1000)) {
    return String(value);
  }
  // Written by hand, as Intl.NumberFormat would write it (see decimalText): no ICU start-up on the way to a
  // page's first render.
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞';
  return decimalText(value, { maximumFractionDigits, minimumFractionDigits, grouping });
}

/**
 * A percentage, from a value already in percent (37.5 → "37.5%").
 *
 * @example
 * ```ts
 * formatPercent(18.75, { locale: 'zh-CN' }); // '18.75%'
 * formatPercent(100 / 3, { locale: 'en', maximumFractionDigits: 1 }); // '33.3%'
 * ```
 */
export function formatPercent(value: number, options: FormatNumberOptions): string {
  return `${formatNumber(value, { maximumFractionDigits: 2, ...options })}%`;
}
