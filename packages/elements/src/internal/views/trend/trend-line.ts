import { nothing, svg, type SVGTemplateResult } from 'lit';
import { markerPath, seriesLine, type TrendFrame } from '../../chart/trend-geometry.js';
import type { TrendSeries } from '../../chart/trend-series.js';
import type { ViewContext } from '../view-context.js';
import { trendWords } from './trend-labels.js';

/**
 * The classes that tell a series apart: its colour (`c1`–`c8`) and, for lines, its dash (`d1`–`d4`).
 *
 * @example
 * ```ts
 * seriesClasses(model.series[1]); // 'c2 d2'
 * ```
 */
export function seriesClasses(series: TrendSeries): string {
  return `c${(series.index % 8) + 1} d${(series.index % 4) + 1}`;
}

/**
 * One series as a line broken at its gaps, with a marker of the series' own shape at each value: hollow,
 * with its mark (≥, ≈, ≤) above, for a qualified figure ("996余").
 *
 * @example
 * ```ts
 * svg`${group.series.map((series) => trendLine(series, frame, 16, context))}`;
 * ```
 */
export function trendLine(series: TrendSeries, frame: TrendFrame, fontSize: number, context: ViewContext): SVGTemplateResult {
  const values = series.points.map((point) => point?.figure.value);
  const marker = markerPath(series.index, fontSize);
  const { qualifierMark } = trendWords(context);
  return svg`<g class="series ${seriesClasses(series)}">
      <path class="line" d=${seriesLine(values, frame)}></path>
      ${series.points.map((point, index) => {
        if (!point) return nothing;
        const x = frame.x(index);
        const y = frame.y(point.figure.value);
        const qualified = point.figure.qualifier !== 'exact';
        return svg`<path class="marker ${qualified ? 'hollow' : ''}" transform="translate(${x},${y})" d=${marker}></path>${
          qualified ? svg`<text class="qualifier" x=${x} y=${y - fontSize * 0.75} text-anchor="middle">${qualifierMark[point.figure.qualifier]}</text>` : nothing
        }`;
      })}
    </g>`;
}
