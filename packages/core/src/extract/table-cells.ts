import type { Unit } from '../schema/unit.js';
import { parseArabicNumber } from './numbers.js';
import type { ExtractedFigure } from './types.js';
import { unitFromWord } from './units.js';

/** Where a table cell stands: its table, row and column, and the words that name it. */
export interface TableCell {
  /** Which table of the text (0 for the first). */
  readonly table: number;
  /** Row within the table, counted over the rows that hold numbers (0 for the first). */
  readonly row: number;
  /** Position among the numeric cells of its row. */
  readonly column: number;
  /** The words before the cell in its row, or the line before it: what the cell counts. */
  readonly rowLabel: string;
  /** True when the row or column is a total (合计, 总计, 小计). */
  readonly isTotal: boolean;
  /** The table's caption, which says what its cells count ("市州收到行政复议申请情况"); empty when none is found. */
  readonly caption: string;
}

/** A table's caption line: "表2:市州收到行政复议申请情况", "庆元县2024年度行政处罚实施情况统计表". */
const CAPTION = /^(?:表[0-9一二三四五六七八九十]+[:：、.\s]*)?(.{2,60}?(?:统计表|情况表|一览表|数据表|情况))(?:[（(][^（）()]*[)）])?$/u;

/** The caption of the table whose first row starts at `rowStart`: the nearest caption line within 15 lines above. */
function captionBefore(lines: readonly Line[], rowIndex: number): string {
  for (let at = rowIndex - 1; at >= Math.max(0, rowIndex - 15); at -= 1) {
    const caption = CAPTION.exec(trim(lines[at]?.text ?? ''))?.[1];
    if (caption !== undefined) return caption;
  }
  return '';
}

/** A cell that holds a number and nothing else: "132", "1,753.79", "0". */
const NUMERIC_CELL = /^[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?$|^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;
/** A cell or line short enough to be a header or row label, without the punctuation of prose. */
const SHORT_LINE = /^[^。；;！？]{1,30}$/;
/** Words of a web page's counters (shares, comments, reads) that stand beside a lone number. */
const PAGE_FURNITURE = /分享|评论|阅读|点赞|收藏|浏览|访问|转发/;
const TOTAL_WORDS = /合计|总计|小计|总数|共计/;
/** A unit named in a table header: "(宗)", "（件）", "(单位:万元)". */
const HEADER_UNIT = /[（(](?:单位[:：]\s*)?(万元|元|件|宗|起|人次|人|次|个|项|家|户)[)）]/g;

const trim = (cell: string): string => cell.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');

interface Line {
  readonly text: string;
  readonly start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

/** The count unit and whether a money column (万元) is named in the headers just above a table's first cell. */
function headerUnits(text: string, since: number, from: number): { count: Unit; moneyScale?: string } {
  const header = text.slice(Math.max(since, from - 500), from);
  let count: Unit = '件';
  let moneyScale: string | undefined;
  for (const match of header.matchAll(HEADER_UNIT)) {
    const word = match[1] ?? '';
    if (word.endsWith('元')) moneyScale = word === '万元' ? '万' : '';
    else count = unitFromWord(word) ?? count;
  }
  return { count, ...(moneyScale !== undefined ? { moneyScale } : {}) };
}

interface RawCell {
  readonly written: string;
  readonly start: number;
  readonly rowLabel: string;
  readonly rowIsTotal: boolean;
  readonly lastInRow: boolean;
}

/** Numeric cells of a row written with `|` separators. */
function pipeRow(line: Line): RawCell[] {
  const cells: RawCell[] = [];
  let offset = 0;
  const parts = line.text.split('|');
  const labels: string[] = [];
  for (const part of parts) {
    const cell = trim(part);
    const start = line.start + offset + part.indexOf(cell.charAt(0));
    offset += part.length + 1;
    if (cell === '') continue;
    if (!NUMERIC_CELL.test(cell)) {
      labels.push(cell);
      continue;
    }
    cells.push({ written: cell, start, rowLabel: labels[labels.length - 1] ?? '', rowIsTotal: TOTAL_WORDS.test(labels.join('')), lastInRow: false });
  }
  return cells.map((cell, index) => (index === cells.length - 1 ? { ...cell, lastInRow: true } : cell));
}

/**
 * Numbers standing as cells of a data table: in rows written with `|` separators, or one cell a line
 * among short header and label lines (how tables reach plain text when a page is copied). Each cell
 * becomes a figure with the table's unit (from a header such as "(宗)"; 件 when none is named); the
 * last cell of a row under a header naming 万元 is money. A lone number in prose is never a cell.
 *
 * @example
 * ```ts
 * extractTableFigures('表一\n警告 | 罚款 | 合计(宗) |\n31 | 54 | 85 |')
 * // [{ written: '31', value: 31, unit: '宗', cell: { row: 0, column: 0, … } }, …]
 * ```
 */
export function extractTableFigures(text: string): (ExtractedFigure & { readonly cell: TableCell })[] {
  if (!/[0-9０-９]/.test(text) || (!text.includes('|') && !/\n[\s\u00a0\u3000]*[0-9０-９][0-9０-９.,，]*[\s\u00a0\u3000]*\n/.test(text))) return [];
  const lines = linesOf(text);
  const figures: (ExtractedFigure & { cell: TableCell })[] = [];
  let table = -1;
  let row = 0;
  let lastCellLine = -100;
  let lastCellEnd = 0;
  let lastLabel = '';
  let labelIsTotal = false;
  let units: ReturnType<typeof headerUnits> = { count: '件' };
  let caption = '';
  const push = (cells: readonly RawCell[], lineIndex: number, rowStart: number) => {
    if (cells.length === 0) return;
    const header = text.slice(lastCellEnd, rowStart);
    if (lineIndex - lastCellLine > 12 || /(?:^|\n)[\s\u00a0\u3000]*表[0-9一二三四五六七八九十]/.test(header)) {
      table += 1;
      row = 0;
      units = headerUnits(text, lastCellEnd, rowStart);
      caption = captionBefore(lines, lineIndex);
    } else if (/[（(](?:单位[:：]|[^（()）]{0,3}元|件|宗)/.test(header)) {
      units = headerUnits(text, lastCellEnd, rowStart);
    } else if (header.includes('|')) {
      units = { count: units.count };
    }
    cells.forEach((cell, column) => {
      const money = units.moneyScale !== undefined && cell.lastInRow && (cells.length > 1 || /[.．]/.test(cell.written));
      const value = parseArabicNumber(cell.written, money ? units.moneyScale : '');
      figures.push({
        value,
        unit: money ? '元' : units.count,
        qualifier: 'exact',
        written: cell.written,
        start: cell.start,
        end: cell.start + cell.written.length,
        phrase: { text: cell.written, start: cell.start, end: cell.start + cell.written.length },
        numeral: 'arabic',
        cell: { table, row, column, rowLabel: cell.rowLabel, isTotal: cell.rowIsTotal, caption },
      });
    });
    row += 1;
    lastCellLine = lineIndex;
    lastCellEnd = figures[figures.length - 1]?.end ?? lastCellEnd;
  };
  let stacked: RawCell[] = [];
  let stackedStart = -1;
  lines.forEach((line, index) => {
    const content = trim(line.text);
    if ((line.text.match(/\|/g) ?? []).length >= 2) {
      push(pipeRow(line), index, line.start);
      return;
    }
    if (NUMERIC_CELL.test(content) && isAmongShortLines(lines, index)) {
      if (stacked.length === 0) stackedStart = index;
      stacked.push({ written: content, start: line.start + line.text.indexOf(content), rowLabel: lastLabel, rowIsTotal: labelIsTotal, lastInRow: false });
      return;
    }
    if (content !== '' && stacked.length > 0) {
      flushStacked();
    }
    if (content !== '' && SHORT_LINE.test(content)) {
      lastLabel = content;
      labelIsTotal = TOTAL_WORDS.test(content);
    }
  });
  flushStacked();
  return figures.sort((a, b) => a.start - b.start);

  function flushStacked(): void {
    if (stacked.length === 0) return;
    const cells = stacked.map((cell, index) => (index === stacked.length - 1 ? { ...cell, lastInRow: true } : cell));
    push(cells, stackedStart, lines[stackedStart]?.start ?? 0);
    stacked = [];
  }
}

/** True when a line with a lone number sits among other short lines (a table), not in prose. */
function isAmongShortLines(lines: readonly Line[], index: number): boolean {
  const near = (step: number): string | undefined => {
    for (let at = index + step, seen = 0; at >= 0 && at < lines.length && seen < 3; at += step) {
      const content = trim(lines[at]?.text ?? '');
      if (content === '') continue;
      return content;
    }
    return undefined;
  };
  const before = near(-1);
  const after = near(1);
  const short = (line: string | undefined) => line !== undefined && SHORT_LINE.test(line) && !PAGE_FURNITURE.test(line);
  return short(before) && (short(after) || after === undefined);
}
