/** A few assertions, so the browser tests need no assertion library. Each throws with both values. */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `actual === expected`. */
export function equal<T>(actual: T, expected: T, message = ''): void {
  if (actual !== expected) throw new AssertionError(`${message} expected ${show(expected)}, got ${show(actual)}`.trim());
}

/** Truthy. */
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(`${message} (got ${show(value)})`);
}

/** `text` contains `part`. */
export function includes(text: string, part: string, message = ''): void {
  if (!text.includes(part)) throw new AssertionError(`${message} expected ${show(text.slice(0, 400))} to contain ${show(part)}`.trim());
}

/** `text` does not contain `part`. */
export function excludes(text: string, part: string, message = ''): void {
  if (text.includes(part)) throw new AssertionError(`${message} expected ${show(text.slice(0, 400))} not to contain ${show(part)}`.trim());
}

/** Same JSON. */
export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new AssertionError(`${message} expected ${b}, got ${a}`.trim());
}
