import { defineConfig, type Options } from 'tsup';
import { DROP_IN_TERSER, dropInEsbuild, type DropInName } from './scripts/drop-in-build.mjs';

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
    sourcemap: true,
    // Shares dist/ with the library build: never clean it.
    clean: false,
    minify: 'terser',
    // sourceMap: terser's own map, which tsup chains onto esbuild's (without it the shipped .map is esbuild's, off by terser's rewrite).
    terserOptions: { ...DROP_IN_TERSER, sourceMap: true },
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
    entry: { index: 'packages/core/src/index.ts', extract: 'packages/core/src/extract/index.ts' },
    outDir: 'packages/core/dist',
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { composite: false } },
    tsconfig: 'packages/core/tsconfig.json',
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
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
    dts: { compilerOptions: { composite: false, paths: { '@rule-of-law/core': ['packages/core/src/index.ts'] } } },
    tsconfig: 'packages/elements/tsconfig.json',
    sourcemap: true,
    clean: ['!rule-of-law.min.js', '!rule-of-law.min.js.map', '!rule-of-law-all.min.js', '!rule-of-law-all.min.js.map', '!rule-of-law.css'],
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
  {
    // The `rule-of-law` command line: one Node module; core stays an import (its own built dist/).
    name: '@rule-of-law/cli',
    entry: { main: 'packages/cli/src/main.ts' },
    outDir: 'packages/cli/dist',
    format: ['esm'],
    dts: false,
    tsconfig: 'packages/cli/tsconfig.json',
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    external: ['@rule-of-law/core', '@rule-of-law/core/extract', '@rule-of-law/elements/static'],
  },
]);
