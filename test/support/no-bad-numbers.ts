/** Every number found anywhere in a value (objects, arrays, Maps), for NaN/Infinity checks. */
export function numbersIn(value: unknown, seen = new Set<unknown>()): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const children = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  return children.flatMap((child) => numbersIn(child, seen));
}

/** True when a value holds no NaN and no ±Infinity anywhere. */
export function allFinite(value: unknown): boolean {
  return numbersIn(value).every(Number.isFinite);
}
