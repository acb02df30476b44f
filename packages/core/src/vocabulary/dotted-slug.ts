/** A dotted lower-case slug: `litigation.cases`, `reconsideration.outcomes`. */
export const DOTTED_SLUG = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;
