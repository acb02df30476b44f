// Type-checks TypeScript files as a reader's project would: strict, React 19's JSX, bundler resolution of the
// built @rule-of-law/* packages (their dist/ types, as npm would install them). Used by the tests of the ```tsx
// snippets and of `@rule-of-law/elements/react-jsx`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { REPOSITORY_ROOT as root } from './e2e-page.js';

/** A reader's tsconfig for a React 19 app in TypeScript. */
const READER_OPTIONS: ts.CompilerOptions = {
  strict: true,
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

/**
 * The type errors of `files` (name → source), checked together in a folder of their own under the repository,
 * as `file(line,col): message` lines; `[]` when they type-check.
 *
 * @example
 * typeErrors({ 'app.tsx': 'const a: number = "x";' }); // ["app.tsx(1,7): Type 'string' is not assignable to type 'number'."]
 */
export function typeErrors(files: Readonly<Record<string, string>>): string[] {
  const folder = `${root}.cache/type-check/${process.pid}-${(runs += 1)}/`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(`${folder}${name}`, source);
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
