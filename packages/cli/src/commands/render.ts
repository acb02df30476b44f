import { CliError, EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { loadValidReports } from '../render/load-reports.js';
import { reportPage } from '../render/pages.js';
import { writeHtml } from '../render/write-html.js';
import { loadStaticRenderer } from '../static-renderer.js';
import { renderCompareCommand } from './render-compare.js';
import { renderTrendCommand } from './render-trend.js';

/** Options of `rule-of-law render`. */
export interface RenderOptions {
  readonly output?: string;
  /** A whole page (linking the stylesheets and the drop-in) rather than the fragment. */
  readonly fullPage?: boolean;
  /** Keep Lit's hydration comments, for `<rule-of-law-report render-root="light">` to adopt the HTML (one report only). */
  readonly hydratable?: boolean;
  /** The report's JSON before the HTML, as an inline data block, for an element without `src` (one report only; a full page always has it). */
  readonly withData?: boolean;
  /** Two reports side by side (`--compare previous.json current.json`). */
  readonly compare?: boolean;
  /** Chosen indicators over several reports (`--trend a.json b.json … --indicator <id>`). */
  readonly trend?: boolean;
  /** The `--indicator` values of a trend, each one id or several (space- or comma-separated). */
  readonly indicators?: readonly string[];
}

/** The usage error of render's options that do not go together. */
function usage(zh: string, en: string): CliError {
  return new CliError({ 'zh-CN': `${zh}；运行 rule-of-law render --help 查看用法`, en: `${en}; run rule-of-law render --help for usage` });
}

/**
 * `rule-of-law render report.json [-o out.html] [--lang zh-CN|en|zh-Hant] [--full-page] [--hydratable] [--with-data]`: the report
 * as static HTML (renderReportHTML) — the no-JavaScript fallback to paste inside `<rule-of-law-report>` — or, with
 * `--full-page`, a whole page linking `rule-of-law.css` and the drop-in. With `--hydratable`, the HTML keeps Lit's
 * hydration comments, for `<rule-of-law-report render-root="light">` to adopt it (the full page sets that); with
 * `--with-data`, the report's JSON comes first as an inline data block, so the element needs no `src`. With `--compare`, two reports side by
 * side; with `--trend` and `--indicator`, chosen indicators over several reports. `--lang` chooses the language
 * of the HTML as well as of the messages. Exit code 0, or 2 when a report is invalid or cannot be read.
 *
 * @throws {CliError} for a usage error (exit code 2), or a file that cannot be read or written.
 * @example
 * await renderCommand(['report.json'], { output: 'report.html' }, context);
 */
export async function renderCommand(files: readonly string[], options: RenderOptions, context: CommandContext): Promise<number> {
  if (options.compare && options.trend) throw usage('--compare 和 --trend 不能同时使用', '--compare and --trend do not go together');
  if (options.indicators && options.indicators.length > 0 && !options.trend) {
    throw usage('--indicator 只用于 --trend', '--indicator goes with --trend only');
  }
  if (options.hydratable && (options.compare || options.trend)) {
    throw usage('--hydratable 只用于单份报告', '--hydratable goes with a single report only');
  }
  if (options.withData && (options.compare || options.trend)) {
    throw usage('--with-data 只用于单份报告', '--with-data goes with a single report only');
  }
  if (options.compare) return renderCompareCommand(files, options, context);
  if (options.trend) return renderTrendCommand(files, options, context);
  const [file] = files;
  if (file === undefined || files.length > 1) {
    throw usage(
      'render 命令只接受一个报告文件（两份报告的对比用 --compare，多份报告的趋势用 --trend）',
      'The render command takes exactly one report file (--compare for two reports side by side, --trend for several over time)',
    );
  }
  const { renderReportHTML } = await loadStaticRenderer();
  const reports = await loadValidReports([file], context);
  if (!reports) return EXIT.errors;
  const [report] = reports as [(typeof reports)[0]];
  const hydratable = options.hydratable === true;
  const fragment = renderReportHTML(report, { lang: context.tag, hydratable, withData: options.withData === true || options.fullPage === true });
  const html = options.fullPage ? reportPage(report, fragment, context.tag, hydratable) : fragment;
  return writeHtml(html, { output: options.output }, context);
}
