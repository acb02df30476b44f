import type { BilingualText } from '../schema/localized-text.js';

/**
 * The five parts every annual report must contain (《法治政府建设与责任落实督察工作规定》), in the order
 * the regulation lists them: `measures` 主要举措和成效, `shortcomings` 存在的不足和原因, `leadership`
 * 党政主要负责人履行推进法治建设第一责任人职责情况, `next_year` 下一年度推进法治政府建设的主要安排,
 * `other` 其他需要报告的情况. Real reports reorder, rename and fold them together.
 */
export const REPORT_PARTS = ['measures', 'shortcomings', 'leadership', 'next_year', 'other'] as const;

/** One of {@link REPORT_PARTS}. */
export type ReportPart = (typeof REPORT_PARTS)[number];

/**
 * The parts whose absence makes a report incomplete. `other` (其他需要报告的情况) is left out: the
 * regulation lists it, but a report with nothing else to report legitimately has no such section.
 */
export const REQUIRED_REPORT_PARTS: readonly Exclude<ReportPart, 'other'>[] = ['measures', 'shortcomings', 'leadership', 'next_year'];

/** zh-CN (the regulation's wording) and English names of each part. */
export const REPORT_PART_LABELS: Readonly<Record<ReportPart, BilingualText>> = {
  measures: { 'zh-CN': '主要举措和成效', en: 'Main measures and results' },
  shortcomings: { 'zh-CN': '存在的不足和原因', en: 'Shortcomings and their causes' },
  leadership: {
    'zh-CN': '党政主要负责人履行推进法治建设第一责任人职责情况',
    en: 'How the principal Party and government leaders discharged their duty as first persons responsible for the rule of law',
  },
  next_year: { 'zh-CN': '下一年度推进法治政府建设的主要安排', en: 'Main plans for the next year' },
  other: { 'zh-CN': '其他需要报告的情况', en: 'Other matters to report' },
};
