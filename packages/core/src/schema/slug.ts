import * as z from 'zod/mini';
import { DOTTED_SLUG } from '../vocabulary/dotted-slug.js';

export * from '../vocabulary/dotted-slug.js';

/** A stable, dotted identifier for an indicator or a section. */
export const IdSchema = z.string().check(z.regex(DOTTED_SLUG, { error: 'rol:id-format' }));

/** A stable dotted identifier. */
export type Id = z.infer<typeof IdSchema>;
