// A TypeScript user of both packages. Type-checked in the scratch project against the installed
// tarballs, with moduleResolution bundler and node16 (tsconfig.bundler.json, tsconfig.node16.json).
import { computeReport, formatQuantity, parseReport, type ComputedReport, type Finding, type Report } from '@rule-of-law/core';
import { draftReport } from '@rule-of-law/core/extract';
import { generateSyntheticReports, type SyntheticReportsOptions } from '@rule-of-law/core/synthetic';
import { LAYOUTS, RuleOfLawReport, THEMES, VERSION, type Layout, type RolErrorDetail, type RolLoadDetail, type Theme } from '@rule-of-law/elements';
import { RuleOfLawFigure, safeDefine } from '@rule-of-law/elements/elements';
import { RuleOfLawCompare, RuleOfLawTrend, TREND_CHARTS, type TrendChart } from '@rule-of-law/elements/all';
import '@rule-of-law/elements/define/figure';

/** Validates `input` and shows it in a new `<rule-of-law-report>` inside `host`. */
export function show(input: unknown, host: HTMLElement, layout: Layout = LAYOUTS[0]): RuleOfLawReport {
  const parsed = parseReport(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.pointer}: ${issue.message.en}`).join('\n'));
  const element = document.createElement('rule-of-law-report');
  const report: Report = parsed.report;
  element.report = report;
  element.layout = layout;
  const theme: Theme = THEMES[1];
  element.theme = theme;
  element.addEventListener('rol-load', (event) => {
    const detail: RolLoadDetail = event.detail;
    const computed: ComputedReport = detail.computed;
    const findings: readonly Finding[] = computed.findings;
    console.log(VERSION, findings.length);
  });
  element.addEventListener('rol-error', (event) => {
    const detail: RolErrorDetail = event.detail;
    console.log(detail.kind, detail.issues.length);
  });
  host.append(element);
  return element;
}

/** One figure, as its own element. */
export function figure(report: Report, id: string): RuleOfLawFigure {
  const element = document.createElement('rule-of-law-figure');
  element.report = report;
  element.indicator = id;
  return element;
}

/** A draft from the published text, computed. */
export function draft(text: string): ComputedReport {
  return computeReport(draftReport(text));
}

/** Labelled synthetic reports, computed: the synthetic entry's reports are core's `Report`s. */
export function demo(options: SyntheticReportsOptions = { seed: 7 }): ComputedReport[] {
  const reports: Report[] = generateSyntheticReports(options);
  return reports.map((report) => computeReport(report));
}

export const visits = (report: Report): string | undefined => {
  const indicator = report.indicators.find((candidate) => candidate.id === 'petitions.visits.persons');
  return indicator && indicator.kind === 'count' ? formatQuantity(indicator.quantity, { locale: 'en' }) : undefined;
};

/** Several years of reports as a trend, and the last two compared. */
export function history(reports: readonly Report[], indicators: string): [RuleOfLawTrend, RuleOfLawCompare] {
  const trend = document.createElement('rule-of-law-trend');
  trend.reports = reports;
  trend.indicators = indicators;
  const chart: TrendChart = TREND_CHARTS[1];
  trend.chart = chart;
  const compare = document.createElement('rule-of-law-compare');
  compare.previous = reports.at(-2);
  compare.current = reports.at(-1);
  return [trend, compare];
}

safeDefine('my-report', class extends RuleOfLawReport {});

// The types are real, not `any`: each line below must be an error.
// @ts-expect-error `sideways` is not a layout.
export const badLayout: Layout = 'sideways';
// @ts-expect-error a report needs more than a title.
export const badReport: Report = { title: 'x' };
// @ts-expect-error parseReport's result must be narrowed before `.report`.
export const unchecked: Report = parseReport({}).report;
