import type { Locale } from '../schema/localized-text.js';

/**
 * A locale tag: one of the registered locales (`zh-CN` and `en` always; `zh-Hant` once its file is
 * imported) or any BCP 47 tag, resolved to the nearest registered locale by {@link translationOf}.
 */
export type LocaleTag = Locale | 'zh-Hant' | (string & {});

/**
 * Everything core writes differently in one locale: which language of a text it reads, how it writes
 * numbers, dates and punctuation, and — for a locale in another script — how it converts what it
 * writes. One object per locale (`locale/zh-CN.ts`, `locale/en.ts`, `locale/zh-Hant.ts`); the
 * elements extend it with their words. Formatting functions read only from it.
 */
export interface Translation {
  /** The locale's tag, e.g. `zh-CN`, `en`, `zh-Hant`. */
  readonly tag: string;
  /** Its name in itself, for a language menu: 简体中文, English, 繁體中文. */
  readonly name: string;
  /** The language of a report's texts and of the library's messages it reads: `zh-CN` or `en`. */
  readonly language: Locale;
  /** Tags that resolve to this locale (lower case), besides its own, e.g. `zh-tw`, `zh-hk`. */
  readonly aliases?: readonly string[];
  /** Rewrites text written in `language` into this locale's script (zh-Hant: Simplified → Traditional characters). */
  readonly convert?: (text: string) => string;
  /** Whether numbers group thousands ("24,879.5") or not, as reports do ("24879.5"). */
  readonly groupThousands: boolean;
  /** Punctuation between and around words. */
  readonly punctuation: {
    /** Before a value: "：" / ": ". */
    readonly colon: string;
    /** Between the items of a list: "、" / ", ". */
    readonly listSeparator: string;
    /** Between clauses: "；" / "; ". */
    readonly clauseSeparator: string;
    /** Between phrases: "，" / ", ". */
    readonly comma: string;
    /** Around an aside: "（" "）" / " (" ")". */
    readonly open: string;
    readonly close: string;
  };
  /** A calendar date: "2023年11月20日" / "20 November 2023". */
  readonly date: (year: number, month: number, day: number) => string;
  /** A whole calendar year: "2023年" / "2023". */
  readonly year: (year: string) => string;
  /** Between the ends of a range of dates: "至" / " – ". */
  readonly rangeSeparator: string;
}
