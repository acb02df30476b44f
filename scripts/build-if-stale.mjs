#!/usr/bin/env node
// Runs `npm run build` unless every built file is newer than every source it comes from. Used by
// `npm install` (prepare: so that `npx rule-of-law` works right after it) and by `npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = [
  'packages/core/dist/index.js',
  'packages/core/dist/extract.js',
  'packages/core/report.schema.json',
  'packages/elements/dist/index.js',
  'packages/elements/dist/rule-of-law.min.js',
  'packages/elements/dist/rule-of-law-editor.min.js',
  'packages/elements/dist/rule-of-law-editor-worker.min.js',
  'packages/elements/dist/rule-of-law.css',
  'packages/elements/dist/THIRD-PARTY-LICENSES.txt',
  'packages/elements/custom-elements.json',
  'packages/cli/dist/main.js',
];
const inputs = [
  'packages/core/src',
  'packages/elements/src',
  'packages/cli/src',
  'tsup.config.ts',
  'scripts/drop-in-build.mjs',
  'scripts/third-party.mjs',
  'package.json',
];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

const missing = outputs.filter((output) => !existsSync(join(root, output)));
const oldestOutput = missing.length ? 0 : Math.min(...outputs.map((output) => statSync(join(root, output)).mtimeMs));
const newestInput = Math.max(...inputs.map((input) => newestMtime(join(root, input))));

if (missing.length > 0 || newestInput > oldestOutput) {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
console.log('[build] up to date');
