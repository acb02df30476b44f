import { unitKey } from '../schema/unit.js';
import type { ExtractedFigure } from './types.js';
import { familyOfText } from './families.js';
import { isAdditive, unitKind } from './units.js';

/**
 * How a breakdown was found: after a colon, 其中, 包括 or 分别为 (the trigger); by arithmetic, parts
 * that add up exactly to a total stated before or after them (`sum-before`, `sum-after`); or in a
 * table, cells that add up to a total cell of their row, column or table; or parts named by their
 * shares of a total (`shares`, see `shareBreakdowns`).
 */
type BreakdownTrigger = 'colon' | 'of_which' | 'including' | 'respectively' | 'sum-before' | 'sum-after' | 'table' | 'shares';

/** A total and its parts as found in the text (indexes into the figures). */
export interface BreakdownCandidate {
  readonly total: number;
  readonly parts: readonly number[];
  readonly trigger: BreakdownTrigger;
  /** Listed items left out because they are another cut of the total (their sum overshoots). */
  readonly leftOut?: readonly number[];
  /** True when every figure is exact and the parts add up to the total. */
  readonly addsUp: boolean;
  /** A table's total cell that restates the total the text gave before the table ("总数为293宗，具体见表二"). */
  readonly restatedBy?: number;
}

const TRIGGER =
  /^[\s\u00a0\u3000]*(?:([:：])|(?:[，,。；;（(][\s\u00a0\u3000]*)?(其中|包括|包含|含|具体为|具体是|分别为|分别是|分别)|[，,。；;][^0-9０-９，,。；;！？!?\n]{0,24}?(主要集中在|集中在|主要涉及|主要包括|主要为|主要有))/u;
const TRIGGER_KINDS: Readonly<Record<string, BreakdownTrigger>> = {
  其中: 'of_which',
  包括: 'including',
  包含: 'including',
  含: 'including',
  具体为: 'respectively',
  具体是: 'respectively',
  分别为: 'respectively',
  分别是: 'respectively',
  分别: 'respectively',
  主要集中在: 'including',
  集中在: 'including',
  主要涉及: 'including',
  主要包括: 'including',
  主要为: 'including',
  主要有: 'including',
};
/** Kinds of proceedings, whose cases never count toward each other's totals. */
const PROCEEDINGS: ReadonlySet<string> = new Set(['reconsideration', 'litigation', 'petitions']);

/** Words that open a statement about a whole area or body, after an item separator: not an item of the list before. */
const NEW_SCOPE = /[;；,，、][\s\u00a0\u3000]*(?:全市|全区|全县|全省|全镇|全街|全国|全年|本级|市本级|区本级|县本级)/u;
const ITEM_SEPARATOR = /[;；,，、:：]/;
const LIST_END = /[。！？!?\n]/;
/** Most parts looked at in one list, and most listed items dropped to make a list add up: keeps the search linear. */
const MAX_PARTS = 16;
/** Most cells before a table total that are added up: a total sums a table of this size at most (keeps huge tables linear). */
const MAX_TABLE_CELLS = 240;
/** How far (characters) a total may stand from the parts it adds up. */
const SUM_REACH = 240;

type Figures = readonly ExtractedFigure[];

/** Sum in hundredths, so that money adds up without floating-point error. */
const hundredths = (value: number): number => Math.round(value * 100);
const sumOf = (figures: Figures, indexes: readonly number[]): number => indexes.reduce((sum, index) => sum + hundredths(figures[index]?.value ?? 0), 0);
const additive = (figure: ExtractedFigure | undefined): boolean => figure !== undefined && isAdditive(figure.unit);

/** True when the total and its parts are exact figures and the parts add up to it. */
function addsUp(figures: Figures, total: number, parts: readonly number[]): boolean {
  const exact = (index: number) => figures[index]?.qualifier === 'exact';
  return exact(total) && parts.every(exact) && sumOf(figures, parts) === hundredths(figures[total]?.value ?? 0);
}

function triggerAfter(text: string, end: number): { kind: BreakdownTrigger; paren: boolean; end: number } | undefined {
  const match = TRIGGER.exec(text.slice(end, end + 40));
  if (!match) return undefined;
  const kind = match[1] ? 'colon' : TRIGGER_KINDS[match[2] ?? match[3] ?? ''];
  return kind ? { kind, paren: /[（(]/.test(match[0]), end: end + match[0].length } : undefined;
}

function listEnd(text: string, from: number, paren: boolean): number {
  const pattern = new RegExp(paren ? '[）)。\\n]' : LIST_END.source, 'g');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

/** The first figure of each item after a total, up to `end`: "维持6件,驳回3件,终止4件". */
function listedAfter(text: string, figures: Figures, total: number, after: number, end: number, taken: ReadonlySet<number>): number[] {
  const totalFigure = figures[total];
  if (!totalFigure) return [];
  const parts: number[] = [];
  let previousEnd = figures[after]?.end ?? totalFigure.end;
  const totalFamily = familyOfText(text.slice(totalFigure.phrase.start, totalFigure.start));
  for (let index = after + 1; index < figures.length && parts.length < MAX_PARTS; index += 1) {
    const figure = figures[index];
    if (!figure || figure.start >= end) break;
    const between = text.slice(previousEnd, figure.start);
    previousEnd = figure.end;
    // An item's own share ("维持1691件,占比61.4%;驳回630件…") is no item.
    if (taken.has(index) || !additive(figure)) continue;
    // An item that names a new scope ("；全市行政机关败诉案件99件") starts another statement: the list has ended.
    if (NEW_SCOPE.test(between)) break;
    // An item of another kind of proceeding ("受理复议申请2005件,行政诉讼受案808件") is no part of the total;
    // a case category ("行政处罚类12件" among reconsideration cases) is.
    const family = totalFamily === undefined ? undefined : familyOfText(between);
    if (family !== undefined && family !== totalFamily && PROCEEDINGS.has(family) && PROCEEDINGS.has(totalFamily ?? 'other')) break;
    if (!ITEM_SEPARATOR.test(between) && parts.length > 0) continue;
    if (unitKind(figure.unit) !== unitKind(totalFigure.unit)) break;
    parts.push(index);
  }
  return parts;
}

/**
 * The listed items that add up to the total: all of them; else all but one or two (an item of
 * another cut, "立案撤销3件" beside 简易/普通程序); else the longest run from the start that stays
 * within the total. Returns the kept items and those left out.
 */
function fitToTotal(figures: Figures, total: number, listed: readonly number[]): { parts: number[]; leftOut: number[] } {
  const target = hundredths(figures[total]?.value ?? 0);
  const sum = sumOf(figures, listed);
  if (sum <= target) return { parts: [...listed], leftOut: [] };
  // The later items are the likelier other cut ("…调解4件；尚有6件正在审理中"): try them first.
  for (const drop of [...listed].reverse()) {
    if (sum - hundredths(figures[drop]?.value ?? 0) === target) return { parts: listed.filter((part) => part !== drop), leftOut: [drop] };
  }
  for (let a = listed.length - 1; a >= 0; a -= 1) {
    for (let b = listed.length - 1; b > a; b -= 1) {
      const dropped = [listed[a] ?? -1, listed[b] ?? -1];
      if (sum - sumOf(figures, dropped) === target && listed.length - 2 >= 2) return { parts: listed.filter((part) => !dropped.includes(part)), leftOut: dropped };
    }
  }
  const parts: number[] = [];
  let running = 0;
  for (const part of listed) {
    running += hundredths(figures[part]?.value ?? 0);
    if (running > target) break;
    parts.push(part);
  }
  return { parts, leftOut: listed.slice(parts.length) };
}

/** Words of a concluded count: its parts are outcomes, never cases still open. */
const CONCLUDED = /办结|审结|结案|办理完毕|处理完毕|已办理/u;
/** Words of cases still open or carried over: siblings of the concluded ones, parts of what was received. */
const PENDING = /结转|尚在|正在|审理中|办理中|未办结|未审结|待办|在办/u;

/** The words of a figure's own clause before it ("已办结4件" → 已办结). */
const wordsOf = (text: string, figure: ExtractedFigure | undefined): string => (figure ? text.slice(figure.phrase.start, figure.start) : '');

/**
 * The total a concluded count and the open cases beside it add up to, stated earlier in the same
 * sentence: "收到申请4件，已办结4件，其中…，结转下年度0件" → 4 = 4 + 0. Undefined when none does.
 */
function receivedBefore(text: string, figures: Figures, concluded: number, open: readonly number[], taken: ReadonlySet<number>): number | undefined {
  const figure = figures[concluded];
  if (!figure) return undefined;
  const target = sumOf(figures, [concluded, ...open]);
  for (let index = concluded - 1; index >= 0; index -= 1) {
    const candidate = figures[index];
    if (!candidate || LIST_END.test(text.slice(candidate.end, figure.start))) return undefined;
    if (!taken.has(index) && !candidate.cell && unitKey(candidate.unit) === unitKey(figure.unit) && hundredths(candidate.value) === target) return index;
  }
  return undefined;
}

/**
 * The outcomes of a concluded part, among the items left out of its total: "办理应诉案件42件，其中审结30件，
 * 胜诉29件" — 29 is no part of the 42 beside the 30, but of the 30. The items must follow the concluded
 * part and not exceed it.
 */
function outcomesOfConcludedPart(
  text: string,
  figures: Figures,
  parts: readonly number[],
  leftOut: readonly number[],
): { total: number; parts: number[] } | undefined {
  const first = leftOut[0];
  if (first === undefined) return undefined;
  const before = parts.filter((part) => part < first);
  const concluded = before[before.length - 1];
  if (concluded === undefined || !CONCLUDED.test(wordsOf(text, figures[concluded])) || leftOut.some((item) => item < concluded)) return undefined;
  if (sumOf(figures, leftOut) > hundredths(figures[concluded]?.value ?? 0)) return undefined;
  return { total: concluded, parts: [...leftOut] };
}

/** The clause stating a total's change, between the total and its list: "401件,同比增长6.4%,其中…". */
const CHANGE_CLAUSE = /^[，,]?[^，,。；;！？!?\n]{0,12}$/u;

/**
 * Where a total's list may start: right after the total, or after the percentage that states its change
 * ("受理401件,同比增长6.4%,其中…", "1882件,比2023年上升2.8%。…主要集中在…"). Returns the index of the
 * figure the trigger follows.
 */
function changeStatedAfter(text: string, figures: Figures, total: number): number {
  const next = figures[total + 1];
  const figure = figures[total];
  if (!figure || !next || additive(next) || next.cell) return total;
  return CHANGE_CLAUSE.test(text.slice(figure.end, next.start)) && !triggerAfter(text, figure.end) ? total + 1 : total;
}

/** Totals followed by a colon, 其中, 包括 or 分别为 and their listed parts, fitted to the total; with the nested ones they imply. */
function triggeredBreakdowns(text: string, figures: Figures, taken: Set<number>, found: BreakdownCandidate[]): void {
  figures.forEach((figure, total) => {
    if (taken.has(total) || !additive(figure) || figure.cell) return;
    const after = changeStatedAfter(text, figures, total);
    const trigger = triggerAfter(text, figures[after]?.end ?? figure.end);
    if (!trigger) return;
    const all = listedAfter(text, figures, total, after, listEnd(text, trigger.end, trigger.paren), taken);
    // Cases still open are no outcome of the concluded ones: they stand beside them ("已办结4件，其中…，结转0件").
    const concludedTotal = CONCLUDED.test(wordsOf(text, figure));
    const open = concludedTotal ? all.filter((index) => PENDING.test(wordsOf(text, figures[index]))) : [];
    const listed = all.filter((index) => !open.includes(index));
    if (listed.length === 0) return;
    const { parts, leftOut } = fitToTotal(figures, total, listed);
    // A single part is a breakdown after 其中 only, and only the item right after it ("受理486件，其中行政诉讼242件").
    const single = trigger.kind === 'of_which' && parts.length === 1 && parts[0] === listed[0];
    if (parts.length === 0 || (parts.length < 2 && !single)) return;
    parts.forEach((part) => taken.add(part));
    const nested = outcomesOfConcludedPart(text, figures, parts, leftOut);
    const kept = nested ? leftOut.filter((index) => !nested.parts.includes(index)) : leftOut;
    found.push({ total, parts, trigger: trigger.kind, ...(kept.length > 0 ? { leftOut: kept } : {}), addsUp: addsUp(figures, total, parts) });
    if (nested) {
      nested.parts.forEach((part) => taken.add(part));
      found.push({ ...nested, trigger: trigger.kind, addsUp: addsUp(figures, nested.total, nested.parts) });
    }
    const received = open.length > 0 ? receivedBefore(text, figures, total, open, taken) : undefined;
    if (received !== undefined) {
      const siblings = [total, ...open];
      open.forEach((part) => taken.add(part));
      found.push({ total: received, parts: siblings, trigger: 'sum-before', addsUp: addsUp(figures, received, siblings) });
    }
  });
}

/** Runs of figures in one sentence, each a list of two or more additive figures of one unit not yet taken. */
function sentenceLists(text: string, figures: Figures, taken: ReadonlySet<number>): number[][] {
  const lists: number[][] = [];
  let current: number[] = [];
  const close = () => {
    if (current.length >= 2) lists.push(current);
    current = [];
  };
  figures.forEach((figure, index) => {
    const previous = current[current.length - 1];
    const previousFigure = previous === undefined ? undefined : figures[previous];
    const sameSentence = previousFigure !== undefined && !LIST_END.test(text.slice(previousFigure.end, figure.start)) && figure.start - previousFigure.end < 120;
    if (!additive(figure)) {
      if (previousFigure && !sameSentence) close();
      return;
    }
    const fits = !taken.has(index) && !figure.cell && (!previousFigure || unitKey(previousFigure.unit) === unitKey(figure.unit));
    if (!sameSentence || !fits) close();
    if (fits && current.length < MAX_PARTS) current.push(index);
  });
  close();
  return lists;
}

/**
 * Lists whose figures add up exactly to a figure of the same unit stated within reach before them
 * ("共63件…。按信件类型分类:建议类21件、投诉15件…", another cut of the same 63) or after them
 * ("维持A件，驳回B件…。审结N件"). The nearest such total wins.
 */
function summedBreakdowns(text: string, figures: Figures, taken: Set<number>, found: BreakdownCandidate[]): void {
  for (const list of sentenceLists(text, figures, taken)) {
    const first = figures[list[0] ?? -1];
    const last = figures[list[list.length - 1] ?? -1];
    if (!first || !last) continue;
    const target = sumOf(figures, list);
    const matches = (index: number) => {
      const figure = figures[index];
      return (
        figure !== undefined &&
        !figure.cell &&
        additive(figure) &&
        unitKey(figure.unit) === unitKey(first.unit) &&
        hundredths(figure.value) === target &&
        !list.includes(index)
      );
    };
    let total: number | undefined;
    let trigger: BreakdownTrigger = 'sum-before';
    for (let index = (list[0] ?? 0) - 1; index >= 0 && first.start - (figures[index]?.end ?? 0) <= SUM_REACH; index -= 1) {
      if (matches(index)) {
        total = index;
        break;
      }
    }
    if (total === undefined) {
      for (let index = (list[list.length - 1] ?? 0) + 1; index < figures.length && (figures[index]?.start ?? 0) - last.end <= SUM_REACH; index += 1) {
        if (matches(index) && !taken.has(index)) {
          total = index;
          trigger = 'sum-after';
          break;
        }
      }
    }
    if (total === undefined) continue;
    list.forEach((part) => taken.add(part));
    found.push({ total, parts: list, trigger, addsUp: addsUp(figures, total, list) });
  }
}

/** Words between a figure and the table it points to: "具体见表二", "详见下表", "如下表". */
const POINTS_TO_TABLE = /见表|见下表|如下表|下表|详见附表|见附表/u;

/**
 * The figure of the text that a table's total cell restates: same value and unit, stated shortly before
 * the table, with words pointing to a table in between ("实施行政处罚总数为293宗,…,具体见表二").
 */
function totalStatedBefore(text: string, figures: Figures, cell: number, firstCell: number, taken: ReadonlySet<number>): number | undefined {
  const total = figures[cell];
  const tableStart = figures[firstCell]?.start ?? 0;
  if (!total) return undefined;
  for (let index = firstCell - 1; index >= 0; index -= 1) {
    const figure = figures[index]!;
    if (tableStart - figure.end > SUM_REACH) return undefined;
    if (figure.cell || taken.has(index)) continue;
    if (
      unitKey(figure.unit) === unitKey(total.unit) &&
      hundredths(figure.value) === hundredths(total.value) &&
      POINTS_TO_TABLE.test(text.slice(figure.end, tableStart))
    )
      return index;
  }
  return undefined;
}

/**
 * In each table, cells that add up to a later cell: of its row, of its column, or of the whole table
 * before it. When the text stated the table's total before it, that figure is the total and the cell restates it.
 */
function tableBreakdowns(text: string, figures: Figures, taken: Set<number>, found: BreakdownCandidate[]): void {
  const byTable = new Map<number, number[]>();
  figures.forEach((figure, index) => {
    if (!figure.cell || !additive(figure)) return;
    const cells = byTable.get(figure.cell.table);
    if (cells) cells.push(index);
    else byTable.set(figure.cell.table, [index]);
  });
  for (const cells of byTable.values()) {
    for (let position = cells.length - 1; position >= 0; position -= 1) {
      const total = cells[position] ?? -1;
      const cell = figures[total]?.cell;
      if (!cell || taken.has(total) || (figures[total]?.value ?? 0) === 0) continue;
      const before = cells
        .slice(Math.max(0, position - MAX_TABLE_CELLS), position)
        .filter((index) => !taken.has(index) && unitKey(figures[index]!.unit) === unitKey(figures[total]!.unit));
      const target = hundredths(figures[total]?.value ?? 0);
      const row = before.filter((index) => figures[index]?.cell?.row === cell.row);
      const column = before.filter((index) => figures[index]?.cell?.column === cell.column && figures[index]?.cell?.row !== cell.row);
      const all = before.filter((index) => !figures[index]?.cell?.isTotal);
      const parts = [row, column, all].find((candidate) => candidate.length >= 2 && sumOf(figures, candidate) === target);
      if (!parts) continue;
      parts.forEach((part) => taken.add(part));
      taken.add(total);
      const stated = totalStatedBefore(text, figures, total, cells[0]!, taken);
      if (stated === undefined) found.push({ total, parts, trigger: 'table', addsUp: true });
      else found.push({ total: stated, parts, trigger: 'table', addsUp: addsUp(figures, stated, parts), restatedBy: total });
    }
  }
}

/**
 * Finds totals and their parts, with the arithmetic as the judge:
 * - after a colon, 其中, 包括 or 分别为, the first figure of each listed item up to the end of the
 *   sentence (or bracket), fitted to the total: items of another cut that make the list overshoot
 *   are left out ("立案查处N件（其中简易程序A件，普通程序B件、立案撤销C件）" keeps A and B); a single
 *   其中 part is a breakdown too ("受理486件，其中行政诉讼242件");
 * - nested breakdowns: the outcomes listed after a concluded part split that part ("应诉案件42件，其中审结30件，
 *   胜诉29件"); cases still open beside a concluded total stand with it under what was received
 *   ("收到4件，已办结4件，其中…，结转0件": 4 = 4 + 0, and the 4 concluded split by outcome);
 * - lists in one sentence that add up exactly to a figure stated shortly before them (another cut
 *   of the same total) or after them ("维持A件，驳回B件…。审结N件");
 * - table cells that add up to a total cell of their row, column or table.
 * A figure is a part of one breakdown at most; `skip` (prior-year figures) are never used.
 *
 * @example
 * ```ts
 * const text = '受理复议案件16件:维持6件,驳回3件,终止4件;3件正审理中。';
 * findBreakdowns(text, extractFigures(text)); // [{ total: 0, parts: [1, 2, 3, 4], trigger: 'colon' }]
 * ```
 */
export function findBreakdowns(text: string, figures: Figures, skip: ReadonlySet<number> = new Set()): BreakdownCandidate[] {
  const found: BreakdownCandidate[] = [];
  const taken = new Set<number>(skip);
  tableBreakdowns(text, figures, taken, found);
  triggeredBreakdowns(text, figures, taken, found);
  summedBreakdowns(text, figures, taken, found);
  return found.sort((a, b) => a.total - b.total || (figures[a.parts[0] ?? 0]?.start ?? 0) - (figures[b.parts[0] ?? 0]?.start ?? 0));
}
