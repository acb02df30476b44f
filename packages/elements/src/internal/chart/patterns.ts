import { svg, type SVGTemplateResult } from 'lit';
import type { Mark } from './segments.js';

/** The fill of a mark's overlay: a pattern defined by {@link patternDefs} with the same `prefix`, or none. */
export function markFill(mark: Mark, prefix = 'rol'): string | undefined {
  return mark === 'hatch' || mark === 'dots' || mark === 'cross' ? `url(#${prefix}-${mark})` : undefined;
}

/**
 * The patterns that tell segments apart without colour. Ids are scoped by the element's shadow root;
 * in the page (light DOM, static HTML) each chart gives its own `prefix`, so charts do not clash.
 */
export function patternDefs(prefix = 'rol'): SVGTemplateResult {
  return svg`<defs>
    <pattern id=${`${prefix}-hatch`} patternUnits="userSpaceOnUse" width="9" height="9" patternTransform="rotate(45)">
      <rect class="ink" width="3.5" height="9"></rect>
    </pattern>
    <pattern id=${`${prefix}-dots`} patternUnits="userSpaceOnUse" width="9" height="9">
      <circle class="ink" cx="4.5" cy="4.5" r="2"></circle>
    </pattern>
    <pattern id=${`${prefix}-cross`} patternUnits="userSpaceOnUse" width="10" height="10">
      <path class="ink-line" d="M0,0L10,10M10,0L0,10"></path>
    </pattern>
  </defs>`;
}
