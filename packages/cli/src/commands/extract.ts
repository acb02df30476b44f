import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Report } from '@rule-of-law/core';
import { draftReport } from '@rule-of-law/core/extract';
import { needsLook, reviewLines } from '../review-list.js';
import { CliError, EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { createProgress } from '../progress.js';
import { readReportFile, reportFailure } from '../read-input.js';

/** Options of `rule-of-law extract`. */
export interface ExtractOptions {
  readonly output?: string;
  readonly url?: string;
  readonly year?: string;
  readonly quiet?: boolean;
}

/** "1 figure", "2 figures": an English count with its noun. */
const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function summary(path: string, report: Report, context: CommandContext): string {
  const figures = (report.extensions?.extraction as { figures?: number } | undefined)?.figures ?? 0;
  const count = report.indicators.length;
  const doubtful = report.indicators.filter(needsLook).length;
  return context.say({
    'zh-CN': `${path}：找到 ${figures} 个数字，生成 ${count} 个指标、${report.sections.length} 个章节；${doubtful} 个指标需要核对`,
    en: `${path}: ${counted(figures, 'figure', 'figures')} found, ${counted(count, 'indicator', 'indicators')} and ${counted(report.sections.length, 'section', 'sections')} drafted; ${counted(doubtful, 'indicator', 'indicators')} to check`,
  });
}

function parseYear(year: string | undefined): number | undefined {
  if (year === undefined) return undefined;
  if (!/^(19|20)\d{2}$/.test(year)) throw new CliError({ 'zh-CN': `--year 应为四位年份，实际为 ${year}`, en: `--year must be a four-digit year, got ${year}` });
  return Number(year);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function jsonFileName(input: string): string {
  const name = basename(input, extname(input));
  return `${name === '' || input === '-' ? 'stdin' : name}.json`;
}

/**
 * `rule-of-law extract report.txt… [-o out]`: drafts a report JSON from each text. One input goes
 * to stdout or to the `-o` file; several go to stdout as a JSON array, or into the `-o` directory
 * as one `<name>.json` each. A summary per file goes to stderr.
 */
export async function extractCommand(files: readonly string[], options: ExtractOptions, context: CommandContext): Promise<number> {
  const year = parseYear(options.year);
  const toDirectory = options.output !== undefined && (files.length > 1 || (await isDirectory(options.output)));
  if (toDirectory && options.output !== undefined) await mkdir(options.output, { recursive: true });
  const drafts: Report[] = [];
  const progress = createProgress(files.length);
  let exitCode: number = EXIT.ok;
  for (const [index, file] of files.entries()) {
    progress.step(index, file);
    try {
      const report = draftReport(await readReportFile(file, context), {
        ...(options.url !== undefined ? { url: options.url } : {}),
        ...(year !== undefined ? { year } : {}),
      });
      if (toDirectory && options.output !== undefined) await writeFile(join(options.output, jsonFileName(file)), `${JSON.stringify(report, null, 2)}\n`);
      else drafts.push(report);
      progress.done();
      if (!options.quiet) context.err([summary(file, report, context), ...reviewLines(report, context)].map((line) => `${line}\n`).join(''));
    } catch (error) {
      progress.done();
      exitCode = Math.max(exitCode, reportFailure(error, context));
    }
  }
  progress.done();
  if (toDirectory || drafts.length === 0) return exitCode;
  const json = `${JSON.stringify(files.length === 1 ? drafts[0] : drafts, null, 2)}\n`;
  if (options.output !== undefined) await writeFile(options.output, json);
  else context.out(json);
  return exitCode;
}
