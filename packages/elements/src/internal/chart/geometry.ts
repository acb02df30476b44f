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

/** The gap between two segments of a donut, as d3-shape's `padAngle` (radians at the pad radius). */
const PAD_ANGLE = 0.012;

/**
 * One segment of the donut ring from angle `a0` to `a1` (radians, clockwise from twelve o'clock), padded
 * as d3-shape's `arc().padAngle(pad)` pads (the same linear gap at every radius, at the pad radius
 * √(inner² + outer²)): the outer edge clockwise, the inner edge back. A full turn is two rings drawn in
 * opposite directions (an SVG arc cannot close a circle), so the hole stays empty. Written here rather
 * than taken from d3-shape: this is all the drop-in needs of it, and d3-shape with d3-path cost 2.6 KB
 * gzip of its 48 KB budget (test/elements/donut-geometry.test.ts checks the paths against d3's).
 */
function ringSegment(a0: number, a1: number, pad: number): string {
  const { inner, outer } = DONUT;
  // Three decimals, as d3-path writes them: a thousandth of a user unit is far below a pixel.
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const at = (radius: number, angle: number) => `${round(radius * Math.sin(angle))},${round(-radius * Math.cos(angle))}`;
  const edge = (radius: number, from: number, to: number, sweep: 0 | 1) =>
    `A${radius},${radius},0,${Math.abs(to - from) >= Math.PI ? 1 : 0},${sweep},${at(radius, to)}`;
  if (a1 - a0 > 2 * Math.PI - 1e-12) {
    const half = a0 + Math.PI;
    return `M${at(outer, a0)}${edge(outer, a0, half, 1)}${edge(outer, half, a0, 1)}M${at(inner, a0)}${edge(inner, a0, half, 0)}${edge(inner, half, a0, 0)}Z`;
  }
  // Each edge gives up the angle that makes the gap `padRadius · sin(pad / 2)` wide on either side, or
  // shrinks to its middle when the segment is narrower than the gap.
  const padRadius = Math.hypot(inner, outer);
  const ends = (radius: number): [number, number] => {
    const give = Math.asin((padRadius / radius) * Math.sin(pad / 2));
    return a1 - a0 - 2 * give > 1e-12 ? [a0 + give, a1 - give] : [(a0 + a1) / 2, (a0 + a1) / 2];
  };
  const [o0, o1] = ends(outer);
  const [i0, i1] = ends(inner);
  return `M${at(outer, o0)}${o1 > o0 ? edge(outer, o0, o1, 1) : ''}L${at(inner, i1)}${i1 > i0 ? edge(inner, i1, i0, 0) : ''}Z`;
}

/**
 * Paths of a donut: one arc per value, clockwise from twelve o'clock, in the order given (not sorted):
 * each value's share of a full turn, in order (what d3's `pie().sort(null)` gives), drawn as
 * `arc().padAngle(0.012)` would draw it.
 */
export function donut(values: readonly number[]): Shape[] {
  const pad = values.length > 1 ? PAD_ANGLE : 0;
  const parts = values.map((value) => Math.max(0, value));
  const sum = parts.reduce((total, value) => total + value, 0);
  const perUnit = sum ? (2 * Math.PI) / sum : 0;
  let startAngle = 0;
  return parts.map((value) => {
    const endAngle = startAngle + value * perUnit;
    const d = endAngle > startAngle ? ringSegment(startAngle, endAngle, pad) : '';
    startAngle = endAngle;
    return { d };
  });
}
