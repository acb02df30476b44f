// The trend chart's kinds and the size it is drawn at before it is measured, in a module that imports nothing:
// `@rule-of-law/elements/static`'s types then never reach Lit's or the DOM's.

/** The chart kinds of `<rule-of-law-trend>` (and of `renderTrendHTML`). */
export const TREND_CHARTS = ['line', 'bars'] as const;

/** One of {@link TREND_CHARTS}. */
export type TrendChart = (typeof TREND_CHARTS)[number];

/**
 * The chart kind `value` names (an attribute, an option), or `line` when it names none.
 *
 * @example
 * ```ts
 * toTrendChart('bars'); // 'bars'
 * toTrendChart('pie'); // 'line'
 * ```
 */
export function toTrendChart(value: unknown): TrendChart {
  return (TREND_CHARTS as readonly unknown[]).includes(value) ? (value as TrendChart) : 'line';
}

/** What a trend chart is drawn at, in CSS pixels: the SVG's user unit is one pixel, so text keeps its size. */
export interface PlotSize {
  /** The width of a chart's drawing area. */
  readonly width: number;
  /** The font size in the drawing area. */
  readonly fontSize: number;
}

/** The size a chart is drawn at until it is measured, and by the static renderer unless told otherwise. */
export const DEFAULT_PLOT_SIZE: PlotSize = { width: 560, fontSize: 16 };

/**
 * The size to draw at after measuring `width` (the area's width, CSS pixels) and `fontSize`, or `undefined`
 * to keep `current`: a width less than 2 px away is not worth a redraw (unless the font size changed too), and a
 * width of 0 (not laid out) is ignored.
 *
 * @example
 * ```ts
 * resizedPlot({ width: 560, fontSize: 16 }, 320.6, 16); // { width: 320, fontSize: 16 }
 * resizedPlot({ width: 560, fontSize: 16 }, 561, 16); // undefined
 * ```
 */
export function resizedPlot(current: PlotSize, width: number, fontSize: number): PlotSize | undefined {
  const measured = Math.floor(width);
  if (!(measured > 0 && Math.abs(measured - current.width) >= 2) && fontSize === current.fontSize) return undefined;
  return { width: measured > 0 ? measured : current.width, fontSize };
}
