import { nothing, svg, type SVGTemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BAR, DONUT, type Shape } from './geometry.js';
import { markFill, patternDefs } from './patterns.js';
import type { Segment } from './segments.js';

/** The chart kinds of `<rule-of-law-breakdown>`. */
export const CHART_KINDS = ['bar', 'donut'] as const;

/** One of {@link CHART_KINDS}. */
export type ChartKind = (typeof CHART_KINDS)[number];

/** The SVG viewBox of a chart kind. */
export function viewBox(kind: ChartKind): string {
  return kind === 'bar' ? `0 0 ${BAR.width} ${BAR.height}` : DONUT.viewBox;
}

/** The colour class of a segment: `s1`…`s8`, or `rest`. */
function colourClass(segment: Segment): string {
  return segment.colour === 0 ? 'rest' : `s${segment.colour}`;
}

/** The painted shapes of a chart: colour, then the mark's pattern on top. Decorative: the SVG carries the name. `prefix` scopes the pattern ids. */
export function drawShapes(segments: readonly Segment[], shapes: readonly Shape[], prefix?: string): SVGTemplateResult {
  return svg`${patternDefs(prefix)}<g class="shapes">${segments.map((segment, index) => {
    const d = shapes[index]?.d;
    if (!d) return nothing;
    const fill = markFill(segment.mark, prefix);
    return svg`<path class="shape ${colourClass(segment)}" d=${d}></path>${fill ? svg`<path class="mark" fill=${fill} d=${d}></path>` : nothing}`;
  })}</g>`;
}

/** The total in the middle of a donut. */
export function donutCentre(total: string, caption: string): SVGTemplateResult {
  return svg`<text class="centre-value" x="0" y="4" text-anchor="middle">${total}</text>
    <text class="centre-caption" x="0" y="28" text-anchor="middle">${caption}</text>`;
}

/** A legend or table swatch: the segment's colour and mark (patterns of the chart with the same `prefix`) in a small square. */
export function swatch(segment: Segment, prefix?: string): SVGTemplateResult {
  const fill = markFill(segment.mark, prefix);
  return svg`<svg class="swatch" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
    <rect class="shape ${colourClass(segment)}" x="1" y="1" width="16" height="16" rx="2"></rect>
    ${fill ? svg`<rect class="mark" fill=${ifDefined(fill)} x="1" y="1" width="16" height="16" rx="2"></rect>` : nothing}
  </svg>`;
}
