import { toDecimal } from '../internal/decimal.js';

/** Options of {@link decimalText}. */
export interface DecimalTextOptions {
  readonly maximumFractionDigits: number;
  readonly minimumFractionDigits: number;
  /** Thousands separated by commas (English), or digits run together (zh-CN, as reports write them). */
  readonly grouping: boolean;
}

/** Inserts a comma before every group of three digits from the right: "24879" → "24,879". */
function group(digits: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : '');
  return out;
}

/**
 * A finite number as decimal text, exactly as `Intl.NumberFormat` writes it for `zh-CN` (no grouping) and
 * `en` (grouping) with these fraction digits: the number's shortest round-trip digits rounded half away
 * from zero ("half-expand"), trailing zeros dropped down to the minimum, a hyphen-minus for negatives
 * (also for a negative that rounds to 0: "-0"). Done by hand because creating the first `Intl` formatter
 * of a page costs tens of milliseconds (ICU start-up) — a visible share of the time to draw a report. A
 * property test checks it against `Intl.NumberFormat` for arbitrary doubles and options.
 *
 * @example
 * ```ts
 * decimalText(1.005, { maximumFractionDigits: 2, minimumFractionDigits: 0, grouping: false }); // '1.01'
 * decimalText(24879.5, { maximumFractionDigits: 20, minimumFractionDigits: 0, grouping: true }); // '24,879.5'
 * ```
 */
export function decimalText(value: number, options: DecimalTextOptions): string {
  const { maximumFractionDigits: max, grouping } = options;
  const min = Math.min(options.minimumFractionDigits, max);
  let [whole, fraction] = shortestDigits(Math.abs(value));
  if (fraction.length > max) {
    // The shortest text has no trailing zero, so the first dropped digit decides: 5 or more rounds away from zero.
    const roundUp = fraction.charCodeAt(max) >= 53; // '5'
    const kept = whole + fraction.slice(0, max);
    const digits = roundUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
    whole = digits.slice(0, digits.length - max) || '0';
    fraction = digits.slice(digits.length - max);
  }
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length < min) fraction = fraction.padEnd(min, '0');
  if (grouping) whole = group(whole);
  const text = fraction ? `${whole}.${fraction}` : whole;
  return value < 0 || Object.is(value, -0) ? `-${text}` : text;
}

/** The whole and fraction digits of a non-negative finite number's shortest round-trip text, exponent expanded. */
function shortestDigits(magnitude: number): [whole: string, fraction: string] {
  const text = String(magnitude);
  if (!text.includes('e')) {
    const dot = text.indexOf('.');
    return dot < 0 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
  }
  const { units, scale } = toDecimal(magnitude);
  const digits = units.toString().padStart(scale + 1, '0');
  return [digits.slice(0, digits.length - scale), digits.slice(digits.length - scale)];
}
