import * as z from 'zod';
import { SourceSpanSchema } from './source-span.js';
import { IdSchema } from './slug.js';

/** A section of the report, mirroring its 一、 / (一) / 1. structure. */
export const SectionSchema = z
  .strictObject({
    id: IdSchema,
    numbering: z.string().min(1).optional().describe('The number as written: 一、 (一) 1.'),
    heading: z.string().min(1).describe('The heading text, without its number.'),
    parent: IdSchema.optional().describe('The enclosing section.'),
    order: z.int().nonnegative().describe('Position among its siblings, from 0.'),
    source: SourceSpanSchema.optional(),
  })
  .describe('A section of the report.');

/** A section of the report. */
export type Section = z.infer<typeof SectionSchema>;
