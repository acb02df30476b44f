/** The smallest run of numbered paragraphs read as a list whose markers (①②③) were lost. */
const CHAIN = 3;

/** Stands in for a marker digit: not a digit, not a space, not part of a token. */
const MASK = '\u2460';

/**
 * Masks list numbers glued to the figure after them where a list's circled markers (①②③④) were
 * lost in copying: paragraphs starting "12020年…", "22020年…", "313个市州…", "4103个县级政府…"
 * are items 1–4, so the figures are 13个 and 103个, not 313个 and 4103个. A run of at least three
 * paragraphs starting with consecutive numbers is such a list; in each, the number is masked (same
 * length, so offsets hold) when a digit follows it. Any other text is returned as it is.
 *
 * @example
 * ```ts
 * maskGluedListMarkers('12020年，甲\n22020年，乙\n313个市州').slice(-5); // '①13个市州'
 * ```
 */
export function maskGluedListMarkers(text: string): string {
  const starts: { at: number; digits: string }[] = [];
  for (const match of text.matchAll(/(?:^|\n)[\s\u00a0\u3000]*([0-9]+)(?=[0-9\p{Script=Han}])/gu)) {
    const digits = match[1] ?? '';
    starts.push({ at: (match.index ?? 0) + match[0].length - digits.length, digits });
  }
  const masked: number[] = [];
  for (let first = 0; first < starts.length; first += 1) {
    let length = 0;
    while (first + length < starts.length && (starts[first + length]?.digits ?? '').startsWith(String(1 + length))) length += 1;
    if (length < CHAIN) continue;
    for (let item = 0; item < length; item += 1) {
      const entry = starts[first + item];
      const marker = String(1 + item);
      if (entry && entry.digits.length > marker.length) masked.push(entry.at, marker.length);
    }
    first += length - 1;
  }
  if (masked.length === 0) return text;
  let result = '';
  let from = 0;
  for (let index = 0; index < masked.length; index += 2) {
    const at = masked[index] ?? 0;
    const length = masked[index + 1] ?? 0;
    result += text.slice(from, at) + MASK.repeat(length);
    from = at + length;
  }
  return result + text.slice(from);
}
