import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr/lib/render.js';
import { tidyMarkup } from './markup-text.js';

/**
 * A template rendered to static HTML with Lit's server rendering, in Node (no DOM): every piece of data
 * escaped, event bindings dropped, Lit's hydration comments (unless `keepHydrationMarkers`) and the white space of
 * the templates tidied away; ends with one newline.
 *
 * @example
 * ```ts
 * staticMarkup(html`<p class="x">${'<b>'}</p>`); // '<p class="x">&lt;b&gt;</p>\n'
 * ```
 */
export function staticMarkup(template: unknown, keepHydrationMarkers = false): string {
  return `${tidyMarkup(collectResultSync(render(template)), keepHydrationMarkers).trim()}\n`;
}
