import type { ValidationIssue } from './validation-issue.js';

/**
 * What the validator generated from the schemas (`parse/generated/`) calls: zod's rules for when a check
 * runs and how an issue travels up, written once here so that the generated code stays a plain list of
 * checks. Each helper says which zod behaviour it reproduces; the differential test holds them to zod.
 */

/**
 * Validates `input`, pushing its issues (paths relative to it) onto `issues`; returns what zod's parse makes of
 * it (objects without unknown keys, a union's winning option, a URL trimmed), which the checks above it read.
 */
export type Validator = (input: unknown, issues: ValidationIssue[]) => unknown;

/** zod's `aborted`: an issue from `start` on stops the checks that have no `when` (any issue without `continue: true`). */
export function aborted(issues: readonly ValidationIssue[], start: number): boolean {
  for (let index = start; index < issues.length; index++) if (issues[index]!.continue !== true) return true;
  return false;
}

/** zod's `explicitlyAborted`: an issue from `start` on with `continue: false` stops even the checks with a `when`. */
export function explicitlyAborted(issues: readonly ValidationIssue[], start: number): boolean {
  for (let index = start; index < issues.length; index++) if (issues[index]!.continue === false) return true;
  return false;
}

/** Puts `key` in front of the path of every issue from `start` on (zod's `prefixIssues`, as an issue leaves a property or an element). */
function prefixPaths(issues: ValidationIssue[], start: number, key: PropertyKey): void {
  for (let index = start; index < issues.length; index++) issues[index]!.path.unshift(key);
}

/** zod's `isObject`: an object, not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's `isPlainObject`, which a record requires: an object whose constructor, if any, looks like Object's. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const constructor: unknown = value.constructor;
  if (constructor === undefined || typeof constructor !== 'function') return true;
  const prototype: unknown = (constructor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** zod's `when` for length checks: they run on anything not nullish with a `length`, even after an issue of type. */
export function hasLength(value: unknown): value is { length: unknown } {
  return value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined;
}

/** zod's `minLength` check: code points for strings near the bound, else `length` as it is. */
export function checkMinLength(value: { length: unknown }, minimum: number, issues: ValidationIssue[], message: string | undefined): void {
  const units = value.length as number;
  const length = typeof value === 'string' && units >= minimum && units < minimum * 2 ? codePointLength(value) : units;
  if (length >= minimum) return;
  const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
  issues.push({ code: 'too_small', origin, minimum, inclusive: true, input: value, path: [], continue: true, message });
}

function codePointLength(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    if ((text.charCodeAt(index) & 0xfc00) === 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

/** The WHATWG URL parser, as every browser and Node have it (core is compiled without the DOM's types). */
const WhatwgUrl = (globalThis as unknown as { URL: { new (text: string): unknown; canParse?: (text: string) => boolean } }).URL;

/** zod's URL format without options: the text trimmed, without tabs and line breaks, when the WHATWG URL parser accepts it. */
export function parsedUrl(text: string): string | undefined {
  const trimmed = text.trim();
  let ok: boolean;
  if (typeof WhatwgUrl.canParse === 'function') ok = WhatwgUrl.canParse(trimmed);
  else {
    try {
      new WhatwgUrl(trimmed);
      ok = true;
    } catch {
      ok = false;
    }
  }
  return ok ? trimmed.replace(/[\t\n\r]/g, '') : undefined;
}

/**
 * zod's union: the first option without issues wins; else the issues of the one option that did not abort;
 * else `invalid_union` with the union's message.
 */
export function checkUnion(input: unknown, issues: ValidationIssue[], options: readonly Validator[], message: string | undefined): unknown {
  const results: { issues: ValidationIssue[]; value: unknown }[] = [];
  for (const option of options) {
    const found: ValidationIssue[] = [];
    const value = option(input, found);
    if (found.length === 0) return value;
    results.push({ issues: found, value });
  }
  const going = results.filter((result) => !aborted(result.issues, 0));
  if (going.length === 1) {
    issues.push(...going[0]!.issues);
    return going[0]!.value;
  }
  issues.push({ code: 'invalid_union', input, path: [], message });
  return input;
}

/** zod's strict object: every key outside the shape (`for…in`, so inherited enumerable keys too) in one issue that does not abort. */
export function checkUnknownKeys(value: Record<string, unknown>, known: ReadonlySet<string>, issues: ValidationIssue[], message: string | undefined): void {
  const unknown: string[] = [];
  for (const key in value) if (!known.has(key)) unknown.push(key);
  if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', keys: unknown, input: value, path: [], continue: true, message });
}

/** zod's `invalid_type` issue of a value that is not what the schema expects (`string`, `object`, `array`…). */
export function typeIssue(expected: string, input: unknown, message: string | undefined): ValidationIssue {
  return { code: 'invalid_type', expected, input, path: [], message };
}

/**
 * zod's required property of an object: its schema runs on the value (on `undefined` when absent), an absent
 * key whose schema raised nothing on `undefined` is still an issue, and the parsed value goes into `value`.
 */
export function requiredKey(input: Record<string, unknown>, key: string, validate: Validator, issues: ValidationIssue[], value: Record<string, unknown>): void {
  const from = issues.length;
  const present = key in input;
  const item = validate(input[key], issues);
  if (issues.length > from) prefixPaths(issues, from, key);
  else if (!present) issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
  if (present || item !== undefined) value[key] = item;
}

/** zod's optional property of an object: nothing when the key is absent, else as a required one. */
export function optionalKey(input: Record<string, unknown>, key: string, validate: Validator, issues: ValidationIssue[], value: Record<string, unknown>): void {
  if (!(key in input)) return;
  const from = issues.length;
  value[key] = validate(input[key], issues);
  prefixPaths(issues, from, key);
}

/** zod's array: each element checked (issues under its index), the parsed elements in a new array. */
export function checkArray(input: unknown, issues: ValidationIssue[], element: Validator, message: string | undefined): unknown {
  if (!Array.isArray(input)) {
    issues.push(typeIssue('array', input, message));
    return input;
  }
  const value: unknown[] = new Array(input.length);
  for (let index = 0; index < input.length; index++) {
    const from = issues.length;
    value[index] = element(input[index], issues);
    prefixPaths(issues, from, index);
  }
  return value;
}

/** zod's record with string keys: each own enumerable key (but `__proto__`), symbols refused as keys. */
export function checkRecord(input: unknown, issues: ValidationIssue[], item: Validator, message: string | undefined): unknown {
  if (!isPlainObject(input)) {
    issues.push(typeIssue('record', input, message));
    return input;
  }
  const value: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key !== 'string') {
      issues.push({ code: 'invalid_key', origin: 'record', input: key, path: [key], message });
      continue;
    }
    const start = issues.length;
    value[key] = item(input[key], issues);
    prefixPaths(issues, start, key);
  }
  return value;
}
