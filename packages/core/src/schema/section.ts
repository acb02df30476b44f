import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { SourceSpanSchema, type SourceSpan } from './source-span.js';
import { IdSchema } from './slug.js';
import { ReportPartSchema, type ReportPart } from './report-part.js';

/** A section of the report, mirroring its 一、 / (一) / 1. structure. */
export const SectionSchema = strictObject({
  id: IdSchema,
  numbering: z.optional(z.string().check(z.minLength(1))),
  heading: z.string().check(z.minLength(1)),
  parent: z.optional(IdSchema),
  order: z.int().check(z.nonnegative()),
  parts: z.optional(z.array(ReportPartSchema)),
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
  /**
   * Which of the five required parts of an annual report ({@link REPORT_PARTS}) this section is, when
   * an editor has said so: `["measures"]` for 主要举措和成效; two codes for a heading that folds two
   * parts, as 存在问题及下步打算 → `["shortcomings", "next_year"]`; `[]` for a section that is none of
   * them. When absent, the parts are read from the heading ({@link reportPartsOfHeading}).
   *
   * Always a list, never "one code or a list": a heading covers zero, one or several parts, and a
   * single shape lets every reader (the computation, the elements, a validator in another language)
   * use the value as it is, with no branch to normalise it, and lets `[]` say "none" explicitly.
   * Order and repetition carry no meaning.
   */
  parts?: ReportPart[] | undefined;
  source?: SourceSpan | undefined;
}

type SectionMatchesSchema = Proof<Same<Section, z.infer<typeof SectionSchema>>>;
