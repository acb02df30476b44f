import type { ReactiveElement } from 'lit';
import { emit } from '../events.js';
import type { ViewContext } from '../views/view-context.js';
import { segmentLabel, type BreakdownInteraction } from '../views/breakdown-view.js';
import type { RovingFocus } from './roving-focus.js';
import type { Segment } from './segments.js';

/**
 * How one chart's segments answer the reader: click, Enter or Space choose a segment (`rol-select` from
 * `host`); the keys of the charts' one keyboard model ({@link RovingFocus}: the segments are one row) move
 * the focus along them, one tab stop per chart, kept by `roving` under the indicator id. Shared by
 * `<rule-of-law-breakdown>` and the report's light-DOM rendering, which draws its charts inline.
 *
 * @example
 * ```ts
 * breakdownView(entry, computed, { ...options, interactive: segmentInteraction(this, this.roving, entry.indicator.id, this.viewContext) }, context);
 * ```
 */
export function segmentInteraction(host: ReactiveElement, roving: RovingFocus, indicatorId: string, context: ViewContext): BreakdownInteraction {
  const select = (segment: Segment, index: number): void => {
    roving.set(indicatorId, String(index));
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
    active: Number(roving.get(indicatorId) ?? 0),
    select,
    keydown(event, segment, index, focusable) {
      const items = focusable.map((column) => ({ key: String(column), row: 0, column }));
      roving.keydown(event, indicatorId, items, focusable.indexOf(index), () => select(segment, index));
    },
  };
}
