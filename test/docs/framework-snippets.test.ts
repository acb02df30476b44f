// The ```tsx, ```jsx and ```vue snippets of the documents, built and run as a reader's app would be, in Chromium:
// - tsx: first type-checked as a reader's strict TypeScript project would (tsc, React 19's JSX types, the built
//   @rule-of-law/* with `@rule-of-law/elements/react-jsx`): no error; then as jsx (a `<script setup lang="ts">`
//   vue block likewise with vue-tsc and `@rule-of-law/elements/vue`);
// - jsx: the block is the app's entry module, bundled by esbuild (JSX with React 19's automatic runtime, React's
//   development build so that its warnings show) with react, react-dom and the built @rule-of-law/*, into a page
//   with the `<div id="root">` every React template has;
// - vue: the block is App.vue of a Vite app whose vite.config.js is the documents' ```js block that configures
//   @vitejs/plugin-vue, mounted by the usual main.js (`createApp(App).mount('#app')`), built by Vite in
//   development mode (Vue's warnings show: a tag Vue does not know as a custom element is one).
// Each page is served from the repository root (the snippets fetch /examples/hangzhoudao-2023.json). What a
// reader would notice is checked: the report is drawn in the snippet's language; the snippet's rol-load handler
// shows its line; choosing a chart segment runs its rol-select handler; nothing is logged as an error or warning;
// and, given an invalid report instead, its rol-error handler shows the element's message.
// Needs `npm run build` (npm test builds first) and Chromium.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { describe, expect, it } from 'vitest';
import { typeErrors, vueTypeErrors } from '../support/type-check.js';
import { stringsOf } from '../../packages/elements/src/internal/i18n/strings.js';
import { docSnippets, type Snippet } from '../support/doc-snippets.js';
import { deepText, REPOSITORY_ROOT as root, useServerAndBrowser, watchPage } from '../support/e2e-page.js';
import { referenceJson } from '../support/examples.js';

const scratch = `${root}.cache/docs/frameworks/`;
const e2e = useServerAndBrowser({ built: ['packages/core/dist/index.js', 'packages/elements/dist/index.js'] });
const reference = referenceJson();
const indicators = reference.indicators.length;

/** What each framework's snippet shows, in its language. */
const EXPECTED = {
  jsx: { lang: 'en', issuer: reference.issuer.nameEn, status: `loaded ${indicators} indicators`, chosen: 'Chosen: ' },
  tsx: { lang: 'en', issuer: reference.issuer.nameEn, status: `loaded ${indicators} indicators`, chosen: 'Chosen: ' },
  vue: { lang: 'zh-CN', issuer: reference.issuer.name, status: `已载入 ${indicators} 项指标`, chosen: '已选：' },
} as const;

/** A folder of its own for a snippet's app, emptied. */
function appFolder(snippet: Snippet): string {
  const folder = `${scratch}${snippet.lang}-${snippet.document.replace(/\W+/g, '-')}-${snippet.line}/`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Builds a ```jsx or ```tsx snippet as a React app; resolves to the page's path on the server. */
async function buildReactApp(snippet: Snippet): Promise<string> {
  const folder = appFolder(snippet);
  const entry = `${folder}app.${snippet.lang}`;
  writeFileSync(entry, snippet.code);
  await esbuild({
    entryPoints: [entry],
    outfile: `${folder}app.js`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  writeFileSync(
    `${folder}index.html`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React app</title>\n<script type="module" src="app.js"></script></head>\n<body><div id="root"></div></body></html>\n',
  );
  return `${folder.slice(root.length - 1)}index.html`;
}

/** The documents' Vite configuration for Vue (the ```ts block that uses @vitejs/plugin-vue). */
function viteConfigSnippet(): Snippet {
  const configs = docSnippets('ts').filter((snippet) => snippet.code.includes('@vitejs/plugin-vue'));
  expect(configs.map((snippet) => snippet.name)).toHaveLength(1);
  return configs[0]!;
}

/** Builds a ```vue snippet as App.vue of a Vite app configured as the documents say; resolves to the page's path. */
async function buildVueApp(snippet: Snippet): Promise<string> {
  const folder = appFolder(snippet);
  writeFileSync(`${folder}App.vue`, snippet.code);
  writeFileSync(`${folder}vite.config.ts`, viteConfigSnippet().code);
  writeFileSync(`${folder}main.js`, "import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n");
  writeFileSync(
    `${folder}index.html`,
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Vue app</title></head>\n<body><div id="app"></div><script type="module" src="/main.js"></script></body></html>\n',
  );
  await viteBuild({
    root: folder,
    configFile: `${folder}vite.config.ts`,
    mode: 'development',
    base: './',
    logLevel: 'silent',
    build: { outDir: 'dist', emptyOutDir: true, minify: false, sourcemap: false },
  });
  return `${folder.slice(root.length - 1)}dist/index.html`;
}

/** Lit announces its development build (Vite resolves the `development` condition in development mode): not a problem. */
const LIT_DEV_MODE = /^console: Lit is in dev mode/;

/** Each snippet's app, built once: the page's path on the server. */
const built = new Map<string, Promise<string>>();
function appPath(snippet: Snippet): Promise<string> {
  if (!built.has(snippet.name)) built.set(snippet.name, snippet.lang === 'vue' ? buildVueApp(snippet) : buildReactApp(snippet));
  return built.get(snippet.name)!;
}

describe('the React and Vue snippets in TypeScript type-check', { timeout: 60_000 }, () => {
  for (const snippet of docSnippets('tsx')) {
    it(`${snippet.name}: no type error under strict settings, with the elements' JSX types`, () => {
      expect(typeErrors({ 'app.tsx': snippet.code })).toEqual([]);
    });
  }
  for (const snippet of docSnippets('vue').filter((vue) => /<script setup lang="ts">/.test(vue.code))) {
    it(`${snippet.name}: no type error from vue-tsc under strict settings, with the elements' Vue types`, () => {
      expect(vueTypeErrors({ 'App.vue': snippet.code })).toEqual([]);
    });
  }
});

describe('the React and Vue snippets, built and run in Chromium', { timeout: 60_000 }, () => {
  const snippets = [...docSnippets('tsx'), ...docSnippets('jsx'), ...docSnippets('vue')];
  for (const snippet of snippets) {
    const expected = EXPECTED[snippet.lang as keyof typeof EXPECTED];
    it(`${snippet.name} (${snippet.lang}): draws the report in ${expected.lang}, and its event handlers run`, async () => {
      const path = await appPath(snippet);
      const page = await e2e.browser.newPage();
      const watch = await watchPage(page, { warnings: true, failedRequests: true });
      await page.goto(`${e2e.url}${path}`);

      // rol-load: the snippet's handler shows its line.
      const status = page.locator('p[role="status"]');
      await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe(expected.status);

      // The report property was taken (not an attribute), drawn in the snippet's language.
      const report = page.locator('rule-of-law-report');
      expect(await report.evaluate((element) => [element.getAttribute('report'), element.getAttribute('lang')])).toEqual([null, expected.lang]);
      const text = await deepText(report);
      expect(text).toContain(reference.title);
      expect(text).toContain(expected.issuer);
      expect(text).toContain(stringsOf(expected.lang).findingsHeading);
      const other = expected.lang === 'en' ? 'zh-CN' : 'en';
      expect(text).not.toContain(stringsOf(other).findingsHeading);

      // rol-select: choosing the first segment of the first chart runs the snippet's handler with its label and value.
      const segment = report.locator('[part~="segment"]').first();
      const label = await segment.getAttribute('aria-label');
      await segment.click();
      const chosen = page.getByText(expected.chosen);
      await expect.poll(() => chosen.textContent()).toMatch(new RegExp(`^${expected.chosen}\\S.*: \\d`));
      expect(label).toContain((await chosen.textContent())!.slice(expected.chosen.length).split(': ')[0]);

      if (snippet.lang !== 'vue') {
        // The component's own computation with @rule-of-law/core (useMemo): 0 corrections of 13 concluded cases.
        await expect.poll(() => page.getByText('Correction rate:').textContent()).toBe('Correction rate: 0% of 13 concluded cases');
      }
      expect(watch.problems().filter((problem) => !LIT_DEV_MODE.test(problem))).toEqual([]);
      await page.close();
    });

    it(`${snippet.name} (${snippet.lang}): given an invalid report, its rol-error handler shows the element's message`, async () => {
      const path = await appPath(snippet);
      const page = await e2e.browser.newPage();
      const invalid = referenceJson();
      invalid.indicators[0].quantity.value = -3;
      await page.route(`${e2e.url}/examples/hangzhoudao-2023.json`, (route) => route.fulfill({ json: invalid }));
      await page.goto(`${e2e.url}${path}`);
      await expect.poll(() => page.locator('p[role="status"]').textContent(), { timeout: 20_000 }).toBe(stringsOf(expected.lang).errorInvalid(1));
      expect(await page.locator('rule-of-law-report [role="alert"]').count()).toBe(1);
      await page.close();
    });
  }
});
