import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * Reads a file's bytes, turning the usual failures into clear messages: no such file, a directory,
 * no permission.
 *
 * @example
 * ```ts
 * const bytes = await readBytes('report.txt');
 * ```
 */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new CliError({ 'zh-CN': `找不到文件：${path}`, en: `No such file: ${path}` });
    if (code === 'EISDIR') throw new CliError({ 'zh-CN': `${path} 是目录，不是文件`, en: `${path} is a directory, not a file` });
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError({ 'zh-CN': `无法读取 ${path}：没有权限`, en: `Cannot read ${path}: permission denied` });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({ 'zh-CN': `无法读取 ${path}：${reason}`, en: `Cannot read ${path}: ${reason}` });
  }
}
