import { writeFile } from 'node:fs/promises';
import type { Report } from '@rule-of-law/core';
import { CliError, EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { formatIssues, loadReport } from '../load-report.js';
import { loadStaticRenderer } from '../static-renderer.js';

/** Where the stylesheet that the package exports as `@rule-of-law/elements/rule-of-law.css` lies in a project. */
const STYLESHEET_FILE = 'node_modules/@rule-of-law/elements/dist/rule-of-law.css';

/** Options of `rule-of-law render`. */
export interface RenderOptions {
  readonly output?: string;
  /** A whole page (linking `rule-of-law.css` and the drop-in) rather than the fragment. */
  readonly fullPage?: boolean;
}

/** Text for HTML (element content and quoted attribute values). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A whole page: the static HTML inside `<rule-of-law-report>` with the report as inline JSON, so the
 * drop-in takes over where JavaScript runs. `<` is escaped inside the JSON: the data can never end the
 * `<script>` early. Nothing inline runs: the page passes a strict Content-Security-Policy.
 */
function fullPage(report: Report, fragment: string, lang: string): string {
  const json = JSON.stringify(report).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<!-- Copy rule-of-law.css and rule-of-law.min.js from node_modules/@rule-of-law/elements/dist (exports @rule-of-law/elements/rule-of-law.css and /rule-of-law.min.js) next to this page. -->
<link rel="stylesheet" href="rule-of-law.css">
<script type="module" src="rule-of-law.min.js"></script>
</head>
<body>
<rule-of-law-report lang="${lang}">
${fragment}<script type="application/json">${json}</script>
</rule-of-law-report>
</body>
</html>
`;
}

/**
 * `rule-of-law render report.json [-o out.html] [--lang zh-CN|en] [--full-page]`: the report as static
 * HTML (renderReportHTML) — the no-JavaScript fallback to paste inside `<rule-of-law-report>` — or, with
 * `--full-page`, a whole page linking `rule-of-law.css` and the drop-in. `--lang` chooses the language of
 * the HTML as well as of the messages. Exit code 0, or 2 when the report is invalid or cannot be read.
 */
export async function renderCommand(files: readonly string[], options: RenderOptions, context: CommandContext): Promise<number> {
  const [file] = files;
  if (file === undefined || files.length > 1) {
    throw new CliError({
      'zh-CN': 'render 命令只接受一个报告文件；运行 rule-of-law render --help 查看用法',
      en: 'The render command takes exactly one report file; run rule-of-law render --help for usage',
    });
  }
  const renderReportHTML = await loadStaticRenderer();
  const loaded = await loadReport(file, context);
  if (!loaded.ok) {
    context.err(`${context.say({ 'zh-CN': `错误：${file} 不是有效的报告`, en: `error: ${file} is not a valid report` })}\n${formatIssues(loaded.issues, context)}`);
    return EXIT.errors;
  }
  const fragment = renderReportHTML(loaded.report, { lang: context.locale });
  const html = options.fullPage ? fullPage(loaded.report, fragment, context.locale) : fragment;
  if (options.output === undefined) {
    context.out(html);
    return EXIT.ok;
  }
  try {
    await writeFile(options.output, html);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError({ 'zh-CN': `无法写入 ${options.output}（${reason}）`, en: `Cannot write ${options.output} (${reason})` });
  }
  const kilobytes = Math.round(Buffer.byteLength(html) / 102.4) / 10;
  context.err(
    `${context.say({
      'zh-CN': `已写入 ${options.output}（${kilobytes} KB）；样式表是 @rule-of-law/elements/rule-of-law.css（文件 ${STYLESHEET_FILE}），请一并自托管并引用`,
      en: `wrote ${options.output} (${kilobytes} KB); self-host and link the stylesheet @rule-of-law/elements/rule-of-law.css (file ${STYLESHEET_FILE}) with it`,
    })}\n`,
  );
  return EXIT.ok;
}
