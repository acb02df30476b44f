// Every ```js snippet in README.md and docs/*.md is run here as an ES module against the built
// packages, as a reader would paste it. A line `console.log(…); // expected` must print `expected`
// (or start with it, when the comment ends with “…”).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = `${root}.cache/snippets/`;
const documents = ['README.md', ...readdirSync(`${root}docs`).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** The ```js fenced blocks of a Markdown text. */
export function jsSnippets(markdown: string): string[] {
  return [...markdown.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

const CHECKED_LOG = /^(\s*)console\.log\((.*)\);\s*\/\/\s*(.+?)\s*$/;

/** Turns `console.log(x); // expected` lines into checks, leaving everything else as written. */
function instrument(snippet: string): string {
  const body = snippet
    .split('\n')
    .map((line) => {
      const match = CHECKED_LOG.exec(line);
      if (!match) return line;
      const [, indent, args, expected] = match;
      return `${indent}__check([${args}], ${JSON.stringify(expected)});`;
    })
    .join('\n');
  const imports = body.split('\n').filter((line) => /^import /.test(line));
  const rest = body.split('\n').filter((line) => !/^import /.test(line));
  return [
    ...imports,
    "import { format as __format } from 'node:util';",
    'function __check(args, expected) {',
    '  const printed = __format(...args);',
    "  const ok = expected.endsWith('…') ? printed.startsWith(expected.slice(0, -1).trimEnd()) : printed === expected;",
    '  if (!ok) { console.error(`printed:  ${printed}\\nexpected: ${expected}`); process.exit(3); }',
    '  console.log(printed);',
    '}',
    ...rest,
  ].join('\n');
}

describe('documentation snippets', () => {
  mkdirSync(scratch, { recursive: true });
  for (const document of documents) {
    const snippets = jsSnippets(readFileSync(`${root}${document}`, 'utf8'));
    snippets.forEach((snippet, index) => {
      it(`${document} snippet ${index + 1} runs and prints what it says`, () => {
        const file = `${scratch}${document.replace(/\W+/g, '-')}-${index + 1}.mjs`;
        writeFileSync(file, instrument(snippet));
        // Run from the repository root, so that examples/… paths and @rule-of-law/* resolve as for a reader.
        const output = execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        expect(typeof output).toBe('string');
      });
    });
  }

  it('found the snippets', () => {
    const count = documents.reduce((sum, document) => sum + jsSnippets(readFileSync(`${root}${document}`, 'utf8')).length, 0);
    expect(count).toBeGreaterThanOrEqual(8);
  });
});
