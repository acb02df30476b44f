/**
 * `@rule-of-law/core/extract`: from the published text of a Chinese annual rule-of-law report
 * (法治政府建设年度报告) to its figures and a draft report that an editor then corrects.
 *
 * - {@link draftReport} reads the whole text into a draft `Report` that passes `parseReport`;
 *   every guess carries its confidence and reasons in `extensions.extraction`.
 * - {@link readReportText} reads a report file's bytes as text: its encoding detected, a web page reduced to its
 *   article ({@link htmlToText}, offsets kept).
 * - {@link extractFigures} reads only the figures: value, unit, qualifier and exact place of each.
 * - {@link reasonsOf} and {@link EXTRACTION_REASONS} read and explain why a drafted indicator needs a look.
 * - {@link parseArabicNumber}, {@link parseChineseNumeral} and {@link pinyinOf} are the readers the
 *   extractor itself uses, for data pipelines that need the same answers.
 *
 * A separate entry point so that the browser bundle does not carry it. The types it takes and returns
 * that belong to the report model (`Report`, `Issuer`, `Unit`, `Qualifier`, `JsonValue`) come from
 * `@rule-of-law/core`.
 *
 * @example
 * ```ts
 * import { draftReport, reasonsOf } from '@rule-of-law/core/extract';
 *
 * const draft = draftReport(text, { url: 'https://www.example.gov.cn/2024/fzzf.html' });
 * const toCheck = draft.indicators.filter((indicator) => reasonsOf(indicator.extensions).length > 0);
 * ```
 *
 * @packageDocumentation
 */
// The draft: a whole text in, a report with its evidence out.
export { draftReport, type DraftReportOptions, type SkippedFigure } from './draft-report.js';

// A report file's bytes to its text: the encoding detected (UTF-8, UTF-16, GBK/GB18030), a web page reduced to its article.
export { decodeText, type DecodedText, type TextEncodingName } from './decode-text.js';
export { htmlToText, type HtmlText } from './html-to-text.js';
export { isHtml, readReportText, type ReportText } from './report-text.js';

// The figures of a text, each with where it stands (ExtractedFigure names TextSpan, Numeral and TableCell).
export { extractFigures } from './figures.js';
export { quantityOfFigure } from './indicators.js';
export type { ExtractedFigure, Numeral, TextSpan } from './types.js';
export type { TableCell } from './table-cells.js';

// Why a drafted indicator is less than sure: the codes in `extensions.extraction`, with their messages.
export { EXTRACTION_REASONS, reasonsOf, type ExtractionNote, type ExtractionReason } from './reasons.js';

// The number readers the extractor uses, for pipelines that read figures of their own.
export { parseArabicNumber, parseChineseNumeral } from './numbers.js';

// The pinyin of a label, as drafted ids carry it (docs/data-editors.md sends data editors here).
export { pinyinOf } from './pinyin.js';
