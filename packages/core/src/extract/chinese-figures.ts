import { isSloganOrTitle } from './exclusions.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numbers.js';
import { clauseFinder } from './phrases.js';
import { combineQualifiers, prefixQualifier } from './qualifiers.js';
import type { ExtractedFigure } from './types.js';
import { unitFromWord, unitIsBlocked } from './units.js';

/**
 * Chinese-numeral counts of events only (两次, 十余场, 三起): counts with 个/项/条/位 are how
 * slogans are written (三项制度, 六个不放过, 三位一体), so they are left alone.
 */
const CHINESE_FIGURE =
  /(?<![〇零一二两三四五六七八九十百千万亿])([二两三四五六七八九十][〇零一二两三四五六七八九十百千]{0,8}|一[十百千][〇零一二两三四五六七八九十百千]{0,8})(余|多)?(场次|批次|人次|件次|次|场|起)/g;

/** Characters before a numeral that make it part of a word or a vague count (第, 每, 数十, 三番两次). */
const NOT_A_COUNT_AFTER = new Set([...CHINESE_NUMERAL_CHARS, ...'第每数几其唯单逐再这那某首多番好']);

function isCount(text: string, start: number, end: number, unitWord: string): boolean {
  if (NOT_A_COUNT_AFTER.has(text.charAt(start - 1))) return false;
  const next = text.charAt(end);
  if (next !== '' && CHINESE_NUMERAL_CHARS.includes(next)) return false;
  if (unitIsBlocked(unitWord, text.slice(end, end + 4))) return false;
  return !isSloganOrTitle(text, start, end);
}

/**
 * Small counts written in Chinese numerals ("一年两次法治政府建设工作交流" → 2 次), reported with
 * `numeral: 'chinese'`. A lone 一 is skipped (一次性, 一起 are words, not counts), and so are
 * ordinals, vague counts (数十次), idioms (三番两次) and quoted slogans.
 *
 * @example
 * ```ts
 * extractChineseFigures('一年两次法治政府建设工作交流')[0]; // { value: 2, unit: '次', written: '两次', numeral: 'chinese', … }
 * ```
 */
export function extractChineseFigures(text: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  const clauseOf = clauseFinder(text);
  for (const match of text.matchAll(CHINESE_FIGURE)) {
    const [written, numeral = '', inner, unitWord = ''] = match;
    const start = match.index;
    const end = start + written.length;
    const value = parseChineseNumeral(numeral);
    const unit = unitFromWord(unitWord);
    if (value === undefined || unit === undefined || !isCount(text, start, end, unitWord)) continue;
    const prefix = prefixQualifier(text.slice(Math.max(0, start - 8), start));
    const { qualifier, marker } = combineQualifiers(prefix, inner === undefined ? [] : [inner]);
    figures.push({
      value,
      unit,
      qualifier,
      ...(marker !== undefined ? { marker } : {}),
      written,
      start,
      end,
      phrase: clauseOf(start, end),
      numeral: 'chinese',
    });
  }
  return figures;
}
