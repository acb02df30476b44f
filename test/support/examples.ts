import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's examples folder. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The reference report's published text. */
export function referenceText(): string {
  return readFileSync(`${EXAMPLES_DIR}hangzhoudao-2023.txt`, 'utf8');
}

/** The reference report JSON, freshly parsed (safe to mutate). */
export function referenceJson(): Record<string, any> {
  return JSON.parse(readFileSync(`${EXAMPLES_DIR}hangzhoudao-2023.json`, 'utf8'));
}

/** Every example report file (*.json directly in examples/), by name. */
export function exampleReports(): { name: string; json: unknown }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, json: JSON.parse(readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8')) }));
}
