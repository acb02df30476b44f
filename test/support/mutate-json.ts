// Hostile edits of a JSON tree, shared by the fuzz tests and the parser-equivalence test.
import fc from 'fast-check';

/** Replaces one value somewhere inside a JSON tree, chosen by a path of indices; the tree is not changed. */
export function mutate(tree: unknown, steps: readonly number[], replacement: unknown): unknown {
  if (steps.length === 0 || typeof tree !== 'object' || tree === null) return replacement;
  const keys = Object.keys(tree);
  if (keys.length === 0) return replacement;
  const key = keys[steps[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(tree) ? ([...tree] as unknown as Record<string, unknown>) : { ...tree };
  copy[key] = mutate((tree as Record<string, unknown>)[key], steps.slice(1), replacement);
  return copy;
}

/** Values that break naive code: anything, the awkward numbers, hostile strings, empty and half shapes. */
export const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1, 2 ** 53 + 1),
  fc.constantFrom('', '<script>alert(1)</script>', '\u0000', '𠀀'.repeat(3), '__proto__', 'constructor'),
  fc.constantFrom(null, undefined, [], {}, { ref: 'x' }, { quantity: {} }),
);
