import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@rule-of-law/core/edit': fileURLToPath(new URL('./packages/core/src/edit/index.ts', import.meta.url)),
      '@rule-of-law/core/extract': fileURLToPath(new URL('./packages/core/src/extract/index.ts', import.meta.url)),
      '@rule-of-law/core/locales/zh-Hant': fileURLToPath(new URL('./packages/core/src/locale/zh-Hant.ts', import.meta.url)),
      '@rule-of-law/core/synthetic': fileURLToPath(new URL('./packages/core/src/synthetic/index.ts', import.meta.url)),
      '@rule-of-law/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
  },
});
