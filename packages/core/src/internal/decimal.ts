/**
 * Exact decimal arithmetic for figures that arrive as JSON numbers. A number is read through its
 * shortest round-trip text ("24879.5"), so sums are exact to the last written digit: no float drift.
 * Internal: the package's public exact sum is `sumExact` (compute/sum-exact.ts), built on these; a rate's
 * stated precision is public as `statedDecimals`, a figure's bound on decimals as `quantityBoundBroken`.
 */
export interface Decimal {
  /** The digits as an integer: value = units ÷ 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact decimal a finite number's shortest text denotes. Throws on NaN or Infinity. */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = DECIMAL_TEXT.exec(String(value));
  if (!match) throw new RangeError(`Unexpected number text: ${value}`);
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  let digits = whole + fraction;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  return { units: BigInt(sign + digits), scale };
}

/** Brings a decimal to a larger scale. */
export function rescale(decimal: Decimal, scale: number): bigint {
  return decimal.units * 10n ** BigInt(scale - decimal.scale);
}

/** The exact sum of decimals. */
export function addDecimals(values: readonly Decimal[]): Decimal {
  const scale = values.reduce((max, value) => Math.max(max, value.scale), 0);
  const units = values.reduce((sum, value) => sum + rescale(value, scale), 0n);
  return { units, scale };
}

/** The number nearest to a decimal (exact whenever the decimal has 15 significant digits or fewer). */
export function decimalToNumber(decimal: Decimal): number {
  const negative = decimal.units < 0n;
  const digits = (negative ? -decimal.units : decimal.units).toString().padStart(decimal.scale + 1, '0');
  const whole = digits.slice(0, digits.length - decimal.scale);
  const fraction = digits.slice(digits.length - decimal.scale);
  return Number(`${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
}

/** How many decimals a finite number has in its shortest text: 96.2 → 1, 100 → 0. */
export function decimalPlaces(value: number): number {
  return toDecimal(value).scale;
}
