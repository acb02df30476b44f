import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';

/** A text in Simplified Chinese (required: reports are written in it) and optionally English. */
export const LocalizedTextSchema = strictObject({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
});

/** A text in Simplified Chinese (always) and English (when known). */
export interface LocalizedText {
  /** Simplified Chinese text, as in the report. */
  'zh-CN': string;
  /** English text, when known. */
  en?: string | undefined;
}

/** A text in both locales: what the library writes itself (messages, the codelists' labels). */
export interface BilingualText {
  /** Simplified Chinese text. */
  'zh-CN': string;
  /** English text. */
  en: string;
}

type LocalizedTextMatchesSchema = Proof<Same<LocalizedText, z.infer<typeof LocalizedTextSchema>>>;

export * from '../vocabulary/locales.js';
