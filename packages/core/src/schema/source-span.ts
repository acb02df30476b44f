import * as z from 'zod/mini';

/**
 * Where a figure stands in the report's source text: `text` is exactly the characters
 * from `start` (inclusive) to `end` (exclusive), counted in UTF-16 code units as
 * JavaScript's `String.prototype.slice` counts them.
 */
export const SourceSpanSchema = z
  .strictObject({
    text: z.string().check(z.minLength(1)),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  })
  .check(z.superRefine(({ text, start, end }, ctx) => {
    if (end - start !== text.length) {
      ctx.addIssue({ code: 'custom', message: 'rol:span-length', params: { start, end, length: text.length }, path: ['end'] });
    }
  }));

/** A span of the source text. */
export type SourceSpan = z.infer<typeof SourceSpanSchema>;
