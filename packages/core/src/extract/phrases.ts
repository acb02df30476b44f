import type { TextSpan } from './types.js';

/** Punctuation that ends a clause: commas, stops, semicolons, colons, question and exclamation marks, line ends. */
const CLAUSE_BREAKS = new Set([...'，,。；;：:！!？?\n\r']);

/** Punctuation that ends a sentence. */
const SENTENCE_BREAKS = new Set([...'。！!？?\n\r']);

const SPACE = /[\s\u00a0\u3000\ufeff]/u;

/**
 * True when the character is a space of any width (ASCII, no-break, ideographic).
 *
 * @example
 * ```ts
 * isSpace('\u00a0'); // true
 * isSpace('件'); // false
 * ```
 */
export function isSpace(char: string): boolean {
  return char !== '' && SPACE.test(char);
}

/** True when a comma at `index` sits between digits (a thousands separator), so it does not end a clause. */
function isDigitComma(text: string, index: number): boolean {
  const char = text.charAt(index);
  if (char !== ',' && char !== '，') return false;
  return /[0-9０-９]/.test(text.charAt(index - 1)) && /[0-9０-９]/.test(text.charAt(index + 1));
}

/** Longest reach of a clause or sentence on either side of a figure: keeps the scan linear on text without punctuation. */
const REACH = 300;

function spanBetween(text: string, breaks: ReadonlySet<string>, from: number, to: number): TextSpan {
  let start = from;
  const first = Math.max(0, from - REACH);
  while (start > first && !(breaks.has(text.charAt(start - 1)) && !isDigitComma(text, start - 1))) start -= 1;
  let end = to;
  const last = Math.min(text.length, to + REACH);
  while (end < last && !(breaks.has(text.charAt(end)) && !isDigitComma(text, end))) end += 1;
  while (start < end && isSpace(text.charAt(start))) start += 1;
  while (end > start && isSpace(text.charAt(end - 1))) end -= 1;
  return { text: text.slice(start, end), start, end };
}

/**
 * The clause around `[start, end)`: from the clause punctuation before it to the one after it
 * (，,。；;：:！？ and line ends, but not a thousands separator), trimmed of spaces, reaching at
 * most 300 characters either side.
 *
 * @example
 * ```ts
 * const text = '出动执法队员4237人次,检查餐饮服务企业2619家。';
 * phraseAround(text, 21, 26).text; // '检查餐饮服务企业2619家'
 * ```
 */
export function phraseAround(text: string, start: number, end: number): TextSpan {
  return spanBetween(text, CLAUSE_BREAKS, start, end);
}

/**
 * The sentence around `[start, end)`: between sentence stops (。！？ and line ends), trimmed of spaces.
 *
 * @example
 * ```ts
 * sentenceAround('第一句。罚款650元,劝阻378人。', 6, 10).text; // '罚款650元,劝阻378人'
 * ```
 */
export function sentenceAround(text: string, start: number, end: number): TextSpan {
  return spanBetween(text, SENTENCE_BREAKS, start, end);
}

const CLAUSE_BREAK = /[，,。；;：:！!？?\n\r]/g;
const SENTENCE_BREAK = /[。！!？?\n\r]/g;

/** Walks the text once for spans met in text order, between the given breaks; `around` answers out-of-order calls. */
function spanFinder(text: string, breaks: RegExp, around: (text: string, start: number, end: number) => TextSpan): (start: number, end: number) => TextSpan {
  const pattern = new RegExp(breaks.source, 'g');
  /** The last break before the current span, and the first one after it. */
  let lastBreak = -1;
  let nextBreak: number | undefined;
  let previousStart = 0;
  const realBreakFrom = (from: number): number => {
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (!isDigitComma(text, match.index)) return match.index;
    }
    return text.length;
  };
  return (start, end) => {
    if (start < previousStart) return around(text, start, end);
    previousStart = start;
    nextBreak ??= realBreakFrom(0);
    while (nextBreak < start) {
      lastBreak = nextBreak;
      nextBreak = realBreakFrom(lastBreak + 1);
    }
    const after = nextBreak >= end ? nextBreak : realBreakFrom(end);
    let from = Math.max(lastBreak + 1, start - REACH, 0);
    let to = Math.min(after, end + REACH, text.length);
    while (from < to && isSpace(text.charAt(from))) from += 1;
    while (to > from && isSpace(text.charAt(to - 1))) to -= 1;
    return { text: text.slice(from, to), start: from, end: to };
  };
}

/**
 * A fast {@link phraseAround} for figures met in text order: it walks the text once, so finding
 * the clause of every figure stays linear however many there are. Same result as `phraseAround`;
 * falls back to it when called out of order.
 *
 * @example
 * ```ts
 * const clauseOf = clauseFinder(text);
 * for (const figure of figures) clauseOf(figure.start, figure.end);
 * ```
 */
export function clauseFinder(text: string): (start: number, end: number) => TextSpan {
  return spanFinder(text, CLAUSE_BREAK, phraseAround);
}

/**
 * A fast {@link sentenceAround} for figures met in text order, as {@link clauseFinder} is for clauses.
 *
 * @example
 * ```ts
 * const sentenceOf = sentenceFinder(text);
 * for (const figure of figures) sentenceOf(figure.start, figure.end);
 * ```
 */
export function sentenceFinder(text: string): (start: number, end: number) => TextSpan {
  return spanFinder(text, SENTENCE_BREAK, sentenceAround);
}
