/** The files that hold a locale's words (globs from the repository's root): only these may compare a locale. */
export declare const LOCALE_FILES: readonly string[];
/** `no-restricted-syntax` entries that forbid branching on the locale. */
export declare const LOCALE_BRANCH_SELECTORS: readonly { selector: string; message: string }[];
