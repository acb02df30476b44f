import { defineConfig } from 'tsup';

/**
 * Builds every publishable package. Each entry writes to its own package's `dist/`,
 * so `clean` only ever empties that package's folder.
 */
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
    external: ['zod', /^date-fns(\/|$)/],
  },
]);
