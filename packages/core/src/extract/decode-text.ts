/** The encodings report files come in. GB18030 is a superset of GBK and GB2312. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A decoded text and the encoding it was read in. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** The WHATWG text decoder: a global in Node and in browsers (core's types name neither environment). */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

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

/**
 * Decodes the bytes of a report file: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when the bytes are
 * not valid UTF-8, GB18030/GBK (common on older government portals). `undefined` for binary or undecodable
 * bytes. The same in Node and in browsers (`TextDecoder`).
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])); // { text: '中文', encoding: 'gb18030' }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  const bom = (a: number, b: number) => bytes[0] === a && bytes[1] === b;
  const candidates: TextEncodingName[] = bom(0xff, 0xfe) ? ['utf-16le'] : bom(0xfe, 0xff) ? ['utf-16be'] : ['utf-8', 'gb18030'];
  for (const encoding of candidates) {
    const text = decodeStrict(bytes, encoding);
    if (text !== undefined && !CONTROL.test(text) && !text.includes('\ufffd')) return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
  }
  return undefined;
}
