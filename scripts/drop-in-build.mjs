// How the drop-ins are built, in one place: tsup.config.ts builds the shipped files with it, and
// scripts/measure-bundle.mjs and the third-party licence test rebuild them in memory the same way.
import { fileURLToPath } from 'node:url';
import { dropInBanner } from './third-party.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every function of the
 * file is compiled while the script streams in, off the main thread, instead of lazily on the main thread
 * when first called. All of a drop-in's code runs when the page loads (defining the elements, validating,
 * computing, drawing); bench/render measured the plain drop-in 0.96× (0.96–0.99) with it, the embed's
 * take-over 0.92×, first paint unchanged (docs/benchmarks.md).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * esbuild's options for a drop-in: a strict-mode IIFE without exports (so the same file works as
 * `<script type="module">` and as a classic `<script defer>`, leaking no globals), for browsers, with
 * `globalThis.process` defined away so that core's Node-only branches (zod's compiled object parser) drop
 * out, and the notices of the packages bundled into the drop-in `name` (`rule-of-law`, `rule-of-law-all`)
 * as its first line, {@link COMPILE_HINT} as its second.
 */
export function dropInEsbuild(name = 'rule-of-law') {
  return {
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    define: { 'globalThis.process': 'undefined' },
    banner: { js: `${dropInBanner(name)}\n${COMPILE_HINT}\n"use strict";` },
    tsconfig: `${root}packages/elements/tsconfig.json`,
  };
}

/** {@link dropInEsbuild} for the plain drop-in, rule-of-law.min.js. */
export const DROP_IN_ESBUILD = dropInEsbuild('rule-of-law');

/** terser's options after esbuild (three passes: ~1.5 KB gzip smaller than esbuild's minifier alone); keeps the `/*!` notices and the compile hint. */
export const DROP_IN_TERSER = { compress: { passes: 3, pure_getters: true }, format: { comments: /^!|^# allFunctionsCalledOnLoad$/ } };
