import type { JsonSchemaNode } from './json-schema-node.js';

/**
 * A pattern with each `\d` outside a character class written `[0-9]`. In JavaScript `\d` is an ASCII digit,
 * as `parseReport` reads it; in other languages' regular expressions (Python's, .NET's) it is any Unicode
 * digit, so `٢٠٢٤-01-01` would pass as a date there.
 *
 * @example
 * ```ts
 * asciiDigits('^\\d{6}[\\d-]$'); // '^[0-9]{6}[\\d-]$' (a class is left as written)
 * ```
 */
export function asciiDigits(pattern: string): string {
  let result = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]!;
    if (char === '\\') {
      const next = pattern[index + 1] ?? '';
      result += !inClass && next === 'd' ? '[0-9]' : char + next;
      index += 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    result += char;
  }
  return result;
}

/**
 * Rewrites every `pattern` of a JSON Schema with {@link asciiDigits}, in place.
 *
 * @example
 * ```ts
 * withAsciiDigitPatterns(schema);
 * ```
 */
export function withAsciiDigitPatterns(schema: unknown): void {
  if (Array.isArray(schema)) {
    for (const item of schema) withAsciiDigitPatterns(item);
    return;
  }
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as JsonSchemaNode;
  for (const [key, value] of Object.entries(node)) {
    // Values (enum, const) are data, not schemas; a schema under `properties.pattern` is an object, not a string.
    if (key === 'enum' || key === 'const') continue;
    if (key === 'pattern' && typeof value === 'string') node.pattern = asciiDigits(value);
    else withAsciiDigitPatterns(value);
  }
}
