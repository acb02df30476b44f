import { svg, type SVGTemplateResult } from 'lit';
import type { TrendFrame } from '../../chart/trend-geometry.js';

/**
 * The axes of a trend chart, hidden from assistive technology (the chart's description and table carry
 * the numbers): a grid line and label per value tick, the baseline at zero, and the period labels that fit.
 *
 * @example
 * ```ts
 * svg`<svg viewBox="0 0 ${frame.width} ${frame.height}">${trendAxes(frame, 16)}</svg>`;
 * ```
 */
export function trendAxes(frame: TrendFrame, fontSize: number): SVGTemplateResult {
  const baseline = frame.y(0);
  return svg`<g class="axes" aria-hidden="true">
      ${frame.ticks.map(
        (tick) => svg`<line class=${tick.value === 0 ? 'baseline' : 'grid'} x1=${frame.left} x2=${frame.width - frame.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${frame.left - fontSize * 0.4} y=${tick.y} dy="0.32em" text-anchor="end">${tick.label}</text>`,
      )}
      ${frame.periodTicks.map((tick) => svg`<text class="tick" x=${tick.x} y=${baseline + fontSize * 1.25} text-anchor="middle">${tick.label}</text>`)}
    </g>`;
}
