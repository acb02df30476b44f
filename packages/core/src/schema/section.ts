import * as z from 'zod/mini';
import { SourceSpanSchema } from './source-span.js';
import { IdSchema } from './slug.js';

/** A section of the report, mirroring its 一、 / (一) / 1. structure. */
export const SectionSchema = z
  .strictObject({
    id: IdSchema,
    numbering: z.optional(z.string().check(z.minLength(1))),
    heading: z.string().check(z.minLength(1)),
    parent: z.optional(IdSchema),
    order: z.int().check(z.nonnegative()),
    source: z.optional(SourceSpanSchema),
  });

/** A section of the report. */
export type Section = z.infer<typeof SectionSchema>;
