import { REPORT_PARTS, REQUIRED_REPORT_PARTS, type ReportPart } from '../schema/report-part.js';
import type { Report } from '../schema/report.js';
import { reportPartsOfSection } from '../sections/report-parts-of-section.js';
import { missingReportPart } from './findings/finding-messages.js';
import type { Finding } from './findings/finding.js';

/** Which required parts an annual report covers and which it lacks. */
export interface ReportPartCoverage {
  /** Every part some section covers (`other` included), in {@link REPORT_PARTS} order. */
  readonly present: readonly ReportPart[];
  /** The {@link REQUIRED_REPORT_PARTS} no section covers, in that order. */
  readonly missing: readonly ReportPart[];
}

/**
 * The title of an annual rule-of-law report (法治政府建设年度报告, 法治建设工作报告,
 * 关于2024年法治政府建设情况的报告), not of a statistics report (…数据统计报告).
 */
const isAnnualReportTitle = (title: string): boolean => /法治(?:政府)?建设/u.test(title) && title.includes('报告') && !title.includes('统计');

/**
 * Which of the required parts (主要举措和成效, 存在的不足和原因, 党政主要负责人履行推进法治建设第一责任人职责情况,
 * 下一年度主要安排, and the optional 其他需要报告的情况) an annual report covers, judged from its outline;
 * `undefined` when the report is not one to judge: its title does not name an annual rule-of-law report
 * (法治(政府)建设…报告, not a statistics report), or it has fewer than two top-level sections.
 *
 * A top-level section covers the parts of {@link reportPartsOfSection}: those an editor gave in `parts`,
 * else those its heading announces (a later year than the period's counts as next year's plan). A
 * section at any level covers the parts given in its `parts` (a 第一责任人 subsection of the measures,
 * say). A report that opens with thematic headings naming no part (一、坚持党的领导，扎实推进法治政府建设)
 * reports its measures there, so it is not said to lack them. `other` is never missing: a report with
 * nothing else to report has no such section.
 *
 * @example
 * ```ts
 * reportPartCoverage(report);
 * // for the 2023 杭州道 report: { present: ['measures', 'shortcomings', 'leadership', 'next_year'], missing: [] }
 * ```
 */
export function reportPartCoverage(report: Report): ReportPartCoverage | undefined {
  if (!isAnnualReportTitle(report.title)) return undefined;
  const topLevel = report.sections.filter((section) => section.parent === undefined).sort((a, b) => a.order - b.order);
  if (topLevel.length < 2) return undefined;
  const options = { year: Number(report.period.end.slice(0, 4)) };
  const found = new Set<ReportPart>();
  for (const section of topLevel) for (const part of reportPartsOfSection(section, options)) found.add(part);
  for (const section of report.sections) for (const part of section.parts ?? []) found.add(part);
  const opening = topLevel[0]!;
  if (opening.parts === undefined && reportPartsOfSection(opening, options).length === 0) found.add('measures');
  return {
    present: REPORT_PARTS.filter((part) => found.has(part)),
    missing: REQUIRED_REPORT_PARTS.filter((part) => !found.has(part)),
  };
}

/**
 * The `missing-report-part` finding (info) of a report, if it is an annual report whose outline lacks
 * some of the required parts (see {@link reportPartCoverage}); none otherwise.
 *
 * @example
 * ```ts
 * reportPartFindings(report).map((finding) => finding.message['zh-CN']);
 * // ['报告未见规定的组成部分“存在的不足和原因”（按一级标题判断）']
 * ```
 */
export function reportPartFindings(report: Report): Finding[] {
  const coverage = reportPartCoverage(report);
  if (!coverage || coverage.missing.length === 0) return [];
  return [missingReportPart(REQUIRED_REPORT_PARTS, coverage.missing, coverage.present)];
}
