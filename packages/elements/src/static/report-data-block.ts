/**
 * A report as an inline data block, `<script type="application/json">…</script>`: what `<rule-of-law-report>` reads
 * when it has neither `report` nor `src` (the webmasters' guide, §3 and §8). The JSON is the report exactly as given
 * (lossless); every `<` in it is written `\u003c` (and U+2028, U+2029 escaped alike), so that nothing in the data
 * can end the `<script>` or open a comment. A data block is never run: it passes a strict Content-Security-Policy.
 *
 * @example
 * ```ts
 * reportDataBlock({ title: '</script>' }); // '<script type="application/json">{"title":"\u003c/script>"}</script>'
 * ```
 */
export function reportDataBlock(report: unknown): string {
  const json = JSON.stringify(report)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json">${json}</script>`;
}
