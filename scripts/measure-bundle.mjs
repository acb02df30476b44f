#!/usr/bin/env node
// Measures the drop-in bundle (packages/elements/dist/rule-of-law.min.js) and what each piece costs:
// minified bytes per piece from an esbuild metafile, and each piece's gzip cost as the difference it
// makes to the whole bundle when left out. Prints a Markdown table; `--json` prints JSON instead.
// Usage: node scripts/measure-bundle.mjs [--json] [--budget 40]
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}packages/elements/src/index.ts`;
const dropIn = `${root}packages/elements/dist/rule-of-law.min.js`;
const budgetIndex = process.argv.indexOf('--budget');
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : 40;

/** Which piece an input file belongs to. */
const PIECES = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['d3-scale (with d3-array, d3-interpolate, d3-format, d3-time…)', /node_modules\/(d3-(?!shape|path)[a-z-]+|internmap)\//],
  ['d3-shape (with d3-path)', /node_modules\/d3-(shape|path)\//],
  ['zod', /node_modules\/zod\//],
  ['date-fns', /node_modules\/date-fns\//],
  ['@rule-of-law/core', /packages\/core\//],
  ['@rule-of-law/elements (our code)', /packages\/elements\//],
];

/** A fresh esbuild of the drop-in, minified, in memory, with the modules matching `stub` replaced by empty ones. */
async function bundle(stub) {
  const plugins = stub
    ? [
        {
          name: 'stub',
          setup(b) {
            // A CommonJS stub accepts any named import, so the bundle still builds without the piece.
            b.onLoad({ filter: /.*/ }, (args) => (stub.test(args.path) ? { contents: 'module.exports = {}', loader: 'js' } : undefined));
          },
        },
      ]
    : [];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    tsconfig: `${root}packages/elements/tsconfig.json`,
    plugins,
  });
  const bytes = result.outputFiles[0].contents;
  return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, metafile: result.metafile };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const full = await bundle();
const minified = new Map(PIECES.map(([name]) => [name, 0]));
for (const output of Object.values(full.metafile.outputs)) {
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const piece = PIECES.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
    minified.set(piece, (minified.get(piece) ?? 0) + bytesInOutput);
  }
}
// Gzip is not additive, so each piece's gzip cost is what removing it saves, removing the pieces one
// after another (dependencies first: leaving out core would also drop zod and date-fns): the costs add
// up to the whole bundle.
const rows = [];
const removed = [];
let previous = full.gzip;
for (const [name, pattern] of PIECES) {
  removed.push(pattern.source);
  const last = name === PIECES[PIECES.length - 1][0];
  const without = last ? { gzip: 0 } : await bundle(new RegExp(removed.join('|')));
  rows.push({ piece: name, minifiedBytes: minified.get(name) ?? 0, gzipCostBytes: previous - without.gzip });
  previous = without.gzip;
}
const built = existsSync(dropIn) ? readFileSync(dropIn) : undefined;
const summary = {
  dropIn: built ? { bytes: built.length, gzip: gzipSync(built, { level: 9 }).length } : undefined,
  fresh: { bytes: full.bytes, gzip: full.gzip },
  budgetKb,
  pieces: rows,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const total = summary.dropIn ?? summary.fresh;
  console.log(`Drop-in ${built ? 'packages/elements/dist/rule-of-law.min.js' : '(fresh esbuild; run npm run build for the real file)'}: ` +
    `${kb(total.bytes)} KB minified, ${kb(total.gzip)} KB gzip (budget ${budgetKb} KB gzip)\n`);
  console.log('| piece | minified | gzip cost |');
  console.log('|---|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.piece} | ${kb(row.minifiedBytes)} KB | ${kb(row.gzipCostBytes)} KB |`);
  }
}
if (summary.dropIn && summary.dropIn.gzip > budgetKb * 1024) process.exitCode = process.argv.includes('--check') ? 1 : 0;
