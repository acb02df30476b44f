import { prefixQualifier } from './qualifiers.js';
import type { ExtractedFigure } from './types.js';
import { unitWord } from './units.js';

/** Where a label came from: the words before the figure, after it, both, the previous figure's, or the figure itself. */
type LabelSource = 'before' | 'after' | 'around' | 'inherited' | 'written';

/** A zh-CN label for a figure, taken from its clause. */
export interface FigureLabel {
  readonly text: string;
  readonly source: LabelSource;
}

/** Longest label kept. */
const MAX_LABEL = 40;
/** A label this short ("检查", "对") is a verb or a preposition: the object after the figure completes it. */
const SHORT_LABEL = 2;

const EDGE = String.raw`[\s\u00a0\u3000“”"'‘’「」『』()（）【】\[\]、，,；;：:。]`;
const LEADING = new RegExp(
  String.raw`^(?:${EDGE}|(?:截至|截止)(?:目前|\d{4}年(?:底|末|\d{1,2}月(?:\d{1,2}日)?)?)|\d{4}年(?:度|以来|全年)?|今年以来|全年|年内|此外|另外|同时|并且|并|且|以及|还|其中|包括|分别为|分别|共计|合计|总计|累计|共(?!同)|(?:我|本)(?:街道|街|局|区|镇|县|市|乡|委|办|单位)的?)+`,
  'u',
);
const TRAILING = new RegExp(String.raw`(?:${EDGE}|共计|合计|总计|累计|共|分别为|分别|均|全部|都|的)+$`, 'u');

/** Strips a qualifier marker (达, 约, 近…) from the end of a label, unless it ends a word (村规民约). */
function withoutMarker(label: string): string {
  const marker = prefixQualifier(label)?.marker;
  return marker === undefined ? label : label.slice(0, -marker.length);
}

/**
 * Strips what is not part of a label from a piece of clause: edge punctuation, time words
 * (2023年, 截至目前), connectives (同时, 并, 其中) and totalling words (共, 累计).
 *
 * @example
 * ```ts
 * cleanLabel('2023年,我街共收到举报问题共 '); // '收到举报问题'
 * ```
 */
export function cleanLabel(text: string): string {
  let previous = '';
  let label = text;
  while (label !== previous) {
    previous = label;
    label = label.replace(LEADING, '').replace(TRAILING, '');
  }
  return label === '' ? label : balanced(label);
}

const PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['（', '）'],
  ['(', ')'],
];

const count = (text: string, char: string): number => {
  let found = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) found += 1;
  return found;
};
/** Any character of a pair or a straight quote: most labels have none, and need no balancing. */
const PAIRED = /[“”‘’「」『』《》（）()"']/;

/** Puts back a quotation mark or bracket that trimming took from one side of a pair ("“垃圾分类" → "“垃圾分类”"). */
function balanced(label: string): string {
  if (!PAIRED.test(label)) return label;
  let result = label;
  for (const [open, close] of PAIRS) {
    const missing = count(result, open) - count(result, close);
    if (missing > 0) result += close.repeat(missing);
    if (missing < 0) result = open.repeat(-missing) + result;
  }
  for (const quote of ['"', "'"]) {
    if (count(result, quote) % 2 === 0) continue;
    const opener = result.lastIndexOf(quote) < result.length / 2;
    result = opener ? result + quote : quote + result;
  }
  return result;
}

function lastPart(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const tail = label.slice(-MAX_LABEL);
  const cut = tail.search(/[、，,]/);
  return cut >= 0 && cut < MAX_LABEL - 4 ? tail.slice(cut + 1) : tail;
}

/**
 * The words after a figure that still describe it: all of them at the end of the clause, but only
 * those before the last list separator when another figure follows ("5件、撤销1件": "、撤销" is the
 * next item's).
 */
function ownWordsAfter(after: string, nextFollows: boolean): string {
  if (!nextFollows) return after;
  const cut = Math.max(after.lastIndexOf('、'), after.lastIndexOf('，'), after.lastIndexOf(','), after.lastIndexOf('；'), after.lastIndexOf(';'));
  return cut >= 0 ? after.slice(0, cut) : after;
}

function sameClause(a: ExtractedFigure | undefined, b: ExtractedFigure): a is ExtractedFigure {
  return a !== undefined && a.phrase.start === b.phrase.start;
}

/**
 * A label for each figure, from its clause: the words before it (since the previous figure in the
 * clause); a verb alone ("检查") is completed by the words after it; with nothing before, the words
 * after it ("3件正审理中" → "正审理中"); with nothing around, the previous figure's label and this
 * unit ("186批次390人次" → "…（人次）").
 *
 * @example
 * ```ts
 * const text = '完成履职数102项,履职率达96.2%。';
 * labelFigures(text, extractFigures(text)).map((label) => label.text); // ['完成履职数', '履职率']
 * ```
 */
export function labelFigures(text: string, figures: readonly ExtractedFigure[]): FigureLabel[] {
  const labels: FigureLabel[] = [];
  figures.forEach((figure, index) => {
    const previous = figures[index - 1];
    const next = figures[index + 1];
    const from = sameClause(previous, figure) ? previous.end : figure.phrase.start;
    const to = sameClause(next, figure) ? next.start : figure.phrase.end;
    const before = cleanLabel(withoutMarker(cleanLabel(text.slice(from, figure.start))));
    const after = cleanLabel(ownWordsAfter(text.slice(figure.end, to), sameClause(next, figure)));
    if (figure.cell) {
      // A table cell's words are its row's label (the province, the category), not the digits around it.
      // Caption first (Chinese puts the topic first): "市州收到行政复议申请情况：武汉市".
      const words = [cleanLabel(figure.cell.caption), cleanLabel(figure.cell.rowLabel)].filter((part) => part !== '' && part !== figure.written);
      labels.push(words.length === 0 ? { text: figure.written, source: 'written' } : { text: lastPart(words.join('：')), source: 'around' });
      return;
    }
    labels.push(chooseLabel(before, after, figure, sameClause(previous, figure) ? labels[index - 1] : undefined));
  });
  return labels;
}

function chooseLabel(before: string, after: string, figure: ExtractedFigure, previous: FigureLabel | undefined): FigureLabel {
  if (before.length > SHORT_LABEL) return { text: lastPart(before), source: 'before' };
  if (before !== '' && after !== '') return { text: cleanLabel(before + after).slice(0, MAX_LABEL), source: 'around' };
  if (before !== '') return { text: before, source: 'before' };
  if (after !== '') return { text: after.slice(0, MAX_LABEL), source: 'after' };
  if (previous) return { text: `${previous.text.replace(/（[^（）]*）$/, '')}（${unitWord(figure.unit)}）`, source: 'inherited' };
  return { text: figure.written.trim(), source: 'written' };
}
