// Type-checks TypeScript files as a reader's project would: strict (with noUncheckedIndexedAccess and
// exactOptionalPropertyTypes), React 19's JSX, bundler resolution of the
// built @rule-of-law/* packages (their dist/ types, as npm would install them); Vue single-file components with
// vue-tsc, the same settings. Used by the tests of the ```tsx and ```vue snippets and of the framework types.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { REPOSITORY_ROOT as root } from './e2e-page.js';

/** A reader's tsconfig for a React 19 app in TypeScript. */
const READER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  skipLibCheck: true,
};

let runs = 0;

/** A folder of its own under the repository (so that node_modules resolves), holding `files`. */
function scratchProject(files: Readonly<Record<string, string>>): string {
  const folder = `${root}.cache/type-check/${process.pid}-${(runs += 1)}/`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(`${folder}${name}`, source);
  return folder;
}

/**
 * The type errors of `files` (name → source), checked together in a folder of their own under the repository,
 * as `file(line,col): message` lines; `[]` when they type-check.
 *
 * @example
 * typeErrors({ 'app.tsx': 'const a: number = "x";' }); // ["app.tsx(1,7): Type 'string' is not assignable to type 'number'."]
 */
export function typeErrors(files: Readonly<Record<string, string>>): string[] {
  const folder = scratchProject(files);
  const program = ts.createProgram(
    Object.keys(files).map((name) => `${folder}${name}`),
    READER_OPTIONS,
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.slice(folder.length)}(${line + 1},${character + 1}): ${message}`;
  });
}

/**
 * The type errors of Vue single-file components and TypeScript files (name → source), checked by vue-tsc with
 * the reader's settings above, as `file(line,col): message` lines; `[]` when they type-check.
 */
export function vueTypeErrors(files: Readonly<Record<string, string>>): string[] {
  const folder = scratchProject({
    ...files,
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        skipLibCheck: true,
        jsx: 'preserve',
      },
      include: Object.keys(files),
    }),
  });
  const run = spawnSync(process.execPath, [`${root}node_modules/vue-tsc/bin/vue-tsc.js`, '-p', `${folder}tsconfig.json`, '--pretty', 'false'], {
    cwd: folder,
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`.trim();
  if (run.status !== 0 && !/error TS\d+/.test(output)) throw new Error(`vue-tsc failed: ${output}`);
  return output
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .map((line) => line.replace(folder, '').replace(/ error TS\d+:/, ''));
}

/**
 * The lines of `file` that `errors` (from {@link typeErrors} or {@link vueTypeErrors}) point at, in order.
 *
 * @example
 * errorLines(["app.tsx(8,44): Type 'string' is not assignable to type 'number'."], 'app.tsx'); // [8]
 */
export function errorLines(errors: readonly string[], file: string): number[] {
  return errors.filter((error) => error.startsWith(`${file}(`)).map((error) => Number(/^[^(]+\((\d+),/.exec(error)?.[1]));
}
