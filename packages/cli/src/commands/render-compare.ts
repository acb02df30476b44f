import { basename } from 'node:path';
import { CliError, EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { loadValidReports } from '../render/load-reports.js';
import { elementPage } from '../render/pages.js';
import { writeHtml } from '../render/write-html.js';
import { loadStaticRenderer } from '../static-renderer.js';
import type { RenderOptions } from './render.js';

/** The comparison's own stylesheet, written beside the HTML. */
const COMPARE_STYLESHEET = 'rule-of-law-compare.css';

/**
 * `rule-of-law render --compare previous.json current.json [-o out.html] [--lang zh-CN|en|zh-Hant] [--full-page]`:
 * the two reports side by side as static HTML (renderCompareHTML) — the no-JavaScript fallback to paste inside
 * `<rule-of-law-compare>` — or, with `--full-page`, a whole page. Exit code 0, or 2 when a report is invalid
 * or cannot be read.
 *
 * @throws {CliError} for anything but two files, standard input, or a file that cannot be read or written.
 * @example
 * await renderCompareCommand(['2022.json', '2023.json'], { output: 'compare.html' }, context);
 */
export async function renderCompareCommand(files: readonly string[], options: RenderOptions, context: CommandContext): Promise<number> {
  if (files.length !== 2 || files.includes('-')) {
    throw new CliError({
      'zh-CN': `render --compare 需要两个报告文件（先较早的，再较晚的），不能读标准输入；运行 rule-of-law render --help 查看用法`,
      en: `render --compare takes two report files (the earlier, then the later), not standard input; run rule-of-law render --help for usage`,
    });
  }
  const { renderCompareHTML, compareCss } = await loadStaticRenderer();
  const reports = await loadValidReports(files, context);
  if (!reports) return EXIT.errors;
  const [previous, current] = reports as [(typeof reports)[0], (typeof reports)[0]];
  const fragment = renderCompareHTML(previous, current, { lang: context.tag });
  const names = files.map((file) => basename(file));
  const attributes = { 'previous-src': encodeURIComponent(names[0]!), 'current-src': encodeURIComponent(names[1]!) };
  const page = { tag: 'rule-of-law-compare', attributes, files: names, fragment, stylesheet: COMPARE_STYLESHEET, lang: context.tag, title: current.title };
  const html = options.fullPage ? elementPage(page) : fragment;
  return writeHtml(html, { output: options.output, own: { file: COMPARE_STYLESHEET, css: compareCss() } }, context);
}
