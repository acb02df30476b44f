import * as z from 'zod';

/**
 * Where a figure stands in the report's source text: `text` is exactly the characters
 * from `start` (inclusive) to `end` (exclusive), counted in UTF-16 code units as
 * JavaScript's `String.prototype.slice` counts them.
 */
export const SourceSpanSchema = z
  .strictObject({
    text: z.string().min(1).describe('The exact characters of the source text at [start, end).'),
    start: z.int().nonnegative().describe('UTF-16 offset of the first character.'),
    end: z.int().nonnegative().describe('UTF-16 offset just past the last character.'),
  })
  .superRefine(({ text, start, end }, ctx) => {
    if (end - start !== text.length) {
      ctx.addIssue({ code: 'custom', message: 'rol:span-length', params: { start, end, length: text.length }, path: ['end'] });
    }
  })
  .describe('A span of the source text, with UTF-16 offsets.');

/** A span of the source text. */
export type SourceSpan = z.infer<typeof SourceSpanSchema>;
