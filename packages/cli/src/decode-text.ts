import { CliError } from './cli-error.js';

/** The encodings the command line reads. GB18030 is a superset of GBK and GB2312. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A decoded text and the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Control characters that never appear in a report's text (all but tab, line feed, carriage return, form feed). */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function looksLikeText(text: string): boolean {
  return !CONTROL.test(text) && !text.includes('\ufffd');
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when the bytes are not
 * valid UTF-8, GB18030/GBK (common on older government portals). Binary or undecodable bytes give a
 * clear error.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])); // { text: '中文', encoding: 'gb18030' }
 * ```
 */
export function decodeText(bytes: Uint8Array, path = ''): DecodedText {
  const bom = (a: number, b: number) => bytes[0] === a && bytes[1] === b;
  const candidates: TextEncodingName[] = bom(0xff, 0xfe) ? ['utf-16le'] : bom(0xfe, 0xff) ? ['utf-16be'] : ['utf-8', 'gb18030'];
  for (const encoding of candidates) {
    const text = decodeStrict(bytes, encoding);
    if (text !== undefined && looksLikeText(text)) return { text, encoding };
  }
  throw new CliError({
    'zh-CN': `无法识别 ${path} 的文字编码：既不是 UTF-8，也不是 GBK/GB18030（是否为二进制文件？）`,
    en: `Cannot tell the text encoding of ${path}: it is neither UTF-8 nor GBK/GB18030 (is it a binary file?)`,
  });
}
