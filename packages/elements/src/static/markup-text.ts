/** Lit's comments: the server's hydration comments (parts and nodes), the browser's markers. */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>|<!--\?lit\$\d+\$-->|<!---->/g;

/** The browser's markers alone: what a hydratable static copy drops (it keeps the server's comments, which hydration reads). */
const BROWSER_MARKERS = /<\?>|<!--\?lit\$\d+\$-->|<!---->/g;

/**
 * Markup as a page should carry it: without Lit's part comments (the server's hydration comments, the browser's
 * markers) and the white space of the templates;
 * with `keepHydrationMarkers`, the server's `lit-part` and `lit-node` comments stay, for the element to adopt the markup. Every `<` and `>` of the data is escaped, so these only match markup.
 */
export function tidyMarkup(markup: string, keepHydrationMarkers = false): string {
  return (
    markup
      // Every `<` and `>` of the data is escaped, so these only ever match markup.
      .replace(keepHydrationMarkers ? BROWSER_MARKERS : LIT_MARKERS, '')
      .replace(/<([a-z][\w-]*)\s{2,}/g, '<$1 ')
      .replace(/"\s{2,}/g, '" ')
      .replace(/\s+(\/?)>/g, '$1>')
      .replace(/[ \t]*\n\s*/g, '\n')
  );
}
