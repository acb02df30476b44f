import * as z from 'zod/mini';
import { QUALIFIERS } from '../vocabulary/qualifiers.js';

export * from '../vocabulary/qualifiers.js';

/** Schema of a {@link Qualifier}. */
export const QualifierSchema = z.enum(QUALIFIERS);
