import { isSpace } from './phrases.js';

/** Why a number followed by a unit word is not an indicator. */
export type ExclusionReason = 'part-of-token' | 'ordinal' | 'list-marker' | 'range' | 'threshold' | 'slogan' | 'title';

/** A candidate figure as the scanner saw it, with the pieces the exclusion rules look at. */
export interface Candidate {
  /** Offset of the first digit. */
  readonly start: number;
  /** Offset just past the digits (before any space, multiplier or unit). */
  readonly numberEnd: number;
  /** Offset just past the whole figure, suffix marker included. */
  readonly end: number;
  /** 以上, 以下… when the figure ends with one. */
  readonly suffix?: string;
  /** True for percent figures: "95%以上的案件" is a share, never a threshold. */
  readonly isPercent: boolean;
  /** End of the previous candidate the scanner saw, accepted or not (for ranges like 3-5人). */
  readonly previousEnd: number;
}

const TOKEN_CHAR = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ.．_/#＃]/;
const DIGIT = /[0-9０-９]/;
const RANGE_CONNECTORS = new Set([...'-－—–~～至到']);
const LIST_MARKER_AFTER = /^[.．、)）]|^[\s\u00a0\u3000]/u;

/** Characters that may follow 以上/以下 when the figure ends its clause ("办理案件10件以上，并…"). */
const CLAUSE_CONTINUATIONS = new Set([...'并且而和及与等均全都已同较比占为是在得获实达共其之也还又，']);

/** "100万元（含）以上": a bound that includes itself is always a threshold. */
const INCLUSIVE_BOUND = /^[\s\u00a0\u3000]*[（(]含[)）][\s\u00a0\u3000]*(?:以上|以下)/u;

/** Words right before a figure that make "N元以上" a category threshold (单笔50万元以上, 对5000元以上). */
const THRESHOLD_LEADS = ['单笔', '标的额', '标的', '金额在', '数额在', '案值', '涉案金额', '涉及金额', '对', '凡', '在'];

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
];

/** Longest quotation that is still read as a slogan ("“1+3+N”", "“6个不放过”"). */
const SLOGAN_LENGTH = 12;

/** Longest run of spaces looked across between a figure and its neighbours. */
const SPACE_REACH = 16;

function previousNonSpace(text: string, index: number): number {
  let position = index - 1;
  const stop = index - 1 - SPACE_REACH;
  while (position >= 0 && position > stop && isSpace(text.charAt(position)) && text.charAt(position) !== '\n') position -= 1;
  return position;
}

function nextNonSpace(text: string, index: number): number {
  let position = index;
  const stop = index + SPACE_REACH;
  while (position < text.length && position < stop && isSpace(text.charAt(position)) && text.charAt(position) !== '\n') position += 1;
  return position;
}

/** Part of a longer token: PM2.5, A4, V2.0, 1,2345 (a malformed separator), 3/4. */
function isPartOfToken(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  if (TOKEN_CHAR.test(before)) return true;
  return (before === ',' || before === '，') && DIGIT.test(text.charAt(start - 2));
}

/**
 * 第3次 (an ordinal) is never a count; 第3位 / 第3名 is a rank, handled by the scanner.
 *
 * @example
 * ```ts
 * ordinalMarker('开展第2次轮训', 3); // '第'
 * ```
 */
export function ordinalMarker(text: string, start: number): '第' | '前' | undefined {
  const before = text.charAt(previousNonSpace(text, start));
  return before === '第' || before === '前' ? before : undefined;
}

/** A list marker: a number at the start of a line followed by 、 . ) or a space ("1.城市…", "2、", "1 人员…"). */
function isListMarker(text: string, candidate: Candidate): boolean {
  const before = previousNonSpace(text, candidate.start);
  const atLineStart = before < 0 || text.charAt(before) === '\n' || text.charAt(before) === '\r';
  return atLineStart && LIST_MARKER_AFTER.test(text.charAt(candidate.numberEnd));
}

/** Either end of a range: 3-5人, 3至5人, 3人至5人. A range is not one figure. */
function isRange(text: string, candidate: Candidate): boolean {
  const before = previousNonSpace(text, candidate.start);
  if (before >= 0 && RANGE_CONNECTORS.has(text.charAt(before))) {
    const left = previousNonSpace(text, before);
    if (left >= 0 && (DIGIT.test(text.charAt(left)) || left + 1 === candidate.previousEnd)) return true;
  }
  const after = nextNonSpace(text, candidate.end);
  if (after < text.length && RANGE_CONNECTORS.has(text.charAt(after)) && text.charAt(after) !== '到') {
    return DIGIT.test(text.charAt(nextNonSpace(text, after + 1)));
  }
  return false;
}

function isIdeograph(char: string): boolean {
  return /\p{Script=Han}/u.test(char);
}

/**
 * A threshold that qualifies a category, not a figure: "5000元以上罚款案件", "50人以上的群体性事件",
 * "单笔50万元以上", "100万元（含）以上". Percentages never are ("95%以上的案件" is a share).
 */
function isThreshold(text: string, candidate: Candidate): boolean {
  if (candidate.isPercent) return false;
  if (INCLUSIVE_BOUND.test(text.slice(candidate.end, candidate.end + 8))) return true;
  if (candidate.suffix === undefined) return false;
  if (!/以上|以下/.test(candidate.suffix)) return false;
  const next = text.charAt(candidate.end);
  if (next === '的' || (isIdeograph(next) && !CLAUSE_CONTINUATIONS.has(next))) return true;
  const before = text.slice(Math.max(0, candidate.start - 5), candidate.start).replace(/[\s\u00a0\u3000]+$/u, '');
  return THRESHOLD_LEADS.some((lead) => before.endsWith(lead));
}

/** Longest stretch of a line looked back over to pair straight quotes. */
const LINE_REACH = 200;

/** True when the straight quote at `index` opens a quotation: an odd count of them from the line start. */
function opensQuote(text: string, index: number, quote: string): boolean {
  const stretch = text.slice(Math.max(0, index - LINE_REACH), index + 1);
  const line = stretch.slice(stretch.lastIndexOf('\n') + 1);
  return line.split(quote).length % 2 === 0;
}

/** Inside a short quotation: a slogan ("“6个不放过”", "“1+3+N”"), not a figure. */
function isInsideShortQuote(text: string, start: number, end: number): boolean {
  const windowStart = Math.max(0, start - SLOGAN_LENGTH);
  const before = text.slice(windowStart, start);
  const after = text.slice(end, end + SLOGAN_LENGTH);
  for (const [open, close] of QUOTE_PAIRS) {
    const opened = before.lastIndexOf(open);
    if (opened < 0) continue;
    if (open === close ? !opensQuote(text, windowStart + opened, open) : before.lastIndexOf(close) > opened) continue;
    const closed = after.indexOf(close);
    if (closed < 0) continue;
    const quoted = before.slice(opened) + text.slice(start, end) + after.slice(0, closed);
    if (quoted.length <= SLOGAN_LENGTH && !quoted.includes('\n')) return true;
  }
  return false;
}

/** Longest title 《…》 looked into. */
const TITLE_LENGTH = 80;

/** Inside a book or document title 《…》: part of a name, not a figure. */
function isInsideTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - TITLE_LENGTH), start);
  const opened = before.lastIndexOf('《');
  if (opened < 0 || before.lastIndexOf('》') > opened || before.slice(opened).includes('\n')) return false;
  const after = text.slice(end, end + TITLE_LENGTH);
  const closed = after.indexOf('》');
  return closed >= 0 && !after.slice(0, closed).includes('\n');
}

/**
 * Why a number followed by a unit word is not an indicator, or undefined when it is one. The rules:
 * part of a longer token (PM2.5, A4), an ordinal (第3次), a list marker at a line start (1. 2、 (1)),
 * either end of a range (3-5人), a category threshold (5000元以上罚款), a short quoted slogan
 * ("“6个不放过”"), or part of a title 《…》. Years, dates, document numbers, version tags and hotline
 * numbers never reach this point: no unit word follows them (2023年, 〔2024〕3号, 2.0版, 12345热线).
 *
 * @example
 * ```ts
 * const text = '对5000元以上罚款案件进行审核';
 * exclusionReason(text, { start: 1, numberEnd: 5, end: 8, suffix: '以上', isPercent: false, previousEnd: 0 }); // 'threshold'
 * ```
 */
export function exclusionReason(text: string, candidate: Candidate): ExclusionReason | undefined {
  if (isPartOfToken(text, candidate.start)) return 'part-of-token';
  if (isListMarker(text, candidate)) return 'list-marker';
  if (isRange(text, candidate)) return 'range';
  if (isThreshold(text, candidate)) return 'threshold';
  if (isInsideShortQuote(text, candidate.start, candidate.end)) return 'slogan';
  if (isInsideTitle(text, candidate.start, candidate.end)) return 'title';
  return undefined;
}

/**
 * True when `[start, end)` sits inside a short quoted slogan or a title 《…》.
 *
 * @example
 * ```ts
 * isSloganOrTitle('落实“六个不放过”要求', 3, 5); // true
 * ```
 */
export function isSloganOrTitle(text: string, start: number, end: number): boolean {
  return isInsideShortQuote(text, start, end) || isInsideTitle(text, start, end);
}
