import type { CSSResult } from 'lit';

/**
 * An element kind's styles for the page: the name of the box standing for its host (`rol-host rol-<name>`)
 * and its own shadow styles, which `scopeCss` (document-styles.ts) rewrites for that box. In a module of its
 * own, so that the declarations of `@rule-of-law/elements/static` (which exports `documentCss` from
 * document-styles.ts) never reach Lit's types or the DOM's.
 */
export type ScopedSheet = readonly [name: string, styles: CSSResult];
