import { computeReport, reportFindings, type ReportIssue } from '@rule-of-law/core';
import { EXIT } from '../cli-error.js';
import { computedJson, computedTable, timelineLine } from '../compute-table.js';
import type { CommandContext } from '../context.js';
import { countFindings, formatFindings } from '../findings.js';
import { formatIssues, loadReport } from '../load-report.js';
import { createProgress } from '../progress.js';
import { reportFailure } from '../read-input.js';

/** Options of `rule-of-law compute`. */
export interface ComputeOptions {
  readonly json?: boolean;
}

/**
 * One entry of `compute --json`, for one input file: its computed figures, or why there are none (the
 * issues of an invalid report, or the error of a file that cannot be read).
 */
type ComputeResult =
  | ({ file: string; valid: true } & ReturnType<typeof computedJson>)
  | { file: string; valid: false; issues: readonly ReportIssue[] }
  | { file: string; valid: false; error: string };

/**
 * `rule-of-law compute report.json… [--json]`: the computed figures and derived rates of each
 * report as a table, with the publication timeline and findings. With `--json`, always an array with
 * one entry per input file, in order, each naming its file (for one file too). Exit code 0 when every
 * report was computed, 2 when one is invalid or cannot be read.
 */
export async function computeCommand(files: readonly string[], options: ComputeOptions, context: CommandContext): Promise<number> {
  const results: ComputeResult[] = [];
  const progress = createProgress(files.length);
  let exitCode: number = EXIT.ok;
  for (const [index, file] of files.entries()) {
    progress.step(index, file);
    try {
      const loaded = await loadReport(file, context);
      progress.done();
      if (!loaded.ok) {
        context.err(
          `${context.say({ 'zh-CN': `错误：${file} 不是有效的报告`, en: `error: ${file} is not a valid report` })}\n${formatIssues(loaded.issues, context)}`,
        );
        exitCode = EXIT.errors;
        results.push({ file, valid: false, issues: loaded.issues });
        continue;
      }
      const figures = computeReport(loaded.report);
      // The document's parts too: a supervisor's view of the report.
      const computed = { ...figures, findings: reportFindings(figures) };
      if (options.json) {
        results.push({ file, valid: true, ...computedJson(computed) });
        continue;
      }
      const heading = computed.report.title;
      const findings =
        computed.findings.length > 0
          ? `\n${context.say({ 'zh-CN': '发现', en: 'Findings' })}: ${countFindings(computed.findings, context)}\n${formatFindings(computed.findings, context)}`
          : '';
      context.out(
        `${files.length > 1 ? `== ${file}\n` : ''}${heading}\n${timelineLine(computed, context.locale)}\n\n${computedTable(computed, context.locale)}\n${findings}${index < files.length - 1 ? '\n' : ''}`,
      );
    } catch (error) {
      progress.done();
      exitCode = Math.max(exitCode, reportFailure(error, context));
      results.push({ file, valid: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  progress.done();
  if (options.json) context.out(`${JSON.stringify(results, null, 2)}\n`);
  return exitCode;
}
