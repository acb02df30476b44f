/**
 * Theming examples shared by the stories: a custom token set a site might use, and `::part()` rules.
 * Both keep WCAG AA contrast (the story check runs axe over them).
 */

/** A site's own look through the public `--rol-*` tokens only (no theme attribute). */
export const CUSTOM_TOKENS = [
  'font-family: Georgia, "Songti SC", "SimSun", serif',
  '--rol-color-accent: #9b1c1c',
  '--rol-color-focus: #9b1c1c',
  '--rol-color-text-muted: #5b4636',
  '--rol-color-surface-raised: #fdf6ec',
  '--rol-color-border: #b9a58c',
  '--rol-color-series-1: #9b1c1c',
  '--rol-color-series-2: #b45309',
  '--rol-color-series-3: #3f6212',
  '--rol-color-series-4: #1e3a8a',
  '--rol-color-track: #eadfce',
  '--rol-radius: 0',
  '--rol-line-height: 1.6',
].join('; ');

/**
 * `::part()` rules for the story's `.part-demo` wrapper. The report forwards its children's parts
 * (`figure-value`, `rate-bar-fill`, `table`…), so one rule reaches every figure inside it.
 */
export const PART_STYLES = `
.part-demo ::part(title) { font-size: 1.75rem; letter-spacing: 0.02em; }
.part-demo ::part(base) { border-inline-start: 0.25rem solid #0b5cad; padding-inline-start: 0.75rem; }
.part-demo ::part(value), .part-demo ::part(figure-value), .part-demo ::part(rate-value) { color: #0b4f8a; font-weight: 700; }
.part-demo ::part(label), .part-demo ::part(figure-label) { text-transform: none; font-style: italic; }
.part-demo ::part(table) { font-size: 0.875rem; }
.part-demo ::part(bar-fill), .part-demo ::part(rate-bar-fill) { background: #0b4f8a; }
.part-demo ::part(finding) { border-inline-start: 0.2rem solid #7a4100; padding-inline-start: 0.5rem; }
`;

/** A `<style>` element holding `css` (Lit templates take no expressions inside `<style>`). */
export function styleElement(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}
