import type { ReactiveElement } from 'lit';
import { emit } from '../events.js';
import type { ViewContext } from '../views/view-context.js';
import { segmentLabel, type BreakdownInteraction } from '../views/breakdown-view.js';
import type { Segment } from './segments.js';

/** Where a chart keeps the segment that is in the tab order (roving tabindex). */
export interface ActiveSegment {
  readonly get: () => number;
  /** Stores the new index and asks the host to render again. */
  readonly set: (index: number) => void;
}

/** Arrow keys, Home and End: which position in the focus order they move to, from `position` of `last + 1`. */
function keyTarget(key: string, position: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(last, position + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, position - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/**
 * How one chart's segments answer the reader: click, Enter or Space choose a segment (`rol-select` from
 * `host`); the arrow keys, Home and End move the focus along the segments (one tab stop per chart).
 * Shared by `<rule-of-law-breakdown>` and the report's light-DOM rendering, which draws its charts inline.
 *
 * @example
 * ```ts
 * breakdownView(entry, computed, { ...options, interactive: segmentInteraction(this, entry.indicator.id, this.viewContext, active) }, context);
 * ```
 */
export function segmentInteraction(host: ReactiveElement, indicatorId: string, context: ViewContext, active: ActiveSegment): BreakdownInteraction {
  const select = (segment: Segment, index: number): void => {
    active.set(index);
    emit(host, 'rol-select', {
      indicatorId,
      category: segment.category,
      label: segmentLabel(segment, context),
      value: segment.figure.value,
      ...(segment.share === undefined ? {} : { share: segment.share }),
      locale: context.locale,
    });
  };
  return {
    active: active.get(),
    select,
    keydown(event, segment, index, focusable) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(segment, index);
        return;
      }
      const target = keyTarget(event.key, focusable.indexOf(index), focusable.length - 1);
      if (target === undefined) return;
      event.preventDefault();
      const next = focusable[target] ?? index;
      // The chart's own hit layer: several charts may share one render root (the light DOM).
      const layer = (event.currentTarget as Element | null)?.closest('svg');
      active.set(next);
      void host.updateComplete.then(() => layer?.querySelector<SVGElement>(`.target[data-index="${next}"]`)?.focus());
    },
  };
}
