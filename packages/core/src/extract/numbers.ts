/** Powers of ten of the multipliers written after digits: "3万" = 3 × 10⁴. */
export const MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = {
  百: 2,
  千: 3,
  万: 4,
  百万: 6,
  千万: 7,
  亿: 8,
  万亿: 12,
};

const FULL_WIDTH = /[０-９．，]/g;
const PLAIN_DIGITS = /^[0-9]+(?:\.[0-9]+)?$/;

/**
 * Replaces full-width digits, decimal points and commas by their half-width forms.
 *
 * @example
 * ```ts
 * toHalfWidth('１２．５'); // '12.5'
 * ```
 */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * Reads an arabic number as written in a report, with optional thousands separators, full-width
 * digits and a multiplier (百, 千, 万, 亿…). The decimal point is shifted in the digits, not by
 * floating-point multiplication, so "0.39" with 万 is exactly 3900.
 *
 * @example
 * ```ts
 * parseArabicNumber('0.39', '万'); // 3900
 * parseArabicNumber('24,879.5'); // 24879.5
 * parseArabicNumber('１．２', '亿'); // 120000000
 * ```
 */
export function parseArabicNumber(digits: string, multiplier = ''): number {
  if (multiplier === '' && PLAIN_DIGITS.test(digits)) return Number(digits);
  const plain = toHalfWidth(digits).replace(/[,，\s]/g, '');
  const [whole = '', fraction = ''] = plain.split('.');
  const exponent = MULTIPLIER_EXPONENTS[multiplier] ?? 0;
  const all = whole + fraction;
  const point = whole.length + exponent;
  const shifted = point >= all.length ? all + '0'.repeat(point - all.length) : `${all.slice(0, point)}.${all.slice(point)}`;
  return Number(shifted);
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The characters {@link parseChineseNumeral} reads. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Reads a Chinese numeral: 两 → 2, 十二 → 12, 二十 → 20, 三百零五 → 305, 一万二千 → 12000.
 * Returns undefined for anything else.
 *
 * @example
 * ```ts
 * parseChineseNumeral('十二'); // 12
 * parseChineseNumeral('两'); // 2
 * ```
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let sawDigit = false;
  /** The largest of 万 and 亿 applied so far: a smaller one after it adds its part (一亿二千万) instead of multiplying. */
  let largest = 0;
  for (const char of text) {
    const value = CHINESE_DIGITS[char];
    if (value !== undefined) {
      // Two digits in a row ("一二") is no numeral; 零 only marks a gap ("一百零五").
      if (digit !== undefined && digit !== 0 && value !== 0) return undefined;
      digit = value;
      sawDigit = true;
      continue;
    }
    const small = CHINESE_SMALL_UNITS[char];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
      sawDigit = true;
      continue;
    }
    const large = CHINESE_LARGE_UNITS[char];
    if (large === undefined || (!sawDigit && total === 0)) return undefined;
    const part = section + (digit ?? 0);
    if (large >= largest) total = (total + part) * large;
    else total += part * large;
    largest = Math.max(largest, large);
    section = 0;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

/**
 * Reads a year, month or day written in arabic digits or in Chinese numerals (二〇二三, 十一).
 *
 * @example
 * ```ts
 * parseDatePart('二〇二三'); // 2023
 * parseDatePart('十一'); // 11
 * parseDatePart('09'); // 9
 * ```
 */
export function parseDatePart(text: string): number | undefined {
  const half = toHalfWidth(text);
  if (/^\d+$/.test(half)) return Number(half);
  if (/^[〇零一二三四五六七八九]{4}$/.test(text)) {
    return Number([...text].map((char) => CHINESE_DIGITS[char] ?? 0).join(''));
  }
  return parseChineseNumeral(text);
}
