/**
 * `@rule-of-law/core/extract`: from the published text of a report to its figures and a draft
 * report. A separate entry point so that the browser bundle does not carry it.
 */
export * from './breakdowns.js';
export * from './chinese-figures.js';
export { draftReport, type DraftReportOptions, type SkippedFigure } from './draft-report.js';
export * from './exclusions.js';
export * from './families.js';
export * from './figures.js';
export * from './headings.js';
export * from './issuer.js';
export * from './labels.js';
export * from './numbers.js';
export * from './outcomes.js';
export { pinyinOf } from './pinyin.js';
export { isSpace, phraseAround, sentenceAround } from './phrases.js';
export * from './qualifiers.js';
export { markPriorFigures, type PriorMark } from './priors.js';
export { extractTableFigures, type TableCell } from './table-cells.js';
export { bindRate, type BindingFigure, type RateBinding } from './rate-binding.js';
export * from './rates.js';
export * from './reasons.js';
export * from './report-dates.js';
export * from './sections.js';
export * from './slugs.js';
export * from './title.js';
export * from './types.js';
export * from './units.js';
