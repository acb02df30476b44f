import { parseReport, type Report, type ReportIssue } from '@rule-of-law/core';
import type { CommandContext } from './context.js';
import { parseJsonFile } from './parse-json.js';
import { readText } from './read-input.js';

/** A report file read and validated: the report, or the issues that make it invalid. */
export type LoadedReport = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly issues: readonly ReportIssue[] };

/**
 * Reads a report JSON file and validates it with `parseReport`. A missing file, bad encoding or
 * bad JSON throws a CliError; an invalid report gives its issues.
 */
export async function loadReport(path: string, context: CommandContext): Promise<LoadedReport> {
  const json = parseJsonFile(await readText(path, context), path);
  const result = parseReport(json);
  return result.ok ? { ok: true, report: result.report } : { ok: false, issues: result.issues };
}

/** Writes the issues of an invalid report, one per line: path, then message. */
export function formatIssues(issues: readonly ReportIssue[], context: CommandContext): string {
  const root = context.say({ 'zh-CN': '(报告根)', en: '(report root)' });
  return issues.map((issue) => `  ${issue.pointer === '' ? root : issue.pointer}  ${issue.message[context.locale]}\n`).join('');
}
