import * as z from 'zod';

/** A text in Simplified Chinese (required: reports are written in it) and optionally English. */
export const LocalizedTextSchema = z
  .strictObject({
    'zh-CN': z.string().min(1).describe('Simplified Chinese text, as in the report.'),
    en: z.string().min(1).optional().describe('English text, when known.'),
  })
  .describe('A text in zh-CN, optionally also in English.');

/** A text in zh-CN and optionally English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The two locales the library writes in. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];
