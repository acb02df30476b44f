import { arc } from 'd3-shape';
import { linear } from './linear.js';

/** The drawing area of a stacked bar, in SVG user units (it scales with its container). */
export const BAR = { width: 800, height: 56 } as const;

/** The drawing area of a donut: a 200 × 200 box centred on the origin. */
export const DONUT = { outer: 96, inner: 58, viewBox: '-100 -100 200 200' } as const;

/** One shape of a chart, as an SVG path. */
export interface Shape {
  readonly d: string;
}

/**
 * Paths of a horizontal stacked bar: one rectangle per value, left to right, scaled with d3 so the
 * values fill the width (d3-shape draws the donut; the bar needs only a linear map). Zero values give empty shapes (they are kept so indexes match).
 */
export function stackedBar(values: readonly number[]): Shape[] {
  const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
  const x = linear([0, total || 1], [0, BAR.width]);
  let start = 0;
  return values.map((value) => {
    const end = start + Math.max(0, value);
    const left = x(start);
    const width = x(end) - left;
    start = end;
    return { d: width > 0 ? `M${left},0h${width}v${BAR.height}h${-width}Z` : '' };
  });
}

/**
 * Paths of a donut: one arc per value, clockwise from twelve o'clock, in the order given (not sorted).
 * d3-shape's `arc` draws them; the angles are what `pie().sort(null)` would give (each value's share of
 * a full turn, in order), worked out here so the drop-in does not carry the pie layout for one loop.
 */
export function donut(values: readonly number[]): Shape[] {
  const shape = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(DONUT.inner)
    .outerRadius(DONUT.outer)
    .padAngle(values.length > 1 ? 0.012 : 0);
  const parts = values.map((value) => Math.max(0, value));
  const sum = parts.reduce((total, value) => total + value, 0);
  const perUnit = sum ? (2 * Math.PI) / sum : 0;
  let startAngle = 0;
  return parts.map((value) => {
    const endAngle = startAngle + value * perUnit;
    const d = endAngle > startAngle ? (shape({ startAngle, endAngle }) ?? '') : '';
    startAngle = endAngle;
    return { d };
  });
}
