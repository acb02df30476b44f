#!/usr/bin/env node
// Measures the drop-in bundle and guards its budget. The total is the shipped file itself,
// packages/elements/dist/rule-of-law.min.js as `npm run build` writes it (tsup: esbuild, then terser).
// Per piece (lit, d3, zod, core, our elements): its minified bytes, and its gzip cost, i.e. what the
// bundle saves when that piece is left out, rebuilt the way tsup builds the drop-in (esbuild bundle, then
// terser with the drop-in's options from tsup.config.ts). Prints a Markdown table; `--json` prints JSON.
// Within our own code (core and elements), what each of its parts costs left out alone (its gzip saving,
// not additive: the styles, the strings, the validation messages, the findings' messages, the codelists,
// the licence notices line).
// Also: the bundle without validation at all (`parseReport` a pass-through, so the generated validator, the rules and the
// validation messages drop out), the floor that no way of validating can go below.
// Exits 1 when the shipped file is over the budget (or missing), so it can guard the budget in CI.
// Usage: node scripts/measure-bundle.mjs [--json] [--budget 48] [--no-pieces]
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import { DROP_IN_ESBUILD, DROP_IN_TERSER } from './drop-in-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}packages/elements/src/index.ts`;
const dropInPath = 'packages/elements/dist/rule-of-law.min.js';
const budgetIndex = process.argv.indexOf('--budget');
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : 48;
const budgetBytes = budgetKb * 1024;

/**
 * Gzip size as the budget is defined: `gzip -9c file | wc -c` (GNU gzip). Node's zlib at level 9 gives
 * about 1% more on this bundle, so it is only the fallback where no `gzip` command exists.
 */
function gzip(bytes) {
  try {
    return execFileSync('gzip', ['-9c'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    return gzipSync(bytes, { level: 9 }).length;
  }
}

/** Which piece an input file belongs to. */
const PIECES = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['d3-shape + d3-path (donut arcs)', /node_modules\/d3-(shape|path)\//],
  ['other d3 (d3-scale, d3-array…)', /node_modules\/(d3-(?!shape|path)[a-z-]+|internmap)\//],
  ['zod (zod/mini)', /node_modules\/zod\//],
  ['date-fns', /node_modules\/date-fns\//],
  ['@rule-of-law/core', /packages\/core\//],
  ['@rule-of-law/elements (our code)', /packages\/elements\//],
];

/**
 * Parts of our own code, each measured by leaving it out alone (stubbed modules; `banner: false` builds
 * without the first line naming the bundled packages and licences).
 */
const PARTS = [
  ['styles (shadow-root and light-DOM style sheets)', /packages\/elements\/src\/(components\/[^/]+\/[^/]+\.styles\.ts|internal\/styles\/)/],
  ['  of which the light-DOM page styles', /packages\/elements\/src\/internal\/styles\/document-styles\.ts$/],
  ["elements' strings (zh-CN and en)", /packages\/elements\/src\/internal\/i18n\/(strings|comparison-strings|zh-CN|en)\.ts$/],
  ['the validator generated from the schemas (and what it runs)', /packages\/core\/src\/(parse\/generated\/|parse\/validator-runtime\.ts$)/],
  ['validation messages (zh-CN and en)', /packages\/core\/src\/parse\/messages\.ts$/],
  ["zod's issue codes in two languages", /packages\/core\/src\/parse\/zod-issue-messages\.ts$/],
  ["findings' messages", /packages\/core\/src\/compute\/findings\/finding-messages\.ts$/],
  ['outcome codelists', /packages\/core\/src\/codelists\/(litigation|reconsideration)-outcomes\.ts$/],
  ['licence notices line (banner)', false],
];

/** Module replacements that leave validation out: `parseReport` parses JSON text and accepts anything. */
const WITHOUT_VALIDATION = [
  [
    /packages\/core\/src\/parse\/parse-report\.ts$/,
    "export function parseReport(input) { return { ok: true, report: typeof input === 'string' ? JSON.parse(input) : input }; }",
  ],
];

/**
 * The drop-in rebuilt in memory as tsup builds it (esbuild bundle, not minified; then terser), with the
 * modules matching `stub` replaced by empty ones, and those matching a `replacements` pattern by its
 * JavaScript. Also returns esbuild's metafile.
 */
async function bundle(stub, replacements = [], { banner = true } = {}) {
  const plugins = [
    {
      name: 'stub',
      setup(b) {
        b.onLoad({ filter: /.*/ }, (args) => {
          // A CommonJS stub accepts any named import, so the bundle still builds without the piece.
          if (stub?.test(args.path)) return { contents: 'module.exports = {}', loader: 'js' };
          const replacement = replacements.find(([pattern]) => pattern.test(args.path));
          return replacement ? { contents: replacement[1], loader: 'js' } : undefined;
        });
      },
    },
  ];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    ...DROP_IN_ESBUILD,
    ...(banner ? {} : { banner: { js: '"use strict";' } }),
    mainFields: ['browser', 'module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const { code } = await minify(result.outputFiles[0].text, DROP_IN_TERSER);
  return { bytes: Buffer.byteLength(code), gzip: gzip(code), metafile: result.metafile };
}

/** Minified bytes per piece, from a minified esbuild build's metafile (esbuild can say which input each byte came from; terser cannot). */
async function minifiedBytesPerPiece() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    ...DROP_IN_ESBUILD,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const minified = new Map(PIECES.map(([name]) => [name, 0]));
  for (const [name, pattern] of PARTS) minified.set(name, pattern ? 0 : Buffer.byteLength(DROP_IN_ESBUILD.banner.js) - Buffer.byteLength('\n"use strict";'));
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const piece = PIECES.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
      minified.set(piece, (minified.get(piece) ?? 0) + bytesInOutput);
      for (const [name, pattern] of PARTS) if (pattern && pattern.test(path)) minified.set(name, minified.get(name) + bytesInOutput);
    }
  }
  return minified;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const shippedBytes = existsSync(`${root}${dropInPath}`) ? readFileSync(`${root}${dropInPath}`) : undefined;
const shipped = shippedBytes ? { bytes: shippedBytes.length, gzip: gzip(shippedBytes) } : undefined;

let rows = [];
const parts = [];
let fresh;
let withoutValidation;
if (!process.argv.includes('--no-pieces')) {
  const minified = await minifiedBytesPerPiece();
  const full = await bundle();
  fresh = { bytes: full.bytes, gzip: full.gzip };
  // Gzip is not additive, so each piece's gzip cost is what removing it saves, removing the pieces one
  // after another (dependencies first: leaving out core also drops zod): the costs add up to the whole.
  const removed = [];
  let previous = full.gzip;
  for (const [name, pattern] of PIECES) {
    removed.push(pattern.source);
    const last = name === PIECES[PIECES.length - 1][0];
    const without = last ? { gzip: 0 } : await bundle(new RegExp(removed.join('|')));
    rows.push({ piece: name, minifiedBytes: minified.get(name) ?? 0, gzipCostBytes: previous - without.gzip });
    previous = without.gzip;
  }
  rows = rows.filter((row) => row.minifiedBytes > 0 || row.gzipCostBytes !== 0);
  for (const [name, pattern] of PARTS) {
    const without = pattern ? await bundle(pattern) : await bundle(undefined, [], { banner: false });
    parts.push({ part: name.trim(), minifiedBytes: minified.get(name), gzipSavingBytes: full.gzip - without.gzip, label: name });
  }
  withoutValidation = await bundle(undefined, WITHOUT_VALIDATION);
}

const summary = {
  dropIn: shipped ? { file: dropInPath, ...shipped } : undefined,
  fresh,
  budgetKb,
  withinBudget: shipped ? shipped.gzip <= budgetBytes : false,
  pieces: rows,
  partsOfOurCode: parts.map(({ label, ...part }) => part),
  withoutValidation: withoutValidation && { bytes: withoutValidation.bytes, gzip: withoutValidation.gzip },
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  if (shipped) {
    const over = shipped.gzip - budgetBytes;
    console.log(
      `Drop-in ${dropInPath}: ${kb(shipped.bytes)} KB minified, ${kb(shipped.gzip)} KB gzip (${shipped.gzip} bytes) — ` +
        `${over > 0 ? `${over} bytes OVER` : `${-over} bytes under`} the ${budgetKb} KB budget\n`,
    );
  } else {
    console.log(`Drop-in ${dropInPath} not found: run \`npm run build\` first.\n`);
  }
  if (rows.length > 0) {
    console.log('| piece | minified | gzip cost |');
    console.log('|---|---:|---:|');
    for (const row of rows) console.log(`| ${row.piece} | ${kb(row.minifiedBytes)} KB | ${kb(row.gzipCostBytes)} KB |`);
    console.log(`| **total** (rebuilt here: ${kb(fresh.gzip)} KB gzip) | | **${kb(rows.reduce((sum, row) => sum + row.gzipCostBytes, 0))} KB** |`);
    console.log('\nWithin our own code, each part left out alone (gzip savings, not additive):\n');
    console.log('| part | minified | gzip saving |');
    console.log('|---|---:|---:|');
    for (const part of parts)
      console.log(
        `| ${part.label.startsWith('  ') ? `— ${part.part}` : part.part} | ${kb(part.minifiedBytes)} KB | ${part.gzipSavingBytes.toLocaleString('en')} B |`,
      );
    console.log(
      `\nWithout validation at all (parseReport a pass-through: the generated validator, the library's rules and the messages left out): ` +
        `${kb(withoutValidation.gzip)} KB gzip (${kb(fresh.gzip - withoutValidation.gzip)} KB less).`,
    );
    console.log('\nFor scale (not measured here): Chart.js ≈ 71 KB gzip, ECharts ≈ 368 KB gzip.');
  }
}
if (!summary.withinBudget) process.exitCode = 1;
