// Storybook for designers: every element, variant, state, language and theme, from `stories/`.
// `npm run storybook` serves it on port 6006; `npm run test:storybook` builds it and checks every story.
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // No network here, and none wanted: telemetry would add seconds to every build.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The examples (the reference report and its text) are served as-is under /data, so stories can `src`
  // them (not under /examples: in dev, Vite serves the stories' JSON imports from that path).
  staticDirs: [{ from: '../examples', to: '/data' }],
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: {
        // Core from source, like the browser tests: no build needed, and edits show at once.
        alias: [
          { find: /^@rule-of-law\/core$/, replacement: fromRoot('packages/core/src/index.ts') },
          { find: /^@rule-of-law\/core\/synthetic$/, replacement: fromRoot('packages/core/src/synthetic/index.ts') },
        ],
      },
      // Storybook's renderer imports lit/directive-helpers.js; pre-bundled with the rest of Lit, the dev
      // server loads one copy of lit-html (else Lit warns "Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      build: { chunkSizeWarningLimit: 4096 },
      logLevel: 'warn',
    });
  },
};

export default config;
