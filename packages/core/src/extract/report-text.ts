import { decodeText, type TextEncodingName } from './decode-text.js';
import { htmlToText } from './html-to-text.js';

/** The text of a report file, ready for `draftReport`. */
export interface ReportText {
  readonly text: string;
  /** The encoding the file was read in. */
  readonly encoding: TextEncodingName;
  /** `html` when the file was a web page, reduced to its article's text by {@link htmlToText}. */
  readonly format: 'text' | 'html';
  /** A web page's `<title>`. */
  readonly title?: string;
}

const HTML_NAME = /\.(?:s?html?|xhtml)$/i;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;

/**
 * Whether a file's text is a web page: by its name (`.html`, `.htm`, `.shtml`, `.xhtml`), or by how it begins
 * (a doctype, `<html>`, `<head>`, `<body>`, `<meta>` or a comment).
 *
 * @example
 * ```ts
 * isHtml('受理12件', 'fzzf.html'); // true
 * isHtml('<!DOCTYPE html><p>受理12件</p>'); // true
 * ```
 */
export function isHtml(text: string, name = ''): boolean {
  return HTML_NAME.test(name) || HTML_START.test(text);
}

/**
 * Reads a report file as its text: the bytes decoded ({@link decodeText}: UTF-8, UTF-16 with BOM, GBK/GB18030),
 * and a web page (by its name or its first tag) reduced to its article's text ({@link htmlToText}). `undefined`
 * when the bytes are not text at all. How `rule-of-law extract` reads files, and how a page that lets a person open
 * a report file should.
 *
 * @example
 * ```ts
 * const read = readReportText(new Uint8Array(await file.arrayBuffer()), file.name);
 * if (read) draftReport(read.text);
 * ```
 */
export function readReportText(bytes: Uint8Array, name = ''): ReportText | undefined {
  const decoded = decodeText(bytes);
  if (!decoded) return undefined;
  if (!isHtml(decoded.text, name)) return { text: decoded.text, encoding: decoded.encoding, format: 'text' };
  const page = htmlToText(decoded.text);
  return { text: page.text, encoding: decoded.encoding, format: 'html', ...(page.title ? { title: page.title } : {}) };
}
