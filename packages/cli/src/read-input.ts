import { CliError } from './cli-error.js';
import type { CommandContext } from './context.js';
import { decodeText, readReportText, type TextEncodingName } from '@rule-of-law/core/extract';
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

const bytesOf = async (path: string): Promise<Uint8Array> => (path === '-' ? await readStdin() : await readBytes(path));
const shownName = (path: string): string => (path === '-' ? 'stdin' : path);

function undecodable(path: string): CliError {
  const name = shownName(path);
  return new CliError({
    'zh-CN': `无法识别 ${name} 的文字编码：既不是 UTF-8，也不是 GBK/GB18030（是否为二进制文件？）`,
    en: `Cannot tell the text encoding of ${name}: it is neither UTF-8 nor GBK/GB18030 (is it a binary file?)`,
  });
}

/** Says on stderr when a file was not UTF-8. */
function noteEncoding(path: string, encoding: TextEncodingName, context: CommandContext): void {
  if (encoding === 'utf-8') return;
  const name = ENCODING_NAMES[encoding];
  context.err(
    `${context.say({
      'zh-CN': `提示：${path} 不是 UTF-8 编码，已按 ${name}解码`,
      en: `note: ${path} is not UTF-8; decoded as ${name.replace('（兼容 GBK）', ' (GBK-compatible)')}`,
    })}\n`,
  );
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
  const decoded = decodeText(await bytesOf(path));
  if (!decoded) throw undecodable(path);
  noteEncoding(path, decoded.encoding, context);
  return decoded.text;
}

/**
 * Reads a report's published text as {@link readText} does, and a web page (`.html`, or text that begins as one)
 * as the text of its article (`readReportText` of `@rule-of-law/core/extract`), saying so on stderr.
 */
export async function readReportFile(path: string, context: CommandContext): Promise<string> {
  const read = readReportText(await bytesOf(path), path === '-' ? '' : path);
  if (!read) throw undecodable(path);
  noteEncoding(path, read.encoding, context);
  if (read.format === 'html') {
    context.err(
      `${context.say({ 'zh-CN': `提示：${shownName(path)} 是网页，已提取正文文字`, en: `note: ${shownName(path)} is a web page; its article's text was read` })}\n`,
    );
  }
  return read.text;
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
