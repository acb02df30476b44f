import { defineConfig, type Options } from 'tsup';
import { DROP_IN_TERSER, dropInEsbuild, type DropInName } from './scripts/drop-in-build.mjs';

/**
 * No published package carries source maps. The library entries are unminified ES2022 that reads like its
 * TypeScript (names kept, one module per concept in order), so stack traces and debuggers are readable without
 * them, while maps with their sources embedded were 1.5× the size of the code (core: 2.0 MB of maps beside
 * 1.3 MB of JavaScript) and maps without them would point at sources the packages do not ship. The drop-ins
 * say why they have none below. Set ROL_SOURCE_MAPS=1 to build maps for local debugging.
 */
const SHIPPED_SOURCE_MAPS = process.env['ROL_SOURCE_MAPS'] === '1';

/** The first line of rule-of-law-zh-Hant.min.js: what it is, and where its table comes from (OpenCC's dictionaries, Apache-2.0). */
const ZH_HANT_BANNER = `/*! @rule-of-law/elements zh-Hant locale (MIT) | Simplified→Traditional table from OpenCC's dictionaries (Apache-2.0, https://github.com/BYVoid/OpenCC) */`;

/**
 * Builds every publishable package. Each entry writes to its own package's `dist/`,
 * so `clean` only ever empties that package's folder.
 */
/**
 * A self-contained drop-in bundle: every dependency inlined, minified, one file that registers its tags, built
 * as scripts/drop-in-build.mjs says (a strict-mode IIFE that also loads as a classic script; notices first).
 */
function dropIn(name: DropInName, entry: string): Options {
  const { format, target, platform, define, banner, tsconfig } = dropInEsbuild(name);
  return {
    name: `@rule-of-law/elements ${name}.min.js`,
    entry: { [`${name}.min`]: entry },
    outDir: 'packages/elements/dist',
    format: [format],
    banner,
    outExtension: () => ({ js: '.js' }),
    dts: false,
    tsconfig,
    // No source map: the drop-in is the file a webmaster copies to a portal, where a map beside it would be three
    // times its size and of no use; terser's map chained onto esbuild's also named the build machine's paths.
    // Developers debug through the ESM entries, whose maps carry their sources.
    sourcemap: false,
    // Shares dist/ with the library build: never clean it.
    clean: false,
    minify: 'terser',
    terserOptions: DROP_IN_TERSER,
    splitting: false,
    target,
    platform,
    noExternal: [/.*/],
    define,
  };
}

export default defineConfig([
  {
    name: '@rule-of-law/core',
    entry: {
      index: 'packages/core/src/index.ts',
      // From the published text of a report to its figures and a draft (the pages' bundles do not carry it).
      extract: 'packages/core/src/extract/index.ts',
      // A person's corrections to a report as data: applied, undone, redone (the editor's model).
      edit: 'packages/core/src/edit/index.ts',
      // Labelled synthetic reports for tests, demos and benchmarks (no service or page needs them).
      synthetic: 'packages/core/src/synthetic/index.ts',
      // 繁體中文: registers the zh-Hant locale when imported (its Simplified → Traditional table is 18 KB gzip).
      'locales/zh-Hant': 'packages/core/src/locale/zh-Hant.ts',
    },
    outDir: 'packages/core/dist',
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { composite: false } },
    tsconfig: 'packages/core/tsconfig.json',
    sourcemap: SHIPPED_SOURCE_MAPS,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // Both formats share chunks between the entries, as the ESM build always did: extract.cjs and synthetic.cjs
    // require them rather than carrying a second copy of the model.
    splitting: true,
    // The package's own dependencies stay imports: consumers dedupe them.
    external: ['zod', /^zod\//],
  },
  {
    // The npm library: one module per entry, dependencies left as imports. It shares its dist/ with the
    // drop-in below, so its clean keeps the drop-in's files.
    name: '@rule-of-law/elements',
    entry: {
      index: 'packages/elements/src/index.ts',
      elements: 'packages/elements/src/elements.ts',
      'define/report': 'packages/elements/src/define/report.ts',
      'define/figure': 'packages/elements/src/define/figure.ts',
      'define/rate': 'packages/elements/src/define/rate.ts',
      'define/breakdown': 'packages/elements/src/define/breakdown.ts',
      'define/findings': 'packages/elements/src/define/findings.ts',
      'define/trend': 'packages/elements/src/define/trend.ts',
      'define/compare': 'packages/elements/src/define/compare.ts',
      all: 'packages/elements/src/all.ts',
      // The editor (with the extraction and edit model), for the pages where a person turns a text into JSON.
      editor: 'packages/elements/src/editor.ts',
      'define/editor': 'packages/elements/src/define/editor.ts',
      // 繁體中文: registers the zh-Hant locale when imported.
      'locales/zh-Hant': 'packages/elements/src/locales/zh-Hant.ts',
      // Node: the report as static HTML (Lit's server rendering) and the text of dist/rule-of-law.css.
      static: 'packages/elements/src/static/index.ts',
      // Types of the tags for React 19's JSX and for Vue 3 templates (empty modules at run time).
      'react-jsx': 'packages/elements/src/react-jsx.ts',
      vue: 'packages/elements/src/vue.ts',
    },
    outDir: 'packages/elements/dist',
    format: ['esm'],
    // Core's types from its source (tsup does not apply the tsconfig's relative `paths` here): the types then
    // never depend on core's dist/, which the parallel core build is still writing.
    dts: {
      compilerOptions: {
        composite: false,
        paths: {
          '@rule-of-law/core': ['packages/core/src/index.ts'],
          '@rule-of-law/core/edit': ['packages/core/src/edit/index.ts'],
          '@rule-of-law/core/extract': ['packages/core/src/extract/index.ts'],
          '@rule-of-law/core/locales/zh-Hant': ['packages/core/src/locale/zh-Hant.ts'],
        },
      },
    },
    tsconfig: 'packages/elements/tsconfig.json',
    sourcemap: SHIPPED_SOURCE_MAPS,
    clean: [
      '!rule-of-law.min.js',
      '!rule-of-law-all.min.js',
      '!rule-of-law-editor.min.js',
      '!rule-of-law-editor-worker.min.js',
      '!rule-of-law-zh-Hant.min.js',
      '!rule-of-law.css',
    ],
    splitting: true,
    target: 'es2022',
    platform: 'browser',
    external: ['@rule-of-law/core', 'lit', /^lit\//, /^@lit\//, /^@lit-labs\//, /^d3-/],
  },
  // The drop-in: everything (lit, d3, zod, core) in one minified script that registers every tag.
  dropIn('rule-of-law', 'packages/elements/src/index.ts'),
  // The drop-in with comparisons, from src/all.ts (adds <rule-of-law-trend>, <rule-of-law-compare> and
  // the report's `previous` support, which the plain drop-in leaves out).
  dropIn('rule-of-law-all', 'packages/elements/src/all.ts'),
  // The editor's drop-in, from src/editor.ts: <rule-of-law-editor> and the report for its preview.
  dropIn('rule-of-law-editor', 'packages/elements/src/editor.ts'),
  // Beside it, the worker that drafts a long text off the page's thread (loaded only for such a text).
  dropIn('rule-of-law-editor-worker', 'packages/elements/src/editor-worker.ts'),
  {
    // The zh-Hant locale beside a drop-in: rule-of-law-zh-Hant.min.js registers 繁體中文 into the registry the drop-in
    // shares through globalThis (loaded before or after it), carrying only core's locale code and its table.
    name: '@rule-of-law/elements rule-of-law-zh-Hant.min.js',
    entry: { 'rule-of-law-zh-Hant.min': 'packages/elements/src/locales/zh-Hant.ts' },
    outDir: 'packages/elements/dist',
    format: ['iife'],
    banner: { js: ZH_HANT_BANNER },
    outExtension: () => ({ js: '.js' }),
    dts: false,
    tsconfig: 'packages/elements/tsconfig.json',
    sourcemap: false,
    clean: false,
    minify: 'terser',
    terserOptions: DROP_IN_TERSER,
    splitting: false,
    target: 'es2020',
    platform: 'browser',
    noExternal: [/.*/],
  },
  {
    // The `rule-of-law` command line: one Node module; core stays an import (its own built dist/).
    name: '@rule-of-law/cli',
    entry: { main: 'packages/cli/src/main.ts' },
    outDir: 'packages/cli/dist',
    format: ['esm'],
    dts: false,
    tsconfig: 'packages/cli/tsconfig.json',
    sourcemap: SHIPPED_SOURCE_MAPS,
    clean: true,
    target: 'node20',
    platform: 'node',
    external: ['@rule-of-law/core', '@rule-of-law/core/extract', '@rule-of-law/elements/static'],
  },
]);
