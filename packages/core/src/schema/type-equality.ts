/**
 * Compile-time proof that a hand-written interface and a schema's inferred type are the same type, so
 * that the documented interfaces can never drift from the validation. `Same<A, B>` is `true` only when
 * A and B are mutually assignable in both directions of every property.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Accepts only `true`: `const check: Proof<Same<A, B>> = true`. */
export type Proof<T extends true> = T;
