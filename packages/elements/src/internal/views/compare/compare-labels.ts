import { formatPeriod, type ComparisonNote, type ReportComparison, type ReportSummary } from '@rule-of-law/core';
import type { CompareModel } from '../../compare/compare-rows.js';
import { comparisonStrings, type ComparisonStrings } from '../../i18n/comparison-strings.js';
import type { ViewContext } from '../view-context.js';

/** What names each side of a comparison in its heading, column headings and lists. */
export interface SideLabels {
  readonly previous: string;
  readonly current: string;
}

/** The number of a note in the comparison's numbered list (from 1). */
export type NoteNumber = (note: ComparisonNote) => number;

/**
 * The words of the comparison in the context's locale.
 *
 * @example
 * ```ts
 * compareWords(viewContext('en')).change; // 'Change'
 * ```
 */
export function compareWords(context: ViewContext): ComparisonStrings {
  return comparisonStrings(context.locale);
}

/**
 * What names a side: its period for the same issuer, else the issuer (with its period when the periods differ).
 *
 * @example
 * ```ts
 * sideLabel(comparison.previous, comparison.current, viewContext('zh-CN')); // '2022年', or '某县人民政府（2022年）'
 * ```
 */
function sideLabel(side: ReportSummary, other: ReportSummary, context: ViewContext): string {
  const words = compareWords(context);
  const period = formatPeriod(side.period, { locale: context.locale });
  if (side.issuer.name === other.issuer.name) return period;
  const issuer = words.issuerName(side.issuer);
  const samePeriod = side.period.start === other.period.start && side.period.end === other.period.end;
  return samePeriod ? issuer : words.withPeriod(issuer, period);
}

/**
 * Both sides' labels.
 *
 * @example
 * ```ts
 * sideLabels(comparison, viewContext('en')); // { previous: '2022', current: '2023' }
 * ```
 */
export function sideLabels(comparison: ReportComparison, context: ViewContext): SideLabels {
  return { previous: sideLabel(comparison.previous, comparison.current, context), current: sideLabel(comparison.current, comparison.previous, context) };
}

/**
 * The numbering of the model's notes: each note's place in `model.notes`, from 1.
 *
 * @example
 * ```ts
 * noteNumbers(model)(model.notes[0]); // 1
 * ```
 */
export function noteNumbers(model: CompareModel): NoteNumber {
  return (note) => model.notes.indexOf(note) + 1;
}
