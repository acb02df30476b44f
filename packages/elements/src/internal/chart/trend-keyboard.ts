import type { TrendTarget } from './trend-targets.js';

/** The keys that move the focus between a chart's points. */
const MOVES = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'] as const;

/** The keys that choose the focused point. */
const CHOOSES = ['Enter', ' '] as const;

/** What a key does on a point: choose it, move the focus (`to` is `undefined` at an edge), or nothing of ours. */
export type TrendKeyAction = { readonly kind: 'select' } | { readonly kind: 'move'; readonly to: TrendTarget | undefined } | { readonly kind: 'none' };

/**
 * What `key` does on `target`, one of a chart's `targets` (in reading order: by series, then period):
 * Enter and Space choose it; ArrowLeft/ArrowRight move along its series, Home and End to its first and
 * last point; ArrowUp/ArrowDown to the previous or next series, at the point nearest this period. The
 * roving focus of `<rule-of-law-trend>` (one tab stop per chart).
 *
 * @example
 * ```ts
 * trendKeyAction('ArrowRight', targets[0], targets); // { kind: 'move', to: targets[1] }
 * trendKeyAction('Enter', targets[0], targets); // { kind: 'select' }
 * trendKeyAction('a', targets[0], targets); // { kind: 'none' }
 * ```
 */
export function trendKeyAction(key: string, target: TrendTarget, targets: readonly TrendTarget[]): TrendKeyAction {
  if ((CHOOSES as readonly string[]).includes(key)) return { kind: 'select' };
  if (!(MOVES as readonly string[]).includes(key)) return { kind: 'none' };
  const same = targets.filter((candidate) => candidate.series === target.series);
  const position = same.indexOf(target);
  const seriesOrder = [...new Set(targets.map((candidate) => candidate.series))];
  const seriesPosition = seriesOrder.indexOf(target.series);
  /** The point of another series nearest to this period. */
  const across = (step: number): TrendTarget | undefined => {
    const next = seriesOrder[seriesPosition + step];
    if (!next) return undefined;
    return targets
      .filter((candidate) => candidate.series === next)
      .reduce<TrendTarget | undefined>(
        (best, candidate) => (!best || Math.abs(candidate.period - target.period) < Math.abs(best.period - target.period) ? candidate : best),
        undefined,
      );
  };
  const moves: Record<(typeof MOVES)[number], () => TrendTarget | undefined> = {
    ArrowRight: () => same[position + 1],
    ArrowLeft: () => same[position - 1],
    ArrowDown: () => across(1),
    ArrowUp: () => across(-1),
    Home: () => same[0],
    End: () => same[same.length - 1],
  };
  return { kind: 'move', to: moves[key as (typeof MOVES)[number]]() };
}
