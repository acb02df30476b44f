/**
 * A short, stable hash (FNV-1a, base 36) of a text: what default id prefixes and the static copy's record of its
 * report are made of.
 *
 * @example
 * ```ts
 * shortHash('某县|2023'); // 'xz0sq5', every time
 * ```
 */
export function shortHash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}
