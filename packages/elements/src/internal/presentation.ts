// The presentation choices the elements and the static renderer share, in a module that imports nothing:
// `@rule-of-law/elements/static`'s types then never reach Lit's or the DOM's (a Node build step type-checks
// without the DOM library).

/** Token sets an element can use. `auto` follows the reader's colour-scheme and contrast preferences. */
export const THEMES = ['light', 'dark', 'high-contrast', 'auto'] as const;

/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** `full` (headline figures, charts with tables) or `compact` (no headline, bars, tables one click away). */
export const LAYOUTS = ['full', 'compact'] as const;

/** One of {@link LAYOUTS}. */
export type Layout = (typeof LAYOUTS)[number];
