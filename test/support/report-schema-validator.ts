// The report's JSON Schema in an independent validator, set up as docs/developers.md recommends: ajv's
// draft 2020-12 class with ajv-formats (the `date` format), every error reported.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { reportJsonSchema } from '@rule-of-law/core';

/** What ajv logged while compiling: a schema the recommended setup compiles cleanly logs nothing. */
export const ajvWarnings: string[] = [];

const logger = {
  log: (...args: unknown[]) => ajvWarnings.push(args.join(' ')),
  warn: (...args: unknown[]) => ajvWarnings.push(args.join(' ')),
  error: (...args: unknown[]) => ajvWarnings.push(args.join(' ')),
};

/**
 * A compiled validator of the report's JSON Schema: `new Ajv2020({ allErrors: true })` and `addFormats`;
 * `verbose` adds each error's schema node (its description, with the issue codes).
 *
 * @example
 * ```ts
 * const validate = reportSchemaValidator();
 * if (!validate(report)) console.log(validate.errors);
 * ```
 */
export function reportSchemaValidator({ verbose = false } = {}): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, logger, verbose });
  addFormats(ajv);
  return ajv.compile(reportJsonSchema());
}

/** ajv's errors of the last validation, as `instancePath keyword: message` lines. */
export function errorLines(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.keyword}: ${error.message}`);
}
