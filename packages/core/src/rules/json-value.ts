/** A value that JSON can hold: null, a boolean, a finite number, a string, an array or a plain object of them. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** True when `value` survives `JSON.stringify` → `JSON.parse` unchanged (no NaN, undefined, class instances, cycles). */
export function isJsonValue(value: unknown, ancestors: Set<object> = new Set()): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || ancestors.has(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value);
  if (!isArray && prototype !== Object.prototype && prototype !== null) return false;
  ancestors.add(value);
  // A hole of a sparse array ([, 1]) comes back from JSON as null: Array.from reads it as undefined, refused below.
  const children = isArray ? Array.from(value) : Object.values(value);
  const ok = children.every((child) => isJsonValue(child, ancestors));
  ancestors.delete(value);
  return ok;
}
