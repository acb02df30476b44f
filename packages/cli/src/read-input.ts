import { CliError } from './cli-error.js';
import type { CommandContext } from './context.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { readBytes } from './read-file.js';

const ENCODING_NAMES: Readonly<Record<Exclude<TextEncodingName, 'utf-8'>, string>> = {
  gb18030: 'GB18030（兼容 GBK）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) {
    throw new CliError({ 'zh-CN': '“-” 表示从标准输入读取，但标准输入是终端', en: '“-” reads standard input, but standard input is a terminal' });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/**
 * Reads a text file (or standard input for "-"), decoding UTF-8, UTF-16 with BOM or GBK/GB18030;
 * when it was not UTF-8, says so on stderr.
 *
 * @example
 * ```ts
 * const text = await readText('report-gbk.txt', context); // stderr: 提示：report-gbk.txt 不是 UTF-8 编码，已按 GB18030（兼容 GBK）解码
 * ```
 */
export async function readText(path: string, context: CommandContext): Promise<string> {
  const bytes = path === '-' ? await readStdin() : await readBytes(path);
  const { text, encoding } = decodeText(bytes, path === '-' ? 'stdin' : path);
  if (encoding !== 'utf-8') {
    const name = ENCODING_NAMES[encoding];
    context.err(
      `${context.say({
        'zh-CN': `提示：${path} 不是 UTF-8 编码，已按 ${name}解码`,
        en: `note: ${path} is not UTF-8; decoded as ${name.replace('（兼容 GBK）', ' (GBK-compatible)')}`,
      })}\n`,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Prints a failure for one file and gives its exit code; anything not a {@link CliError} is unexpected. */
export function reportFailure(error: unknown, context: CommandContext): number {
  if (error instanceof CliError) {
    context.err(`${context.say({ 'zh-CN': '错误：', en: 'error: ' })}${context.say(error.text)}\n`);
    return error.exitCode;
  }
  const reason = error instanceof Error ? error.message : String(error);
  context.err(`${context.say({ 'zh-CN': '内部错误：', en: 'internal error: ' })}${reason}\n`);
  return 2;
}
