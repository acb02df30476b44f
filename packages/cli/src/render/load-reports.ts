import type { Report } from '@rule-of-law/core';
import type { CommandContext } from '../context.js';
import { formatIssues, loadReport } from '../load-report.js';

/**
 * Reads and validates every file, in order. The issues of each invalid one are written to stderr; then the
 * reports are `undefined` (exit code 2). A missing file, bad encoding or bad JSON throws a CliError.
 *
 * @example
 * const reports = await loadValidReports(['2022.json', '2023.json'], context);
 * if (!reports) return EXIT.errors;
 */
export async function loadValidReports(files: readonly string[], context: CommandContext): Promise<Report[] | undefined> {
  const reports: Report[] = [];
  let valid = true;
  for (const file of files) {
    const loaded = await loadReport(file, context);
    if (loaded.ok) reports.push(loaded.report);
    else {
      valid = false;
      context.err(
        `${context.say({ 'zh-CN': `错误：${file} 不是有效的报告`, en: `error: ${file} is not a valid report` })}\n${formatIssues(loaded.issues, context)}`,
      );
    }
  }
  return valid ? reports : undefined;
}
