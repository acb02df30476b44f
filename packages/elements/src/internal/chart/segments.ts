import type { ComputedBreakdownIndicator, Figure, LocalizedText, Quantity } from '@rule-of-law/core';

/** How a segment is marked besides its colour: pending cases hatched, corrections and losses dotted, not accepted crossed, the not-itemised rest left open. */
export type Mark = 'none' | 'hatch' | 'dots' | 'cross' | 'open';

/** The group that decides each mark, in order of precedence. */
const MARK_GROUPS: readonly (readonly [group: string, mark: Mark])[] = [
  ['pending', 'hatch'],
  ['correction', 'dots'],
  ['loss', 'dots'],
  ['not_accepted', 'cross'],
];

/** One segment of a breakdown chart: a part, or the not-itemised rest of a partial breakdown. */
export interface Segment {
  /** The category code, or `_rest` for the not-itemised rest. */
  readonly category: string;
  readonly label?: LocalizedText;
  readonly figure: Quantity | Figure;
  /** Share of the total in percent, when defined. */
  readonly share?: number;
  /** Labels of the groups the part belongs to. */
  readonly groups: readonly LocalizedText[];
  readonly mark: Mark;
  /** The label of the group that gave the mark, shown as text beside it. */
  readonly markLabel?: LocalizedText;
  /** Palette index, 1–8; 0 for the rest. */
  readonly colour: number;
  /** The part's note in the report (`parts[].note`), shown in the table. */
  readonly note?: LocalizedText;
}

/** The key of the not-itemised rest segment. */
export const REST = '_rest';

/**
 * The segments of a computed breakdown, in report order: each part with its share, group labels, mark
 * and note; plus, for a breakdown whose parts do not reach the stated total, the rest as an open segment.
 */
export function segmentsOf(entry: ComputedBreakdownIndicator): Segment[] {
  const groupLabels = new Map(entry.groups.map((group) => [group.group, group.label] as const));
  const segments: Segment[] = entry.parts.map((part, index) => {
    const markGroup = MARK_GROUPS.find(([group]) => part.groups.includes(group));
    const markLabel = markGroup ? groupLabels.get(markGroup[0]) : undefined;
    // The computed parts are the indicator's parts, in the same order.
    const note = entry.indicator.parts[index]?.note;
    return {
      category: part.category,
      label: part.label,
      figure: part.quantity,
      ...(part.share.defined ? { share: part.share.value } : {}),
      groups: part.groups.flatMap((group) => {
        const label = groupLabels.get(group);
        return label ? [label] : [];
      }),
      mark: markGroup ? markGroup[1] : 'none',
      ...(markLabel ? { markLabel } : {}),
      colour: (index % 8) + 1,
      ...(note ? { note } : {}),
    };
  });
  const { total, sum } = entry;
  if (!entry.indicator.exhaustive && total && sum && total.value > sum.value) {
    const rest = total.value - sum.value;
    segments.push({
      category: REST,
      figure: { value: rest, unit: total.unit, qualifier: total.qualifier === 'exact' && sum.qualifier === 'exact' ? 'exact' : 'approximately' },
      share: (rest / total.value) * 100,
      groups: [],
      mark: 'open',
      colour: 0,
    });
  }
  return segments;
}
