import type { ReactiveElement } from 'lit';

/**
 * A focusable item of a chart (a breakdown's segment, a trend's point or bar): its stable key, its row (a
 * trend's series; a breakdown has one row) and its place along the row (the segment's or period's index).
 */
export interface RovingItem {
  readonly key: string;
  readonly row: unknown;
  readonly column: number;
}

/** What a key does on an item: choose it, move the focus (`to`, an index, is `undefined` at an edge), or nothing of ours. */
export type RovingKeyAction = { readonly kind: 'select' } | { readonly kind: 'move'; readonly to: number | undefined } | { readonly kind: 'none' };

/**
 * The keyboard model of every chart, as a pure function: what `key` does on `items[from]`, with `items` in
 * reading order (by row, then along the row). Enter and Space choose it; ArrowRight and ArrowLeft move along
 * its row, Home and End to the row's first and last item; ArrowDown and ArrowUp to the next or previous row,
 * at the item nearest this place (the earlier of two as near) — in a chart of one row they move along it,
 * as ArrowRight and ArrowLeft do. Nothing moves past an end.
 *
 * @example
 * ```ts
 * const bar = [0, 1, 2].map((column) => ({ key: String(column), row: 0, column }));
 * rovingKeyAction('ArrowDown', 0, bar); // { kind: 'move', to: 1 }
 * rovingKeyAction('End', 0, bar); // { kind: 'move', to: 2 }
 * rovingKeyAction(' ', 0, bar); // { kind: 'select' }
 * ```
 */
export function rovingKeyAction(key: string, from: number, items: readonly RovingItem[]): RovingKeyAction {
  if (key === 'Enter' || key === ' ') return { kind: 'select' };
  const item = items[from];
  if (!item) return { kind: 'none' };
  const rows = [...new Set(items.map((candidate) => candidate.row))];
  const inRow = (row: unknown): RovingItem[] => items.filter((candidate) => candidate.row === row);
  const row = inRow(item.row);
  const at = row.indexOf(item);
  const distance = (candidate: RovingItem): number => Math.abs(candidate.column - item.column);
  /** One row on: along it in a chart of one row, else the nearest item of the next or previous row. */
  const across = (step: number): RovingItem | undefined =>
    rows.length === 1
      ? row[at + step]
      : inRow(rows[rows.indexOf(item.row) + step]).reduce<RovingItem | undefined>(
          (best, candidate) => (!best || distance(candidate) < distance(best) ? candidate : best),
          undefined,
        );
  const to =
    key === 'ArrowRight'
      ? row[at + 1]
      : key === 'ArrowLeft'
        ? row[at - 1]
        : key === 'ArrowDown'
          ? across(1)
          : key === 'ArrowUp'
            ? across(-1)
            : key === 'Home'
              ? row[0]
              : key === 'End'
                ? row[row.length - 1]
                : null;
  return to === null ? { kind: 'none' } : { kind: 'move', to: to && items.indexOf(to) };
}

/**
 * The roving focus of an element's charts: one tab stop per chart (the item whose key {@link get} gives,
 * else the chart's first), and the keys of {@link rovingKeyAction}. Moving the focus redraws the host, then
 * focuses the chart's new tab stop (`tabindex="0"` in the same SVG layer: several charts may share one
 * render root). Shared by `<rule-of-law-breakdown>`, `<rule-of-law-trend>` and the report's light-DOM charts.
 *
 * @example
 * ```ts
 * private readonly roving = new RovingFocus(this);
 * // in a point's keydown handler:
 * this.roving.keydown(event, 'chart-0', items, index, () => select(point));
 * ```
 */
export class RovingFocus {
  private readonly active = new Map<string, string>();

  constructor(private readonly host: ReactiveElement) {}

  /** The key of chart `chart`'s tab stop, once one was chosen, focused or moved to. */
  get(chart: string): string | undefined {
    return this.active.get(chart);
  }

  /** Makes the item `key` chart `chart`'s tab stop (redrawing the host when that changes it). */
  set(chart: string, key: string): void {
    if (this.active.get(chart) === key) return;
    this.active.set(chart, key);
    this.host.requestUpdate();
  }

  /** Answers a key pressed on `items[index]` of chart `chart`: `select` for Enter and Space, moves for the others. */
  keydown(event: KeyboardEvent, chart: string, items: readonly RovingItem[], index: number, select: () => void): void {
    const action = rovingKeyAction(event.key, index, items);
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'select') return select();
    const to = action.to === undefined ? undefined : items[action.to];
    if (!to) return;
    const layer = (event.currentTarget as Element | null)?.closest('svg');
    this.set(chart, to.key);
    void this.host.updateComplete.then(() => layer?.querySelector<SVGElement>('[tabindex="0"]')?.focus());
  }
}
