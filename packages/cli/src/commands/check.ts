import { computeReport, reportFindings, type Finding, type ReportIssue } from '@rule-of-law/core';
import { EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { countFindings, exitCodeOf, formatFindings } from '../findings.js';
import { formatIssues, loadReport } from '../load-report.js';
import { createProgress } from '../progress.js';
import { reportFailure } from '../read-input.js';

/** Options of `rule-of-law check`. */
export interface CheckOptions {
  readonly json?: boolean;
}

/** What `check --json` prints for one file: one entry of its array (an array for one file too). */
interface CheckResult {
  file: string;
  valid: boolean;
  exitCode: number;
  issues?: readonly ReportIssue[];
  findings?: readonly Finding[];
  error?: string;
}

async function checkFile(file: string, context: CommandContext): Promise<CheckResult> {
  const loaded = await loadReport(file, context);
  if (!loaded.ok) return { file, valid: false, exitCode: EXIT.errors, issues: loaded.issues };
  const findings = reportFindings(computeReport(loaded.report));
  return { file, valid: true, exitCode: exitCodeOf(findings), findings };
}

function describe(result: CheckResult, context: CommandContext): string {
  if (!result.valid) {
    const count = result.issues?.length ?? 0;
    return `✗ ${context.say({ 'zh-CN': `${result.file}：不是有效的报告（${count} 个问题）`, en: `${result.file}: not a valid report (${count} issue${count === 1 ? '' : 's'})` })}\n${formatIssues(result.issues ?? [], context)}`;
  }
  const findings = result.findings ?? [];
  if (findings.length === 0) return `✓ ${context.say({ 'zh-CN': `${result.file}：有效，没有发现问题`, en: `${result.file}: valid, no findings` })}\n`;
  const mark = result.exitCode === 0 ? '✓' : '!';
  return `${mark} ${context.say({ 'zh-CN': `${result.file}：有效；${countFindings(findings, context)}`, en: `${result.file}: valid; ${countFindings(findings, context)}` })}\n${formatFindings(findings, context)}`;
}

/**
 * `rule-of-law check report.json…`: validates each report and lists its issues (path and message)
 * or its findings. Exit code 0 when all are valid without warnings, 1 with warnings, 2 with errors,
 * an invalid report or a file that cannot be read. With `--json`, always an array with one entry per input
 * file, in order, each naming its file (for one file too).
 */
export async function checkCommand(files: readonly string[], options: CheckOptions, context: CommandContext): Promise<number> {
  const results: CheckResult[] = [];
  const progress = createProgress(files.length);
  for (const [index, file] of files.entries()) {
    progress.step(index, file);
    try {
      const result = await checkFile(file, context);
      progress.done();
      results.push(result);
      if (!options.json) context.out(describe(result, context));
    } catch (error) {
      progress.done();
      const exitCode = reportFailure(error, context);
      results.push({ file, valid: false, exitCode, error: error instanceof Error ? error.message : String(error) });
    }
  }
  progress.done();
  if (options.json) context.out(`${JSON.stringify(results, null, 2)}\n`);
  return Math.max(EXIT.ok, ...results.map((result) => result.exitCode));
}
