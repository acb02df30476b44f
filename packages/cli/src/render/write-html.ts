import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';

/** Where the stylesheet that the package exports as `@rule-of-law/elements/rule-of-law.css` lies in a project. */
const STYLESHEET_FILE = 'node_modules/@rule-of-law/elements/dist/rule-of-law.css';

/** A stylesheet of an element's own rules, written beside the HTML (`rule-of-law.css` does not hold them). */
export interface OwnStylesheet {
  /** The file name, e.g. `rule-of-law-compare.css`. */
  readonly file: string;
  readonly css: string;
}

async function write(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError({ 'zh-CN': `无法写入 ${path}（${reason}）`, en: `Cannot write ${path} (${reason})` });
  }
}

/**
 * Prints the HTML on stdout, or writes it to `output` (with the element's own stylesheet, if any, beside it)
 * and says on stderr what was written and which stylesheets to link. Gives the exit code.
 *
 * @throws {CliError} when a file cannot be written.
 * @example
 * await writeHtml(html, { output: 'compare.html', own: { file: 'rule-of-law-compare.css', css } }, context);
 * // stderr: wrote compare.html (12.3 KB) and rule-of-law-compare.css beside it; …
 */
export async function writeHtml(
  html: string,
  options: { readonly output?: string | undefined; readonly own?: OwnStylesheet | undefined },
  context: CommandContext,
): Promise<number> {
  const { output, own } = options;
  if (output === undefined) {
    context.out(html);
    if (own) {
      context.err(
        `${context.say({
          'zh-CN': `提示：除 rule-of-law.css 外，这段 HTML 还需要它自己的样式表 ${own.file}；加 -o 输出到文件时会一并写在旁边`,
          en: `note: besides rule-of-law.css, this HTML needs its own stylesheet ${own.file}; with -o it is written beside the file`,
        })}\n`,
      );
    }
    return EXIT.ok;
  }
  await write(output, html);
  const ownPath = own && join(dirname(output), own.file);
  if (own && ownPath && basename(output) !== own.file) await write(ownPath, own.css);
  const kilobytes = Math.round(Buffer.byteLength(html) / 102.4) / 10;
  const beside = ownPath ? { 'zh-CN': `，并在旁边写入 ${ownPath}`, en: ` and ${ownPath} beside it` } : { 'zh-CN': '', en: '' };
  context.err(
    `${context.say({
      'zh-CN': `已写入 ${output}（${kilobytes} KB）${beside['zh-CN']}；样式表是 @rule-of-law/elements/rule-of-law.css（文件 ${STYLESHEET_FILE}），请一并自托管并引用`,
      en: `wrote ${output} (${kilobytes} KB)${beside.en}; self-host and link the stylesheet @rule-of-law/elements/rule-of-law.css (file ${STYLESHEET_FILE}) with it`,
    })}\n`,
  );
  return EXIT.ok;
}
