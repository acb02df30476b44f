/**
 * The URL when it is an absolute http(s) address, else undefined: data never supplies a
 * `javascript:` or `data:` link.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
