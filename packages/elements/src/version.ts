/** The version of `@rule-of-law/elements`, kept in step with its package.json. */
export const VERSION = '0.1.0';
