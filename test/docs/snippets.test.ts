// Every ```js snippet in README.md and docs/*.md is run here as an ES module against the built
// packages, as a reader would paste it. A line `console.log(…); // expected` must print `expected`
// (or start with it, when the comment ends with “…”).
// The other kinds of snippet are run by the other files of test/docs/ (see SNIPPET_KINDS below); this file
// also checks that every fenced block is of a kind one of them runs, and that none has gone missing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docSnippets } from '../support/doc-snippets.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = `${root}.cache/snippets/`;

/**
 * Each fence language in the documents, the test file that runs its blocks, and how many blocks there are
 * at least: deleting a snippet (or changing its fence) must be a deliberate change here too.
 * Unlabelled fences are not code, except the Content-Security-Policy header, which html-snippets applies.
 */
const SNIPPET_KINDS: Record<string, { readonly runBy: string; readonly atLeast: number }> = {
  js: { runBy: 'snippets.test.ts', atLeast: 11 },
  tsx: { runBy: 'framework-snippets.test.ts', atLeast: 1 },
  vue: { runBy: 'framework-snippets.test.ts', atLeast: 1 },
  html: { runBy: 'html-snippets.test.ts', atLeast: 6 },
  css: { runBy: 'html-snippets.test.ts', atLeast: 1 },
  json: { runBy: 'json-snippets.test.ts', atLeast: 2 },
  sh: { runBy: 'shell-snippets.test.ts', atLeast: 5 },
  '': { runBy: 'html-snippets.test.ts (the CSP header); the others are not code', atLeast: 2 },
};

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
  docSnippets('js').forEach((snippet) => {
    it(`${snippet.name} runs and prints what it says`, () => {
      const file = `${scratch}${snippet.document.replace(/\W+/g, '-')}-${snippet.line}.mjs`;
      writeFileSync(file, instrument(snippet.code));
      // Run from the repository root, so that examples/… paths and @rule-of-law/* resolve as for a reader.
      const output = execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(typeof output).toBe('string');
    });
  });

  it('found the snippets of every kind, and no kind that no test runs', () => {
    const counts: Record<string, number> = {};
    for (const snippet of docSnippets()) counts[snippet.lang] = (counts[snippet.lang] ?? 0) + 1;
    expect(Object.keys(counts).filter((lang) => !(lang in SNIPPET_KINDS))).toEqual([]);
    for (const [lang, { atLeast }] of Object.entries(SNIPPET_KINDS)) expect(counts[lang] ?? 0, `${lang || 'unlabelled'} blocks`).toBeGreaterThanOrEqual(atLeast);
  });
});
