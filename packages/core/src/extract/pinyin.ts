import { PINYIN_TABLE } from './pinyin-table.js';

let syllables: ReadonlyMap<string, string> | undefined;

/** The syllable of each character, read from the table on first use. */
function syllableMap(): ReadonlyMap<string, string> {
  if (!syllables) {
    const map = new Map<string, string>();
    for (const entry of PINYIN_TABLE.split(' ')) {
      const colon = entry.indexOf(':');
      if (colon <= 0) continue;
      const syllable = entry.slice(0, colon);
      for (const character of entry.slice(colon + 1)) map.set(character, syllable);
    }
    syllables = map;
  }
  return syllables;
}

/**
 * The toneless pinyin of the Han characters of `text`, run together (ü as v), for ids that carry a
 * label's own words: "掌上执法" → "zhangshangzhifa", "履行" → "lvxing". Characters outside GB2312
 * and anything not Han are left out; an empty string when nothing is left.
 *
 * @example
 * ```ts
 * pinyinOf('服判息诉'); // 'fupanxisu'
 * ```
 */
export function pinyinOf(text: string): string {
  const map = syllableMap();
  let result = '';
  for (const character of text) result += map.get(character) ?? '';
  return result;
}
