import * as z from 'zod/mini';
import { FAMILIES } from '../vocabulary/families.js';

export * from '../vocabulary/families.js';

/** Schema of a {@link Family}. */
export const FamilySchema = z.enum(FAMILIES);
