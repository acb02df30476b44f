import { CliError } from './cli-error.js';

/** Line and column (both from 1) of a UTF-16 offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Where a JSON text first goes wrong, found by a small scanner of the JSON grammar (Node's own
 * messages do not always give a position). Undefined when the text is valid JSON.
 *
 * @example
 * ```ts
 * jsonErrorOffset('{"a": 1,}'); // 8
 * ```
 */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the offset unwinds the scanner to its one catch
    throw at;
  };
  const space = () => {
    while (at < text.length && WHITESPACE.has(text.charAt(at))) at += 1;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else fail();
  };
  const string = () => {
    if (text.charAt(at) !== '"') fail();
    at += 1;
    while (at < text.length && text.charAt(at) !== '"') {
      const char = text.charAt(at);
      if (char < ' ') fail();
      if (char === '\\') {
        const escape = text.charAt(at + 1);
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
        else if ('"\\/bfnrt'.includes(escape) && escape !== '') at += 2;
        else {
          at += 1;
          fail();
        }
      } else at += 1;
    }
    if (at >= text.length) fail();
    at += 1;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += match?.[0].length ?? 0;
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };
  const members = (close: string, member: () => void) => {
    at += 1;
    space();
    if (text.charAt(at) === close) {
      at += 1;
      return;
    }
    for (;;) {
      member();
      space();
      if (text.charAt(at) === ',') {
        at += 1;
        continue;
      }
      if (text.charAt(at) === close) {
        at += 1;
        return;
      }
      fail();
    }
  };
  const object = () =>
    members('}', () => {
      space();
      string();
      space();
      if (text.charAt(at) !== ':') fail();
      at += 1;
      value();
    });
  const array = () => members(']', value);
  try {
    value();
    space();
    if (at < text.length) fail();
    return undefined;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

/**
 * Parses a JSON file's text; a syntax error becomes a message with the line and column.
 *
 * @example
 * ```ts
 * parseJsonFile('{"a": 1,}', 'r.json'); // throws CliError: r.json 第 1 行第 9 列：JSON 格式错误…
 * ```
 */
export function parseJsonFile(text: string, path: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    const offset = jsonErrorOffset(source) ?? source.length;
    const { line, column } = lineAndColumn(source, offset);
    const reason = error instanceof Error ? error.message : String(error);
    const where = source.length === 0 ? { 'zh-CN': '文件为空', en: 'the file is empty' } : { 'zh-CN': reason, en: reason };
    throw new CliError({
      'zh-CN': `${path} 第 ${line} 行第 ${column} 列：不是有效的 JSON（${where['zh-CN']}）`,
      en: `${path}, line ${line}, column ${column}: not valid JSON (${where.en})`,
    });
  }
}
