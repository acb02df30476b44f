import { basename } from 'node:path';
import type { Report } from '@rule-of-law/core';
import { CliError, EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { didYouMean } from '../did-you-mean.js';
import { loadValidReports } from '../render/load-reports.js';
import { elementPage } from '../render/pages.js';
import { writeHtml } from '../render/write-html.js';
import { loadStaticRenderer } from '../static-renderer.js';
import type { RenderOptions } from './render.js';

/** The trend's own stylesheet, written beside the HTML. */
const TREND_STYLESHEET = 'rule-of-law-trend.css';

/** The ids of `--indicator` values (each may hold several, space- or comma-separated), once each, in order. */
function indicatorIds(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((value) => value.split(/[\s,，、]+/)).filter(Boolean))];
}

/** "reconsideration.case（是不是想输入 reconsideration.cases？）": a missing id with the closest ids the reports have. */
function missingText(ids: readonly string[], known: readonly string[]): { 'zh-CN': string; en: string } {
  const each = ids.map((id) => ({ id, close: didYouMean(id, known) }));
  return {
    'zh-CN': each.map(({ id, close }) => (close.length > 0 ? `${id}（是不是想输入 ${close.join(' 或 ')}？）` : id)).join('、'),
    en: each.map(({ id, close }) => (close.length > 0 ? `${id} (did you mean ${close.join(' or ')}?)` : id)).join(', '),
  };
}

/**
 * The named ids no report has: an error when that is all of them (with the closest ids the reports have), a
 * note on stderr when only some (the chart says so too).
 */
function checkIndicators(ids: readonly string[], reports: readonly Report[], context: CommandContext): void {
  const known = [...new Set(reports.flatMap((report) => report.indicators.map((indicator) => indicator.id)))];
  const missing = ids.filter((id) => !known.includes(id));
  if (missing.length === 0) return;
  const text = missingText(missing, known);
  if (missing.length === ids.length) {
    throw new CliError({ 'zh-CN': `所给报告中均没有这些指标：${text['zh-CN']}`, en: `None of the reports has these indicators: ${text.en}` });
  }
  context.err(`${context.say({ 'zh-CN': `提示：所给报告中均没有这些指标：${text['zh-CN']}`, en: `note: none of the reports has these indicators: ${text.en}` })}\n`);
}

/**
 * `rule-of-law render --trend a.json b.json … --indicator <id> [--indicator <id>…] [-o out.html] [--lang zh-CN|en|zh-Hant]
 * [--full-page]`: chosen indicators over several reports as a static chart with its table (renderTrendHTML) — the
 * no-JavaScript fallback to paste inside `<rule-of-law-trend>` — or, with `--full-page`, a whole page. Exit code
 * 0, or 2 when a report is invalid or cannot be read, or no report has any indicator named.
 *
 * @throws {CliError} without files or `--indicator`, for standard input, or when no report has any indicator named.
 * @example
 * await renderTrendCommand(['2021.json', '2022.json', '2023.json'], { indicators: ['enforcement.penalties'] }, context);
 */
export async function renderTrendCommand(files: readonly string[], options: RenderOptions, context: CommandContext): Promise<number> {
  const ids = indicatorIds(options.indicators ?? []);
  if (files.length === 0 || files.includes('-') || ids.length === 0) {
    throw new CliError({
      'zh-CN': `render --trend 需要报告文件（不能读标准输入）和至少一个 --indicator 指标；运行 rule-of-law render --help 查看用法`,
      en: `render --trend takes report files (not standard input) and at least one --indicator; run rule-of-law render --help for usage`,
    });
  }
  const { renderTrendHTML, trendCss } = await loadStaticRenderer();
  const reports = await loadValidReports(files, context);
  if (!reports) return EXIT.errors;
  checkIndicators(ids, reports, context);
  let fragment: string;
  try {
    fragment = renderTrendHTML(reports, { indicators: ids, lang: context.tag });
  } catch (error) {
    // Indicators found, but with no figure to draw.
    if (!(error instanceof RangeError)) throw error;
    throw new CliError({ 'zh-CN': `没有可画的数据：${error.message}`, en: `Nothing to draw: ${error.message}` });
  }
  const names = files.map((file) => basename(file));
  const attributes = { indicators: ids.join(' '), srcs: names.map((name) => encodeURIComponent(name)).join(' ') };
  const latest = reports.reduce((a, b) => (b.period.start >= a.period.start ? b : a));
  const page = { tag: 'rule-of-law-trend', attributes, files: names, fragment, stylesheet: TREND_STYLESHEET, lang: context.tag, title: latest.title };
  const html = options.fullPage ? elementPage(page) : fragment;
  return writeHtml(html, { output: options.output, own: { file: TREND_STYLESHEET, css: trendCss() } }, context);
}
