import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr/lib/render.js';

/**
 * A short, stable hash (FNV-1a, base 36) of a text: what default id prefixes are made of.
 *
 * @example
 * ```ts
 * shortHash('某县|2023'); // 'xz0sq5', every time
 * ```
 */
export function shortHash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}

/** Lit's hydration comments and empty-attribute gaps: not needed in HTML that is never hydrated. */
function tidy(markup: string): string {
  return (
    markup
      // Every `<` and `>` of the data is escaped, so these only ever match markup.
      .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '')
      .replace(/<([a-z][\w-]*)\s{2,}/g, '<$1 ')
      .replace(/"\s{2,}/g, '" ')
      .replace(/\s+(\/?)>/g, '$1>')
      .replace(/[ \t]*\n\s*/g, '\n')
  );
}

/**
 * A template rendered to static HTML with Lit's server rendering, in Node (no DOM): every piece of data
 * escaped, event bindings dropped, Lit's hydration comments and the white space of the templates tidied
 * away; ends with one newline.
 *
 * @example
 * ```ts
 * staticMarkup(html`<p class="x">${'<b>'}</p>`); // '<p class="x">&lt;b&gt;</p>\n'
 * ```
 */
export function staticMarkup(template: unknown): string {
  return `${tidy(collectResultSync(render(template))).trim()}\n`;
}
