// The donut's paths are drawn by the elements' own ring geometry (the drop-in does not carry d3-shape);
// d3-shape's `arc`, which drew them before, is the oracle here: same commands, same points.
import { arc, pie } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { DONUT, donut } from '../../packages/elements/src/internal/chart/geometry.js';

/** d3's paths for the same values: `pie().sort(null)` angles, `arc()` with the donut's radii and pad. */
function d3Donut(values: readonly number[]): string[] {
  const shape = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(DONUT.inner)
    .outerRadius(DONUT.outer)
    .padAngle(values.length > 1 ? 0.012 : 0);
  return pie<number>()
    .sort(null)
    .padAngle(0)(values.map((value) => Math.max(0, value)))
    .map((slice) => (slice.endAngle > slice.startAngle ? (shape(slice) ?? '') : ''));
}

/** A path as its command letters and its numbers, so that the last digits of floating point do not matter. */
const commands = (path: string) => path.replace(/[^A-Za-z]/g, '');
const numbers = (path: string) => (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);

function expectSamePaths(values: readonly number[]) {
  const ours = donut(values).map((shape) => shape.d);
  const theirs = d3Donut(values);
  expect(ours.map(commands)).toEqual(theirs.map(commands));
  ours.forEach((path, index) => {
    const expected = numbers(theirs[index]!);
    const actual = numbers(path);
    expect(actual).toHaveLength(expected.length);
    // d3-path writes three decimals, and so does the ring geometry: they agree to the thousandth.
    actual.forEach((value, at) => expect(Math.abs(value - expected[at]!)).toBeLessThanOrEqual(0.0010001));
  });
}

describe('the donut ring geometry', () => {
  it('draws what d3-shape draws for the reference report’s outcomes (9, 5, 1, 1 of 16) and for two halves', () => {
    expectSamePaths([9, 5, 1, 1]);
    expectSamePaths([1, 1]);
  });

  it('draws a single value as a full ring with its hole, and leaves zero values empty (indexes kept)', () => {
    expectSamePaths([7]);
    const shapes = donut([0, 3, 0]);
    expect(shapes.map((shape) => shape.d === '')).toEqual([true, false, true]);
    expectSamePaths([0, 3, 0]);
  });

  it('shrinks a segment narrower than the gap to a line at its middle, as d3 does', () => {
    expectSamePaths([10000, 1]);
    expectSamePaths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('draws an arc wider than half a turn with the large-arc flag', () => {
    const [large] = donut([3, 1]);
    // "M…A96,96,0,1,1,…": radius 96 twice, no rotation, large arc, clockwise.
    expect(large!.d).toMatch(/^M[^A]+A96,96,0,1,1,/);
  });
});
