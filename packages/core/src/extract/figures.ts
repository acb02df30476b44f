import type { Unit } from '../schema/unit.js';
import { extractChineseFigures } from './chinese-figures.js';
import { maskGluedListMarkers } from './list-markers.js';
import { extractRatioFigures } from './ratios.js';
import { extractTableFigures } from './table-cells.js';
import { exclusionReason, ordinalMarker, type Candidate } from './exclusions.js';
import { parseArabicNumber } from './numbers.js';
import { clauseFinder } from './phrases.js';
import { combineQualifiers, prefixQualifier, type FoundQualifier } from './qualifiers.js';
import type { ExtractedFigure } from './types.js';
import { UNIT_WORDS, unitFromWord, unitIsBlocked, unitKind } from './units.js';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

/**
 * Digits with optional thousands separators (comma, full-width comma, thin or plain space) and
 * decimals. It never starts inside a run of digits or right after a digit and a comma, so that the
 * scan stays linear even on pathological input.
 */
const NUMBER = String.raw`(?<![0-9０-９])(?<![0-9０-９][,，])(?:[0-9０-９]{1,3}(?:[,，\u00a0\u2009\u202f ][0-9０-９]{3}){1,6}(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?`;
/** Spaces a report may leave between a number and its unit: ASCII, no-break, ideographic, thin. */
const GAP = String.raw`[ \t\u00a0\u3000\u2002-\u200b\u202f\u205f\ufeff]*`;
const MULTIPLIERS = '万亿|千万|百万|亿|万|千|百';
const SUFFIXES = '及以上|及以下|以上|以下|以内|之内|左右';

/**
 * A number, 余/多 before or after a multiplier ("20余万人次", "3万余件"), a unit word and a trailing
 * marker, each optionally spaced.
 */
const FIGURE = new RegExp(
  `(?<digits>${NUMBER})${GAP}(?:(?<innerBefore>余|多)${GAP})?(?<multiplier>${MULTIPLIERS})?(?:${GAP}(?<inner>余|多))?${GAP}` +
    `(?<unit>${UNIT_WORDS.map(escape).join('|')})(?<tail>${GAP}(?<suffix>${SUFFIXES}))?`,
  'g',
);

/** The named pieces of a {@link FIGURE} match. */
interface FigureGroups {
  readonly digits: string;
  readonly innerBefore?: string;
  readonly multiplier?: string;
  readonly inner?: string;
  readonly unit: string;
  readonly tail?: string;
  readonly suffix?: string;
}

const groupsOf = (match: RegExpExecArray): FigureGroups => (match.groups ?? { digits: '', unit: '' }) as unknown as FigureGroups;

/** A web page's counters written after a figure ("共0条评论", "1200人阅读"): not the report's. */
const PAGE_COUNTER = /^(?:评论|阅读|浏览|点赞|收藏|转发)/;

/** Units that take no multiplier: "3万%" is not a way to write a figure. */
const UNMULTIPLIED = new Set(['percent', 'percentage_point', 'multiple', 'rank']);

type ClauseOf = ReturnType<typeof clauseFinder>;

interface Scanned {
  readonly match: RegExpExecArray;
  readonly candidate: Candidate;
  readonly unitWord: string;
  /** Offset just past the unit word. */
  readonly unitEnd: number;
}

function scan(match: RegExpExecArray, previousEnd: number): Scanned {
  const { digits, unit: unitWord, tail = '', suffix } = groupsOf(match);
  const whole = match[0];
  const start = match.index;
  const unit = unitFromWord(unitWord);
  const candidate: Candidate = {
    start,
    numberEnd: start + digits.length,
    end: start + whole.length,
    ...(suffix ? { suffix } : {}),
    isPercent: unit === 'percent',
    previousEnd,
  };
  return { match, candidate, unitWord, unitEnd: candidate.end - tail.length };
}

/** "约占全部案件的15%": 约占 qualifies a share written a few words later in its clause. */
const SHARE_ABOUT = /(约占|大约占|约为总数的)[^，,。；;：:\n\d]{0,20}$/;

function qualifierOf(text: string, start: number, inner: string | undefined, suffix: string | undefined, isPercent: boolean): FoundQualifier {
  const adjacent = prefixQualifier(text.slice(Math.max(0, start - 8), start));
  const share = isPercent && adjacent === undefined ? SHARE_ABOUT.exec(text.slice(Math.max(0, start - 24), start))?.[1] : undefined;
  const prefix: FoundQualifier | undefined = share !== undefined ? { qualifier: 'approximately', marker: share } : adjacent;
  return combineQualifiers(
    prefix,
    [inner, suffix].filter((marker): marker is string => marker !== undefined),
  );
}

function rankFigure(text: string, scanned: Scanned, marker: '第' | '前', clauseOf: ClauseOf): ExtractedFigure | undefined {
  const { match, candidate } = scanned;
  const { digits, multiplier } = groupsOf(match);
  if (multiplier !== undefined || /[.．]/.test(digits)) return undefined;
  const start = text.lastIndexOf(marker, candidate.start);
  const written = text.slice(start, candidate.end);
  return {
    value: parseArabicNumber(digits),
    unit: '位',
    qualifier: marker === '前' ? 'at_most' : 'exact',
    ...(marker === '前' ? { marker } : {}),
    written,
    start,
    end: candidate.end,
    phrase: clauseOf(start, candidate.end),
    numeral: 'arabic',
  };
}

function figureOf(text: string, scanned: Scanned, clauseOf: ClauseOf): ExtractedFigure | undefined {
  const { match, candidate, unitWord, unitEnd } = scanned;
  const { digits, multiplier, innerBefore, inner: innerAfter, suffix } = groupsOf(match);
  const inner = innerBefore ?? innerAfter;
  if (unitIsBlocked(unitWord, text.slice(unitEnd, unitEnd + 4))) return undefined;
  const ordinal = ordinalMarker(text, candidate.start);
  if (ordinal !== undefined) return unitWord === '位' || unitWord === '名' ? rankFigure(text, scanned, ordinal, clauseOf) : undefined;
  if (exclusionReason(text, candidate) !== undefined) return undefined;
  if (PAGE_COUNTER.test(text.slice(candidate.end, candidate.end + 3))) return undefined;
  const written = unitFromWord(unitWord);
  if (written === undefined) return undefined;
  // 3位律师 counts people: 位 is a rank only after 第 (handled above).
  const unit: Unit = written === '位' ? '人' : written;
  if (multiplier !== undefined && UNMULTIPLIED.has(unitKind(unit))) return undefined;
  const { qualifier, marker } = qualifierOf(text, candidate.start, inner, suffix, unit === 'percent');
  return {
    value: parseArabicNumber(digits, multiplier),
    unit,
    qualifier,
    ...(marker !== undefined ? { marker } : {}),
    written: text.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    phrase: clauseOf(candidate.start, candidate.end),
    numeral: 'arabic',
  };
}

/**
 * Arabic-numeral figures only, in text order.
 *
 * @example
 * ```ts
 * extractArabicFigures('一年两次，共12次').map((f) => f.written); // ['12次']
 * ```
 */
export function extractArabicFigures(text: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  const pattern = new RegExp(FIGURE.source, 'g');
  const clauseOf = clauseFinder(text);
  let previousEnd = -1;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const scanned = scan(match, previousEnd);
    previousEnd = scanned.candidate.end;
    const figure = figureOf(text, scanned, clauseOf);
    if (figure) figures.push(figure);
  }
  return figures;
}

/**
 * Finds every figure in the text of a report: numbers with a unit, their value in base units,
 * qualifier, exact position and clause. Handles 万/亿 with decimals, 余 after the digits or the
 * multiplier, qualifier markers (以上/逾/超/约/近/不足/达/为…), full- and half-width digits and
 * punctuation, spaces and no-break spaces before the unit, thousands separators, percent and
 * 个百分点. Skips what is not an indicator: years and dates, document numbers, version tags, PM2.5,
 * hotline numbers, ordinals, list markers, ranges, category thresholds, quoted slogans and titles.
 * Small counts in Chinese numerals ("一年两次") are reported too, with `numeral: 'chinese'`, and the
 * numeric cells of data tables (rows with `|`, or one cell a line), with `cell`, and ratios after
 * 比例/比值 ("比例约为2.5:1", in 倍).
 *
 * Never throws; runs in linear time.
 *
 * @example
 * ```ts
 * extractFigures('罚款0.39万元，接待来访996余人次，办结率为100%。');
 * // [
 * //   { value: 3900, unit: '元', qualifier: 'exact', written: '0.39万元', start: 2, end: 8, … },
 * //   { value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次', … },
 * //   { value: 100, unit: 'percent', qualifier: 'exact', marker: '为', written: '100%', … },
 * // ]
 * ```
 */
export function extractFigures(text: string): ExtractedFigure[] {
  if (typeof text !== 'string' || text === '') return [];
  const arabic = extractArabicFigures(maskGluedListMarkers(text));
  const chinese = extractChineseFigures(text);
  const cells = extractTableFigures(text);
  const ratios = extractRatioFigures(text);
  if (chinese.length === 0 && cells.length === 0 && ratios.length === 0) return arabic;
  return [...arabic, ...chinese, ...cells, ...ratios].sort((a, b) => a.start - b.start);
}
