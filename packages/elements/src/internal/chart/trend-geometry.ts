import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolTriangle2, symbolWye, symbolCross } from 'd3-shape';
import { linear } from './linear.js';
import { niceTicks } from './ticks.js';

/** What a trend chart is laid out from. Sizes are CSS pixels: the SVG's user unit is one pixel. */
export interface TrendFrameInput {
  /** The chart's width. */
  readonly width: number;
  /** The font size in the chart, for the room that labels take. */
  readonly fontSize: number;
  /** How many periods (bands along the x axis). */
  readonly periods: number;
  /** The largest value drawn. */
  readonly max: number;
  /** The tick labels, formatted, to size the left margin. */
  readonly formatTick: (value: number) => string;
  /** Labels of the periods along the x axis, to thin them out when they do not fit. */
  readonly periodLabels: readonly string[];
}

/** A laid-out trend chart: its size, plot area, scales and axis labels. */
export interface TrendFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Width of one period's band. */
  readonly band: number;
  /** Centre of period `index`'s band. */
  readonly x: (index: number) => number;
  /** Vertical position of a value. */
  readonly y: (value: number) => number;
  readonly ticks: readonly { readonly value: number; readonly label: string; readonly y: number }[];
  /** The period labels that are drawn (others are left out when they would overlap), by index. */
  readonly periodTicks: readonly { readonly index: number; readonly label: string; readonly x: number }[];
}

/** Width of a text in pixels, estimated (CJK characters are about one em wide, others about 0.6 em). */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(character) ? 1 : 0.6;
  return width * fontSize;
}

/**
 * Lays out a trend chart: a y axis from 0 to a round maximum with about four ticks, one band per period
 * along the x axis, margins sized to the labels, and a height that grows with the font size (so large
 * print stays legible at 320 px).
 */
export function trendFrame(input: TrendFrameInput): TrendFrame {
  const { fontSize, periods } = input;
  const width = Math.max(160, Math.round(input.width));
  const height = Math.round(fontSize * 14);
  const values = niceTicks(input.max, 4);
  const labels = values.map((value) => input.formatTick(value));
  const left = Math.ceil(Math.max(...labels.map((label) => textWidth(label, fontSize * 0.8125))) + fontSize * 0.75);
  const right = Math.ceil(fontSize * 0.75);
  const top = Math.ceil(fontSize * 1.5);
  const bottom = Math.ceil(fontSize * 1.75);
  const band = (width - left - right) / Math.max(1, periods);
  const x = (index: number) => left + band * (index + 0.5);
  const y = linear([0, values[values.length - 1] ?? 1], [height - bottom, top]);
  const widest = Math.max(0, ...input.periodLabels.map((label) => textWidth(label, fontSize * 0.8125)));
  const every = Math.max(1, Math.ceil((widest + fontSize * 0.5) / Math.max(1, band)));
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    band,
    x,
    y,
    ticks: values.map((value, index) => ({ value, label: labels[index] ?? '', y: y(value) })),
    periodTicks: input.periodLabels.flatMap((label, index) => ((periods - 1 - index) % every === 0 ? [{ index, label, x: x(index) }] : [])),
  };
}

/**
 * The path of one series as a line, broken where a period has no value (d3-shape's `line().defined()`):
 * a gap is drawn as a gap, never as zero.
 */
export function seriesLine(values: readonly (number | undefined)[], frame: TrendFrame): string {
  const path = line<number | undefined>()
    .defined((value) => value !== undefined)
    .x((_, index) => frame.x(index))
    .y((value) => frame.y(value ?? 0));
  return path([...values]) ?? '';
}

/** Where the bar of series `seriesIndex` of `seriesCount` stands in period `index`'s band: its left edge and width. */
export function barSlot(index: number, seriesIndex: number, seriesCount: number, frame: TrendFrame): { readonly left: number; readonly width: number } {
  const inner = frame.band * 0.8;
  const width = inner / Math.max(1, seriesCount);
  return { left: frame.x(index) - inner / 2 + width * seriesIndex + width * 0.06, width: width * 0.88 };
}

/** The bar of a value in its slot (see {@link barSlot}), as a path; none for a gap (never a zero bar). */
export function seriesBar(value: number | undefined, index: number, seriesIndex: number, seriesCount: number, frame: TrendFrame): string {
  if (value === undefined) return '';
  const { left, width } = barSlot(index, seriesIndex, seriesCount, frame);
  const base = frame.y(0);
  const top = Math.min(frame.y(value), base - 1);
  return `M${left},${base}V${top}h${width}V${base}Z`;
}

/** The whole height of a bar's slot, as a path: the bar's target for pointer and focus, however short the bar. */
export function barTarget(index: number, seriesIndex: number, seriesCount: number, frame: TrendFrame): string {
  const { left, width } = barSlot(index, seriesIndex, seriesCount, frame);
  return `M${left},${frame.y(0)}V${frame.top}h${width}V${frame.y(0)}Z`;
}

/** The centre of the bar {@link seriesBar} draws (for its qualifier mark). */
export function barCentre(index: number, seriesIndex: number, seriesCount: number, frame: TrendFrame): number {
  const { left, width } = barSlot(index, seriesIndex, seriesCount, frame);
  return left + width / 2;
}

const SHAPES = [symbolCircle, symbolSquare, symbolDiamond, symbolTriangle, symbolTriangle2, symbolWye, symbolCross];

/**
 * The marker of series `seriesIndex`, centred on the origin (placed with a `transform` attribute): a
 * different shape per series, so that series are told apart without colour.
 */
export function markerPath(seriesIndex: number, fontSize: number): string {
  const shape = SHAPES[seriesIndex % SHAPES.length]!;
  const size = (fontSize * 0.6) ** 2;
  return symbol(shape, size)() ?? '';
}
