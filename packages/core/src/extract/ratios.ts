import { parseArabicNumber } from './numbers.js';
import { clauseFinder } from './phrases.js';
import { prefixQualifier } from './qualifiers.js';
import type { ExtractedFigure } from './types.js';

/**
 * A ratio stated after 比例/比值/之比 without a unit: "比例约为2.5:1", "复议诉讼比值达2.6". The number
 * must not run on into a unit, a percent sign or another digit ("收案万人比10.05%" is a percentage).
 */
const RATIO = /(比例|比值|之比)([^，,。；;！？!?\n\d]{0,4}?)([0-9]+(?:\.[0-9]+)?)(?:\s*[:：]\s*1(?![0-9.]))?(?![0-9.%％\p{Script=Han}])/gu;

/**
 * Ratios written as a multiple after 比例, 比值 or 之比 ("复议诉讼比值达2.6", "比例约为2.5:1"): figures in 倍
 * (times), the value being the first term (2.5:1 → 2.5), with the qualifier written before them (约 →
 * approximately), marked `ratio`: the draft reads them as rates with `formula: 'multiple'`, not percentages.
 *
 * @example
 * ```ts
 * extractRatioFigures('受理数2005件,诉讼808件,比例约为2.5:1')[0]; // { value: 2.5, unit: '倍', qualifier: 'approximately', written: '2.5:1', … }
 * ```
 */
export function extractRatioFigures(text: string): ExtractedFigure[] {
  if (!text.includes('比')) return [];
  const figures: ExtractedFigure[] = [];
  const clauseOf = clauseFinder(text);
  for (const match of text.matchAll(RATIO)) {
    const [whole, word = '', lead = '', digits = ''] = match;
    const start = (match.index ?? 0) + word.length + lead.length;
    const end = (match.index ?? 0) + whole.length;
    const found = prefixQualifier(word + lead);
    figures.push({
      value: parseArabicNumber(digits),
      unit: '倍',
      qualifier: found?.qualifier ?? 'exact',
      ...(found?.marker !== undefined ? { marker: found.marker } : {}),
      written: text.slice(start, end),
      start,
      end,
      phrase: clauseOf(start, end),
      numeral: 'arabic',
      ratio: true,
    });
  }
  return figures;
}
