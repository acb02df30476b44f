import * as z from 'zod/mini';

/** A dotted lower-case slug: `litigation.cases`, `reconsideration.outcomes`. */
export const DOTTED_SLUG = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;

/** A stable, dotted identifier for an indicator or a section. */
export const IdSchema = z.string().check(z.regex(DOTTED_SLUG, { error: 'rol:id-format' }));

/** A stable dotted identifier. */
export type Id = z.infer<typeof IdSchema>;
