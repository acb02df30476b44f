import { nothing, svg, type SVGTemplateResult } from 'lit';
import { markFill } from '../../chart/patterns.js';
import { barCentre, barSlot, seriesBar, textWidth, type TrendFrame } from '../../chart/trend-geometry.js';
import type { TrendSeries } from '../../chart/trend-series.js';
import type { ViewContext } from '../view-context.js';
import { trendWords } from './trend-labels.js';

/** The patterns that tell bar series apart without colour, by series (the first is plain). */
const BAR_MARKS = ['none', 'hatch', 'dots', 'cross'] as const;

/**
 * The fill of a bar series' pattern overlay (see `patternDefs` with the same `patterns` prefix), or none
 * for a plain series.
 *
 * @example
 * ```ts
 * barPattern(model.series[1], 'rol'); // 'url(#rol-hatch)'
 * ```
 */
export function barPattern(series: TrendSeries, patterns: string): string | undefined {
  return markFill(BAR_MARKS[series.index % BAR_MARKS.length]!, patterns);
}

/** A gap in a bar chart: no bar (never a zero bar), and "无数据" (or "×" where it does not fit) on the baseline. */
function gap(index: number, seriesIndex: number, count: number, frame: TrendFrame, fontSize: number, noData: string): SVGTemplateResult {
  const fits = textWidth(noData, fontSize * 0.75) <= barSlot(index, seriesIndex, count, frame).width;
  return svg`<text class="gap" x=${barCentre(index, seriesIndex, count, frame)} y=${frame.y(0) - fontSize * 0.35} text-anchor="middle">${fits ? noData : '×'}</text>`;
}

/**
 * One series as bars, the `seriesIndex`th of `count` side by side in each period's band, with its pattern
 * (`patterns`: the prefix of the patterns' ids); a qualified figure's bar hollow with its mark above; a gap
 * written on the baseline.
 *
 * @example
 * ```ts
 * svg`${group.series.map((series, index) => trendBars(series, index, group.series.length, frame, 16, 'rol', context))}`;
 * ```
 */
export function trendBars(
  series: TrendSeries,
  seriesIndex: number,
  count: number,
  frame: TrendFrame,
  fontSize: number,
  patterns: string,
  context: ViewContext,
): SVGTemplateResult {
  const fill = barPattern(series, patterns);
  const { qualifierMark, noData } = trendWords(context);
  return svg`<g class="series c${(series.index % 8) + 1}">
      ${series.points.map((point, index) => {
        if (!point) return gap(index, seriesIndex, count, frame, fontSize, noData);
        const d = seriesBar(point.figure.value, index, seriesIndex, count, frame);
        const qualified = point.figure.qualifier !== 'exact';
        const x = barCentre(index, seriesIndex, count, frame);
        return svg`<path class="bar ${qualified ? 'hollow' : ''}" d=${d}></path>${fill ? svg`<path class="mark" fill=${fill} d=${d}></path>` : nothing}${
          qualified
            ? svg`<text class="qualifier" x=${x} y=${frame.y(point.figure.value) - fontSize * 0.35} text-anchor="middle">${qualifierMark[point.figure.qualifier]}</text>`
            : nothing
        }`;
      })}
    </g>`;
}
