// Every ```ts snippet in README.md, docs/*.md and the packages' READMEs is a reader's TypeScript, checked the
// way a service team would use it: the packages are `npm pack`ed and installed into a project outside the
// workspace, each snippet is type-checked there under strict settings (NodeNext, strict,
// noUncheckedIndexedAccess, exactOptionalPropertyTypes, library checks on), then run with Node. A line
// `console.log(…); // expected` must print `expected` (or start with it, when the comment ends with “…”).
// The other kinds of snippet are run by the other files of test/docs/ (see SNIPPET_KINDS below); this file
// also checks that every fenced block is of a kind one of them runs, and that none has gone missing.
// Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docSnippets, type Snippet } from '../support/doc-snippets.js';
import { assertBuilt, installScratchProject, packAll, ROOT } from '../packaging/support/pack-and-install.js';

/**
 * Each fence language in the documents, the test file that runs its blocks, and how many blocks there are
 * at least: deleting a snippet (or changing its fence) must be a deliberate change here too.
 * Unlabelled fences are not code, except the Content-Security-Policy header, which html-snippets applies.
 */
const SNIPPET_KINDS: Record<string, { readonly runBy: string; readonly atLeast: number }> = {
  ts: { runBy: 'snippets.test.ts', atLeast: 15 },
  tsx: { runBy: 'framework-snippets.test.ts', atLeast: 1 },
  vue: { runBy: 'framework-snippets.test.ts', atLeast: 1 },
  html: { runBy: 'html-snippets.test.ts', atLeast: 6 },
  css: { runBy: 'html-snippets.test.ts', atLeast: 1 },
  json: { runBy: 'json-snippets.test.ts', atLeast: 2 },
  sh: { runBy: 'shell-snippets.test.ts', atLeast: 5 },
  '': { runBy: 'html-snippets.test.ts (the CSP header); the others are not code', atLeast: 2 },
};

/** A strict service's compiler options: what the snippets must compile under. */
const STRICT_SERVICE_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022'],
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  skipLibCheck: false,
} as const;

/** Packages the snippets import besides ours, at the workspace's versions (so they install from the npm cache). */
const THIRD_PARTY = ['@types/node', 'ajv', 'ajv-formats', 'vite', '@vitejs/plugin-vue', 'vue', 'typescript', '@lit-labs/ssr', 'zod'] as const;

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
    'function __check(args: unknown[], expected: string): void {',
    '  const printed = __format(...args);',
    "  const ok = expected.endsWith('…') ? printed.startsWith(expected.slice(0, -1).trimEnd()) : printed === expected;",
    '  if (!ok) { console.error(`printed:  ${printed}\\nexpected: ${expected}`); process.exit(3); }',
    '  console.log(printed);',
    '}',
    ...rest,
  ].join('\n');
}

/** The file a snippet is written to in the project: `docs-developers-md-17.ts`. */
const fileOf = (snippet: Snippet): string => `${snippet.document.replace(/\W+/g, '-')}-${snippet.line}`;

const snippets = docSnippets('ts');
let scratch = '';
let project = '';
const errorsByFile = new Map<string, string[]>();

/** The versions the workspace uses of `name` (root devDependencies, or a package's dependency). */
function workspaceRange(name: string): string {
  const manifests = ['package.json', 'packages/core/package.json', 'packages/elements/package.json'].map(
    (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> },
  );
  for (const manifest of manifests) {
    const range = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
    if (range !== undefined) return range;
  }
  throw new Error(`the workspace does not use ${name}`);
}

beforeAll(() => {
  assertBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-snippets-'));
  project = join(scratch, 'service');
  const packed = packAll(join(scratch, 'tarballs'));
  installScratchProject(
    project,
    [...packed.values()].map((entry) => join(scratch, 'tarballs', entry.filename)),
    undefined,
    Object.fromEntries(THIRD_PARTY.map((name) => [name, workspaceRange(name)])),
  );
  // Snippets read examples/… as a reader who cloned the repository would.
  cpSync(join(ROOT, 'examples'), join(project, 'examples'), { recursive: true });
  mkdirSync(join(project, 'check'));
  mkdirSync(join(project, 'run'));
  for (const snippet of snippets) {
    writeFileSync(join(project, 'check', `${fileOf(snippet)}.ts`), snippet.code);
    const { outputText } = ts.transpileModule(instrument(snippet.code), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    writeFileSync(join(project, 'run', `${fileOf(snippet)}.mjs`), outputText);
  }
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: STRICT_SERVICE_OPTIONS, include: ['check/*.ts'] }, null, 2));
  // One program for every snippet, as tsc -p would check them; errors filed by snippet.
  const config = ts.getParsedCommandLineOfConfigFile(join(project, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('the snippet project has no readable tsconfig.json');
  const program = ts.createProgram(config.fileNames, config.options);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const file = diagnostic.file?.fileName ?? '(project)';
    const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
    const key = file.startsWith(join(project, 'check')) ? file.slice(join(project, 'check').length + 1, -3) : '(other files)';
    errorsByFile.set(key, [...(errorsByFile.get(key) ?? []), `${where ? `line ${where.line + 1}: ` : ''}${message}${key === '(other files)' ? ` (${file})` : ''}`]);
  }
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('documentation snippets, as a strict TypeScript service against the packed packages', () => {
  it('the project type-checks nothing but the snippets cleanly (no errors outside them)', () => {
    expect(errorsByFile.get('(other files)') ?? []).toEqual([]);
  });

  snippets.forEach((snippet) => {
    it(`${snippet.name} type-checks under strict settings`, () => {
      expect(errorsByFile.get(fileOf(snippet)) ?? [], `line numbers count from the snippet's first line (${snippet.name} is the fence)`).toEqual([]);
    });

    it(`${snippet.name} runs and prints what it says`, () => {
      const output = execFileSync(process.execPath, [join('run', `${fileOf(snippet)}.mjs`)], {
        cwd: project,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });
      expect(typeof output).toBe('string');
    }, 90_000);
  });
});

describe('documentation snippets of every kind', () => {
  it('found the snippets of every kind, and no kind that no test runs', () => {
    const counts: Record<string, number> = {};
    for (const snippet of docSnippets()) counts[snippet.lang] = (counts[snippet.lang] ?? 0) + 1;
    expect(Object.keys(counts).filter((lang) => !(lang in SNIPPET_KINDS))).toEqual([]);
    for (const [lang, { atLeast }] of Object.entries(SNIPPET_KINDS)) expect(counts[lang] ?? 0, `${lang || 'unlabelled'} blocks`).toBeGreaterThanOrEqual(atLeast);
  });
});
