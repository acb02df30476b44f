import { displayWidth, padEnd, padStart, truncate } from './text-width.js';

/** A column of a terminal table. */
export interface Column {
  readonly header: string;
  /** Right-align (numbers). */
  readonly right?: boolean;
  /** Widest the column may grow, in terminal columns; longer cells are cut with "…". */
  readonly max?: number;
}

/**
 * Renders rows as a plain-text table aligned in terminal columns (Chinese characters count two),
 * with a rule under the header.
 *
 * @example
 * ```ts
 * renderTable([{ header: '指标' }, { header: '数值', right: true }], [['行政复议', '16件']]);
 * // 指标       数值
 * // --------  ----
 * // 行政复议  16件
 * ```
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((column, index) => truncate(row[index] ?? '', column.max ?? Infinity)));
  const widths = columns.map((column, index) => Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[index] ?? ''))));
  const line = (row: readonly string[]) =>
    columns
      .map((column, index) => {
        const width = widths[index] ?? 0;
        const cell = row[index] ?? '';
        return column.right ? padStart(cell, width) : padEnd(cell, width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.header)), rule, ...cells.map(line)].join('\n');
}
