/**
 * A table of words converted into another script (zh-Hant from zh-CN): every string, and every string a
 * function of the table returns. Tables and the words inside them are frozen-shape records of strings,
 * functions and nested records.
 */
export function convertWords<Words extends object>(words: Words, convert: (text: string) => string): Words {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(words)) {
    out[key] =
      typeof value === 'string'
        ? convert(value)
        : typeof value === 'function'
          ? (...args: unknown[]) => {
              const result: unknown = (value as (...args: unknown[]) => unknown)(...args);
              return typeof result === 'string' ? convert(result) : result;
            }
          : value !== null && typeof value === 'object'
            ? convertWords(value as object, convert)
            : value;
  }
  return out as Words;
}
