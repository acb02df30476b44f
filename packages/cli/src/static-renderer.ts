import type * as StaticModule from '@rule-of-law/elements/static';
import { CliError } from './cli-error.js';

/** `@rule-of-law/elements/static`: the report, the trend and the comparison as static HTML, and their stylesheets. */
export type StaticRenderer = typeof StaticModule;

/** The packages `render` needs besides the CLI and core: the elements and Lit's server renderer they use. */
const RENDER_PACKAGES = ['@rule-of-law/elements', '@lit-labs/ssr'] as const;

/** Whether `error` says that a module (or a package it imports) is not installed. */
function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
}

/**
 * Loads the static renderer only when `render` runs: the CLI depends on core alone, so that `check`,
 * `compute`, `extract` and `schema` install with a handful of packages. When the elements (or Lit's
 * server renderer) are not installed, the error says which command adds them.
 *
 * @throws {CliError} when `@rule-of-law/elements` or `@lit-labs/ssr` cannot be loaded.
 * @example
 * const { renderReportHTML, renderCompareHTML } = await loadStaticRenderer();
 * const html = renderReportHTML(report, { lang: 'zh-CN' });
 */
export async function loadStaticRenderer(): Promise<StaticRenderer> {
  try {
    const renderer = await import('@rule-of-law/elements/static');
    // The elements' words in 繁體中文 (--lang zh-Hant): registered beside core's, which the CLI loads itself.
    await import('@rule-of-law/elements/locales/zh-Hant');
    return renderer;
  } catch (error) {
    if (!isMissingModule(error)) throw error;
    const install = `npm install ${RENDER_PACKAGES.join(' ')}`;
    const missing = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError({
      'zh-CN': `render 命令需要 ${RENDER_PACKAGES.join(' 和 ')}，它们不随 CLI 安装；请在 CLI 所在的项目中运行：${install}（${missing}）`,
      en: `The render command needs ${RENDER_PACKAGES.join(' and ')}, which do not come with the CLI; add them to the project the CLI is installed in: ${install} (${missing})`,
    });
  }
}
