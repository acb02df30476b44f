import type { Locale, LocaleTag, Severity, Translation } from '@rule-of-law/core';
import type { ComparisonStrings } from './comparison-strings.js';
import type { EditorStrings } from './editor-strings.js';
import { localeWords } from './locale-words.js';
import { enStrings } from './en.js';
import { zhCNStrings } from './zh-CN.js';

/** Every string the elements show, for one locale. Functions take the values they place. */
export interface Strings {
  readonly loading: string;
  readonly empty: string;
  readonly retry: string;
  readonly errorTitle: string;
  readonly errorHttp: (status: number) => string;
  readonly errorNetwork: string;
  readonly errorTimeout: (seconds: number) => string;
  readonly errorTooLarge: (megabytes: number) => string;
  readonly errorInvalid: (count: number) => string;
  readonly errorNotFound: (id: string) => string;
  readonly errorNoIndicator: string;
  readonly errorWrongKind: (id: string, expected: string) => string;
  readonly errorCompute: string;
  readonly moreIssues: (count: number) => string;
  readonly reportRoot: string;

  readonly period: string;
  readonly signedOn: string;
  readonly publishedOn: string;
  readonly publishedPhrase: (date: string) => string;
  readonly headline: string;
  readonly source: string;
  readonly list: (items: readonly string[]) => string;
  /** Before a value: "：" / ": ". */
  readonly colon: string;
  /** Between phrases: "，" / ", ". */
  readonly comma: string;
  /** Between clauses: "；" / "; ". */
  readonly clauseSeparator: string;
  /** An aside after a word: "（…）" / " (…)". */
  readonly aside: (text: string) => string;

  readonly findingsHeading: string;
  readonly noFindings: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly severityCount: (severity: string, count: number) => string;
  readonly concerns: string;

  readonly total: string;
  readonly category: string;
  readonly value: string;
  readonly share: string;
  readonly groups: string;
  /** The header of the column of the parts' notes. */
  readonly partNote: string;
  readonly sumOfParts: string;
  readonly notItemised: string;
  readonly partialCoverage: (sum: string, total: string, share: string) => string;
  readonly derivedRates: string;
  readonly rateOf: (numerator: string, denominator: string, base: string) => string;
  readonly tableCaption: (label: string) => string;
  readonly showTable: string;
  readonly legend: string;
  readonly segments: (label: string) => string;
  readonly chartName: (label: string, total: string) => string;
  readonly chartDescription: (kind: 'bar' | 'donut', parts: readonly string[]) => string;
  readonly partText: (label: string, value: string, share: string | undefined) => string;

  readonly stated: string;
  readonly implied: string;
  readonly impliedNote: (denominator: string) => string;
  readonly rateMismatch: (computed: string) => string;
  readonly rateMatch: string;
  /** A year-on-year change's earlier figure, implied by the stated change. */
  readonly impliedEarlierNote: (earlier: string) => string;
  readonly growthMismatch: (computed: string) => string;
  readonly growthMatch: string;

  /** Shown when a report is given `previous` but the comparison code is not loaded (the plain drop-in). */
  readonly compareNeedsAll: string;
}

/** The words of the two built-in languages; other locales bring their own or read one of them (see {@link stringsOf}). */
const BUILT_IN: Readonly<Record<Locale, Strings>> = { 'zh-CN': zhCNStrings, en: enStrings };

/**
 * A locale's translation as the elements extend it: their words beside core's. A new locale is one file
 * that registers one of these (core's `registerTranslation`, see `locales/zh-Hant.ts`); a table it leaves
 * out is read from its language's (zh-CN or en) as it is.
 */
export interface ElementTranslation extends Translation {
  /** Every word the elements show. */
  readonly strings?: Strings;
  /** Every word of the comparison elements (trend, compare, the report's change). */
  readonly comparison?: ComparisonStrings;
  /** Every word of the editor. */
  readonly editor?: EditorStrings;
}

/** The elements' words in a locale: the locale's own (`strings` of a registered {@link ElementTranslation}), else its language's (zh-CN or en). */
export function stringsOf(locale: LocaleTag): Strings {
  return localeWords(locale, BUILT_IN, (translation: ElementTranslation) => translation.strings);
}
