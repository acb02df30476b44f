import { HANT_CHARACTERS, HANT_PHRASES } from './hant-table.js';

let characters: Map<string, string> | undefined;
let phrases: Map<string, string> | undefined;
let longest = 0;

function tables(): { characters: Map<string, string>; phrases: Map<string, string> } {
  if (!characters || !phrases) {
    const [simplified, traditional] = HANT_CHARACTERS;
    const from = [...simplified];
    const to = [...traditional];
    characters = new Map(from.map((character, index) => [character, to[index]!]));
    phrases = new Map(
      HANT_PHRASES.split('|').map((entry) => {
        const [key, value] = entry.split(' ') as [string, string];
        longest = Math.max(longest, key.length);
        return [key, value];
      }),
    );
  }
  return { characters, phrases };
}

/**
 * Simplified Chinese written in Traditional characters, as OpenCC's `cn → tw` conversion writes it for
 * the words the library writes and for the vocabulary of these reports: the longest known phrase first
 * (复议 → 複議, 发布 → 發佈), else character by character (OpenCC's most common choice). Digits, Latin
 * letters and punctuation are kept. A converter for display: never applied to stored data.
 *
 * @example
 * ```ts
 * toHant('行政复议案件996余件'); // '行政複議案件996餘件'
 * ```
 */
export function toHant(text: string): string {
  const { characters, phrases } = tables();
  let out = '';
  for (let index = 0; index < text.length;) {
    let matched = false;
    for (let length = Math.min(longest, text.length - index); length >= 2 && !matched; length--) {
      const phrase = phrases.get(text.slice(index, index + length));
      if (phrase !== undefined) {
        out += phrase;
        index += length;
        matched = true;
      }
    }
    if (matched) continue;
    const character = text[index]!;
    out += characters.get(character) ?? character;
    index += 1;
  }
  return out;
}
