import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { rolCheck } from './rol-check.js';
import { checkSourceSpanLength } from '../rules/source-span-length.js';

/**
 * Where a figure stands in the report's source text: `text` is exactly the characters
 * from `start` (inclusive) to `end` (exclusive), counted in UTF-16 code units as
 * JavaScript's `String.prototype.slice` counts them.
 */
export const SourceSpanSchema = strictObject({
  text: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
}).check(rolCheck(checkSourceSpanLength));

/** Where a figure stands in the report's source text, in UTF-16 code units. */
export interface SourceSpan {
  /** The exact characters of the source text at [start, end). */
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
}

type SourceSpanMatchesSchema = Proof<Same<SourceSpan, z.infer<typeof SourceSpanSchema>>>;
