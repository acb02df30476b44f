// Browser tests for @rule-of-law/elements: @web/test-runner in Debian's Chromium (see docs in TOOLCHAIN.md).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { staticEndpoints } from './test/support/static-endpoints.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const reference = fileURLToPath(new URL('./examples/hangzhoudao-2023.json', import.meta.url));

const flakyCalls = new Map();
/** How many requests `/__rol/slow?for=<key>` has received, by key: counted as they arrive, so a test can ask exactly. */
const slowHits = new Map();

/**
 * Endpoints the error-path tests fetch: `/__rol/status/404`, `/__rol/slow?ms=3000` (with `for=<key>`,
 * counted: `/__rol/hits?for=<key>` answers how many requests it received), and
 * `/__rol/flaky/<key>` (500 the first time, the reference report after that).
 */
async function testEndpoints(context, next) {
  const path = context.path;
  if (!path.startsWith('/__rol/')) return next();
  const status = path.match(/^\/__rol\/status\/(\d{3})$/);
  if (status) {
    context.status = Number(status[1]);
    context.body = `status ${status[1]}`;
    return undefined;
  }
  if (path === '/__rol/hits') {
    context.type = 'application/json';
    context.body = JSON.stringify(slowHits.get(context.query.for) ?? 0);
    return undefined;
  }
  if (path === '/__rol/slow') {
    if (context.query.for) slowHits.set(context.query.for, (slowHits.get(context.query.for) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 3000)));
    context.type = 'application/json';
    context.body = await readFile(reference, 'utf8');
    return undefined;
  }
  const flaky = path.match(/^\/__rol\/flaky\/([\w-]+)$/);
  if (flaky) {
    const calls = (flakyCalls.get(flaky[1]) ?? 0) + 1;
    flakyCalls.set(flaky[1], calls);
    if (calls === 1) {
      context.status = 500;
      context.body = 'first call fails';
    } else {
      context.type = 'application/json';
      context.body = await readFile(reference, 'utf8');
    }
    return undefined;
  }
  return next();
}

/** Tests import core from source, so they need no build of it (the drop-in test does need `npm run build`). */
const coreFromSource = {
  name: 'rule-of-law-core-source',
  resolveImport({ source }) {
    if (source === '@rule-of-law/core') return '/packages/core/src/index.ts';
    if (source === '@rule-of-law/core/locales/zh-Hant') return '/packages/core/src/locale/zh-Hant.ts';
    if (source === '@rule-of-law/core/synthetic') return '/packages/core/src/synthetic/index.ts';
    return undefined;
  },
};

/**
 * `executeServerCommand('rol-bring-to-front')`: shows the calling test's page. web-test-runner runs two files
 * at once in two tabs and one is hidden; a hidden page delivers no ResizeObserver observations, which the
 * tests of measuring need.
 */
const bringToFront = {
  name: 'rule-of-law-bring-to-front',
  async executeCommand({ command, session }) {
    if (command !== 'rol-bring-to-front') return undefined;
    await session.browser.getPage(session.id).bringToFront();
    return true;
  },
};

export default {
  rootDir: root,
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // 60 s a test: the heaviest (axe over five light-DOM charts in one page; the static renderer over every XSS
  // payload) took over 15 s on a 2-core machine loaded by other builds. Tests wait on events, so a passing test
  // never waits for the limit; only a hang does.
  testFramework: { config: { timeout: 60000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  concurrency: 2,
  middleware: [testEndpoints, staticEndpoints],
  plugins: [
    coreFromSource,
    bringToFront,
    // The esbuild plugin reads this file verbatim (no `extends`): it holds experimentalDecorators and useDefineForClassFields:false.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)), target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
};
