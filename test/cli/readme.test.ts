// packages/cli/README.md documents every command of the CLI with the options its help names, and where
// `render` gets what it needs: the elements package and its stylesheet export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, helpText } from '../../packages/cli/src/commands/help.js';
import { ROOT } from './run-cli.js';

const readme = readFileSync(join(ROOT, 'packages/cli/README.md'), 'utf8');

/** The README's table row of a command: the line starting "| `command". */
function rowOf(command: string): string | undefined {
  return readme.split('\n').find((line) => line.startsWith(`| \`${command}`));
}

describe('packages/cli/README.md', () => {
  it('has a row for every command but help, naming every option of its usage line', () => {
    for (const command of COMMANDS.filter((name) => name !== 'help')) {
      const row = rowOf(command);
      expect(row, command).toBeDefined();
      const usage = helpText('en', command).split('\n')[0] ?? '';
      const options = usage.match(/(?<=[[\s])--?[a-z][a-z-]*/g) ?? [];
      for (const option of options) expect(row, `${command} ${option}`).toContain(option);
    }
  });

  it('says that check --json and compute --json always print an array, one entry per input file', () => {
    expect(readme).toContain('`check --json` and `compute --json` print one JSON array with **one entry per input file**');
  });

  it('says how to install what render needs, and names the stylesheet as the elements package exports it', () => {
    expect(readme).toContain('npm install @rule-of-law/elements');
    const elements = JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8')) as { exports: Record<string, unknown> };
    // The export and the file the README names are the same one.
    expect(readme).toContain('`@rule-of-law/elements/rule-of-law.css`');
    expect(elements.exports['./rule-of-law.css']).toBe('./dist/rule-of-law.css');
    expect(readme).toContain('`node_modules/@rule-of-law/elements/dist/rule-of-law.css`');
    expect(readme).toMatch(/```sh\n(npx rule-of-law render .*\n)+```/);
  });
});
