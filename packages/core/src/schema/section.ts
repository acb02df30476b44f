import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { SourceSpanSchema, type SourceSpan } from './source-span.js';
import { IdSchema } from './slug.js';

/** A section of the report, mirroring its 一、 / (一) / 1. structure. */
export const SectionSchema = strictObject({
    id: IdSchema,
    numbering: z.optional(z.string().check(z.minLength(1))),
    heading: z.string().check(z.minLength(1)),
    parent: z.optional(IdSchema),
    order: z.int().check(z.nonnegative()),
    source: z.optional(SourceSpanSchema),
  });

/** A section of the report, mirroring its 一、 / (一) / 1. structure. */
export interface Section {
  id: string;
  /** The number as written: 一、 (一) 1. */
  numbering?: string | undefined;
  /** The heading text, without its number. */
  heading: string;
  /** The enclosing section. */
  parent?: string | undefined;
  /** Position among its siblings, from 0. */
  order: number;
  source?: SourceSpan | undefined;
}

type SectionMatchesSchema = Proof<Same<Section, z.infer<typeof SectionSchema>>>;
