/**
 * One problem found by validation, in the shape of a zod issue (its code, its path below the validated
 * value, the fields its message is built from), whether zod raised it or the validator generated from
 * the schemas did (`parse/generated/`). `message` is a library message key (`rol:` and the key of its text
 * in `parse/messages.ts`) when one applies, else absent: zod's own codes are translated from their fields.
 */
export interface ValidationIssue {
  /** zod's issue code (`invalid_type`, `too_small`, `custom`…). */
  readonly code: string;
  /** Path below the validated value; the validator prefixes it as the issue travels up. */
  path: PropertyKey[];
  /** `rol:` and a message key, when the library's own text applies. */
  readonly message?: string | undefined;
  /** The value the issue is about. */
  readonly input?: unknown;
  /** The values a library message needs. */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  /** True when later checks of the same value still run (zod's `continue`). */
  readonly continue?: boolean | undefined;
  /** `invalid_type`: what was expected (`string`, `object`, `nonoptional`…). */
  readonly expected?: string | undefined;
  /** `invalid_value`: the values allowed. */
  readonly values?: readonly unknown[] | undefined;
  /** `too_small`: the bound. */
  readonly minimum?: number | undefined;
  /** `too_big`: the bound. */
  readonly maximum?: number | undefined;
  /** `too_small` / `too_big` / `invalid_format`: what was measured (`string`, `array`, `number`…). */
  readonly origin?: string | undefined;
  /** `too_small` / `too_big`: whether the bound itself is allowed. */
  readonly inclusive?: boolean | undefined;
  /** `invalid_format`: the format expected (`date`, `datetime`, `url`, `regex`). */
  readonly format?: string | undefined;
  /** `invalid_format`: the pattern the text did not match. */
  readonly pattern?: string | undefined;
  /** `unrecognized_keys`: the keys not in the schema. */
  readonly keys?: readonly string[] | undefined;
}
