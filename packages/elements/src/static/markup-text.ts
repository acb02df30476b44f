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

/**
 * Markup as a page should carry it: without Lit's part comments (the server's hydration comments, the browser's
 * markers) and the white space of the templates. Every `<` and `>` of the data is escaped, so these only match markup.
 */
export function tidyMarkup(markup: string): string {
  return (
    markup
      // Every `<` and `>` of the data is escaped, so these only ever match markup.
      .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>|<!--\?lit\$\d+\$-->|<!---->/g, '')
      .replace(/<([a-z][\w-]*)\s{2,}/g, '<$1 ')
      .replace(/"\s{2,}/g, '" ')
      .replace(/\s+(\/?)>/g, '$1>')
      .replace(/[ \t]*\n\s*/g, '\n')
  );
}
