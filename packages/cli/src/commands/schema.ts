import { reportJsonSchema } from '@rule-of-law/core';
import { EXIT } from '../cli-error.js';
import type { CommandContext } from '../context.js';

/** `rule-of-law schema`: prints the JSON Schema of a report (draft 2020-12). */
export function schemaCommand(context: CommandContext): number {
  context.out(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
