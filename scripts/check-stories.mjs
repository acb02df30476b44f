#!/usr/bin/env node
// Checks every story of the built Storybook in Chromium: it renders, with no console error or warning
// and no page error, every rule-of-law-* element settles in the state the story means to show, and axe
// finds no violation in it. Also: each Playground again under the toolbar's English and dark theme;
// every element of custom-elements.json has an Autodocs page and a Playground; and each Autodocs page
// renders and lists the element's attributes, properties, events, slots, parts and custom properties.
//
//   npm run build:storybook && node scripts/check-stories.mjs [storybook-static] [--filter=<text in ids>]
//   STORY_CHECK_CONCURRENCY=3 (pages at once)   STORY_CHECK_VERBOSE=1 (a line per story, with timings)
//
// Storybook is served by a plain static server on 127.0.0.1; any request to another host is refused.
// The stories come from storybook-static/index.json, so a story added later is checked too.
// What a story shows on purpose is said with tags (literal strings in the story, so they reach index.json):
//   expect-loading        its element(s) stay in the loading state
//   expect-error          its element(s) show the error state (role="alert")
//   expect-empty          its element(s) show the empty state
//   expect-404            it fetches ./data/no-such-report.json: exactly that URL's 404 console error is expected
//   expect-network-error  it fetches http://127.0.0.1:9/report.json: exactly that URL's ERR_UNSAFE_PORT console error is expected
// Without a state tag every element must be fully drawn. No other console error or warning is allowed.
import { readFileSync, existsSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const staticDir = resolve(root, args.find((arg) => !arg.startsWith('--')) ?? 'storybook-static');
const filter = args.find((arg) => arg.startsWith('--filter='))?.slice('--filter='.length);
const CONCURRENCY = Number(process.env.STORY_CHECK_CONCURRENCY ?? 3);
const STORY_TIMEOUT_MS = 30_000;

const AXE_PATH = '/__check__/axe.min.js';
const AXE_FILE = join(root, 'node_modules/axe-core/axe.min.js');

const STATE_TAGS = { 'expect-loading': 'loading', 'expect-error': 'error', 'expect-empty': 'empty' };

/** The console errors a tag allows: exactly this text, logged for exactly this URL. */
const EXPECTED_CONSOLE = {
  'expect-404': (base) => ({
    text: 'Failed to load resource: the server responded with a status of 404 (Not Found)',
    url: `${base}/data/no-such-report.json`,
  }),
  'expect-network-error': () => ({ text: 'Failed to load resource: net::ERR_UNSAFE_PORT', url: 'http://127.0.0.1:9/report.json' }),
};

/**
 * The toolbar settings each Playground is checked under too (besides the defaults, zh-CN and light):
 * the other languages (English on a dark page, 繁體中文 in high contrast). (Every element also has its own dark and
 * high-contrast stories.)
 */
const TOOLBAR_VARIANTS = [
  { locale: 'en', theme: 'dark' },
  { locale: 'zh-Hant', theme: 'high-contrast' },
];

const KNOWN_TAGS = new Set(['dev', 'test', 'manifest', 'autodocs', 'play-fn', ...Object.keys(STATE_TAGS), ...Object.keys(EXPECTED_CONSOLE)]);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A plain static file server for `dir` on 127.0.0.1 (like any web server a designer would use). */
function serve(dir) {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Browsers ask every site for /favicon.ico; Storybook ships an SVG one.
    if (path === '/favicon.ico') path = '/favicon.svg';
    // axe-core as a script URL: cached (and its compiled code too) across the pages of the check.
    let file = path === AXE_PATH ? AXE_FILE : normalize(join(dir, path));
    if (file !== AXE_FILE && file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=600',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Runs in the story's page: waits until every rule-of-law-* element (also inside shadow roots) is
 * defined, updated and in its final state, then returns what each shows.
 */
async function settle({ expected, timeoutMs }) {
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  const collect = (node, nested, out) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('rule-of-law-')) out.push({ element, nested });
      if (element.shadowRoot) collect(element.shadowRoot, true, out);
    }
    return out;
  };
  const stateOf = (element) => {
    if (!customElements.get(element.localName)) return 'undefined';
    if (element.isUpdatePending || !element.hasUpdated || !element.shadowRoot) return 'updating';
    const children = [...element.shadowRoot.children].filter((child) => child.localName !== 'style');
    const part = (child, name) => (child.getAttribute('part') ?? '').split(/\s+/).includes(name);
    if (children.some((child) => part(child, 'error') && child.getAttribute('role') === 'alert')) return 'error';
    const status = children.find((child) => part(child, 'status'));
    if (status) return status.classList.contains('loading') ? 'loading' : 'empty';
    return children.length > 0 ? 'ready' : 'blank';
  };
  const storyRoot = document.querySelector('#storybook-root');
  const deadline = Date.now() + timeoutMs;
  let stableFor = 0;
  let last = '';
  for (;;) {
    const found = storyRoot ? collect(storyRoot, false, []) : [];
    const states = found.map(({ element, nested }) => ({ tag: element.localName, nested, state: stateOf(element) }));
    const done =
      found.length > 0 && states.every(({ nested, state }) => state === (nested ? 'ready' : expected) || (nested && expected !== 'ready' && state === expected));
    const summary = JSON.stringify(states);
    stableFor = done && summary === last ? stableFor + 1 : 0;
    last = summary;
    // Settled: the same final states on three polls in a row (nested elements render a frame later).
    if (stableFor >= 2) {
      await Promise.all(found.map(({ element }) => element.updateComplete));
      return { ok: true, states };
    }
    if (Date.now() > deadline) return { ok: false, states };
    await sleep(50);
  }
}

/** Runs in the page: what is wrong with how the toolbar's language and theme reached the story. */
function toolbarApplied({ locale, theme }) {
  const problems = [];
  const root = document.querySelector('#storybook-root .rol-story');
  if (root?.getAttribute('lang') !== locale) problems.push(`toolbar language ${locale} not set on the story root`);
  for (const element of root?.querySelectorAll('*') ?? []) {
    if (element.localName.startsWith('rule-of-law-') && element.getAttribute('theme') !== theme) {
      problems.push(`toolbar theme ${theme} not set on <${element.localName}>`);
    }
  }
  return problems;
}

/** Runs in the page: axe over the story root (it sees into shadow roots). */
async function runAxe() {
  const { violations } = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
  return violations.map(
    (violation) =>
      `axe ${violation.id} (${violation.impact}): ${violation.help}\n        ${violation.nodes
        .slice(0, 3)
        .map((node) => `${JSON.stringify(node.target)} ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`)
        .join('\n        ')}`,
  );
}

/** Runs in a docs page: the text of its ArgTypes tables, once rendered. */
async function argTablesText(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tables = [...document.querySelectorAll('.docblock-argstable')];
    if (tables.length > 0 && tables.every((table) => table.querySelector('tbody tr'))) {
      return tables.map((table) => table.textContent ?? '').join('\n');
    }
    if (Date.now() > deadline) return null;
    await new Promise((done) => setTimeout(done, 100));
  }
}

function manifestElements() {
  const file = join(root, 'packages/elements/custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  return new Map(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName, declaration]),
    ),
  );
}

async function main() {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`storybook: ${indexFile} is missing; run \`npm run build:storybook\` first.`);
    process.exit(1);
  }
  const allEntries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
  const entries = allEntries.filter((entry) => !filter || entry.id.includes(filter));
  const stories = entries.filter((entry) => entry.type === 'story');
  const docs = entries.filter((entry) => entry.type === 'docs');
  if (stories.length === 0 && (!filter || docs.length === 0)) {
    console.error(`storybook: no stories in ${indexFile}${filter ? ` matching "${filter}"` : ''}.`);
    process.exit(1);
  }

  // Every element of the manifest has a docs page and a Playground (titled like its tag).
  const coverage = [];
  if (!filter) {
    for (const tag of manifestElements().keys()) {
      const title = tag.replace(/^rule-of-law-/, '');
      const own = allEntries.filter((entry) => entry.title.toLowerCase() === title);
      if (!own.some((entry) => entry.type === 'docs')) coverage.push(`<${tag}> has no Autodocs page (a stories file titled "${title}" with tags: ['autodocs'])`);
      if (!own.some((entry) => entry.id.endsWith('--playground'))) coverage.push(`<${tag}> has no Playground story`);
    }
  }

  const started = Date.now();
  const server = await serve(staticDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  // "StorybookTestRunner" in the user agent makes Storybook pause CSS animations instead of waiting up to
  // 5 s for them (as the official test runner does).
  const userAgent = `${await browser.newPage().then(async (page) => {
    const agent = await page.evaluate(() => navigator.userAgent);
    await page.close();
    return agent;
  })} StorybookTestRunner`;
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, userAgent });
  // Nothing may leave this machine: any request to another host is refused (and reported below).
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  const elements = manifestElements();

  /** Loads `url` in `page`, collecting console messages, page errors and requests, then runs `inspect`. */
  async function visit(page, url, entry, inspect) {
    const problems = [];
    const seen = { console: [], requests: [] };
    const onConsole = (message) => {
      if (['error', 'warning', 'assert'].includes(message.type())) {
        seen.console.push({ type: message.type(), text: message.text(), url: message.location().url });
      }
    };
    const onPageError = (error) => problems.push(`page error: ${error.message}`);
    const onRequest = (request) => seen.requests.push(request.url());
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('request', onRequest);
    try {
      await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
      await inspect(problems);
    } catch (error) {
      problems.push(`check failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
    }

    const tags = entry.tags ?? [];
    const allowed = tags.filter((tag) => EXPECTED_CONSOLE[tag]).map((tag) => ({ tag, ...EXPECTED_CONSOLE[tag](base) }));
    for (const message of seen.console) {
      const expected = message.type === 'error' && allowed.some(({ text, url: at }) => text === message.text && at === message.url);
      if (!expected) problems.push(`console ${message.type}: ${message.text}${message.url ? ` (${message.url})` : ''}`);
    }
    if (entry.type === 'story') {
      for (const { tag, text, url: at } of allowed) {
        if (!seen.console.some((message) => message.text === text && message.url === at)) {
          problems.push(`tagged ${tag}, but the expected console error for ${at} never came (is the tag stale?)`);
        }
      }
    }
    const allowedOutside = new Set(allowed.map(({ url: at }) => at).filter((at) => !at.startsWith(base)));
    for (const requested of seen.requests) {
      if (requested.startsWith(`${base}/`) || requested.startsWith('data:') || requested.startsWith('blob:') || allowedOutside.has(requested)) continue;
      problems.push(`request outside the static Storybook: ${requested}`);
    }
    return problems;
  }

  async function checkStory(page, entry, toolbar) {
    const tags = entry.tags ?? [];
    for (const tag of tags) if (tag.startsWith('expect-') && !KNOWN_TAGS.has(tag)) return [`unknown check tag "${tag}"`];
    const stateTags = tags.filter((tag) => STATE_TAGS[tag]);
    if (stateTags.length > 1) return [`more than one state tag: ${stateTags.join(', ')}`];
    const expected = stateTags.length === 1 ? STATE_TAGS[stateTags[0]] : 'ready';
    // a11y.manual: the a11y addon's own axe run (for its panel) is skipped; this check runs axe once the elements settle.
    const globals = ['a11y.manual:!true', ...(toolbar ? [`locale:${toolbar.locale}`, `theme:${toolbar.theme}`] : [])].join(';');
    const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=${globals}`;
    return visit(page, url, entry, async (problems) => {
      // Storybook's render phases end in "finished" (after any play function and the a11y addon's run).
      await page.waitForFunction(() => ['finished', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? ''), null, {
        timeout: STORY_TIMEOUT_MS,
        polling: 50,
      });
      const shownError = await page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? 'error') : null,
      );
      if (shownError !== null) {
        problems.push(`story did not render: ${shownError}`);
        return;
      }
      const tFinished = Date.now();
      const result = await page.evaluate(settle, { expected, timeoutMs: 15_000 });
      if (!result.ok) {
        const states = result.states.map(({ tag, nested, state }) => `${nested ? '  ' : ''}<${tag}> ${state}`);
        problems.push(
          result.states.length === 0
            ? 'no rule-of-law-* element rendered'
            : `elements did not settle as "${expected}":\n      ${states.slice(0, 12).join('\n      ')}`,
        );
        return;
      }
      if (toolbar) problems.push(...(await page.evaluate(toolbarApplied, toolbar)));
      const tSettled = Date.now();
      await page.addScriptTag({ url: AXE_PATH });
      problems.push(...(await page.evaluate(runAxe)));
      if (process.env.STORY_CHECK_VERBOSE) console.log(`   settle ${tSettled - tFinished}ms axe ${Date.now() - tSettled}ms`);
    });
  }

  async function checkDocs(page, entry) {
    // A docs page shows all its file's stories: it may log what any of them is tagged to log.
    const storyTags = allEntries.filter((story) => story.type === 'story' && story.importPath === entry.importPath).flatMap((story) => story.tags ?? []);
    const docsEntry = { ...entry, tags: [...new Set(storyTags.filter((tag) => EXPECTED_CONSOLE[tag]))] };
    // A component's docs page is titled like its tag: "Report" documents <rule-of-law-report>.
    const tag = `rule-of-law-${entry.title.toLowerCase()}`;
    return visit(page, `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, docsEntry, async (problems) => {
      await page.waitForSelector('#storybook-docs h1', { timeout: STORY_TIMEOUT_MS });
      if (!elements.has(tag)) return;
      const text = await page.evaluate(argTablesText, 20_000);
      if (text === null) {
        problems.push('the ArgTypes table never rendered');
        return;
      }
      const declaration = elements.get(tag);
      const expectations = [
        ['attribute', declaration.attributes],
        [
          'property',
          (declaration.members ?? []).filter(
            (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.attribute,
          ),
        ],
        ['event', declaration.events],
        ['slot', (declaration.slots ?? []).filter((slot) => slot.name)],
        ['css part', declaration.cssParts],
        ['css custom property', declaration.cssProperties],
      ];
      for (const [kind, items] of expectations) {
        for (const item of items ?? []) {
          if (!text.includes(item.name)) problems.push(`docs table lacks the ${kind} "${item.name}" from custom-elements.json`);
        }
      }
      for (const heading of ['attributes', 'properties', 'events', 'slots', 'css custom properties', 'css shadow parts']) {
        if (!text.toLowerCase().includes(heading)) problems.push(`docs table has no "${heading}" section`);
      }
    });
  }

  // Each Playground again under the toolbar's other languages and themes.
  const toolbarRuns = stories
    .filter((entry) => entry.id.endsWith('--playground'))
    .flatMap((entry) => TOOLBAR_VARIANTS.map((toolbar) => ({ entry, check: checkStory, toolbar })));
  const queue = [...stories.map((entry) => ({ entry, check: checkStory })), ...toolbarRuns, ...docs.map((entry) => ({ entry, check: checkDocs }))];
  const results = [];
  async function worker() {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const t0 = Date.now();
      // A fresh page per story: a late message from the previous story can never be blamed on this one.
      const page = await context.newPage();
      const problems = await job.check(page, job.entry, job.toolbar);
      await page.close();
      results.push({ entry: job.entry, toolbar: job.toolbar, problems, ms: Date.now() - t0 });
      if (process.env.STORY_CHECK_VERBOSE) console.log(`${problems.length ? '✗' : '✓'} ${job.entry.id} ${Date.now() - t0}ms`);
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, CONCURRENCY) }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  if (coverage.length > 0)
    results.push({ entry: { type: 'coverage', title: 'custom-elements.json', name: 'every element has stories', id: '-' }, problems: coverage });
  const failed = results.filter((result) => result.problems.length > 0);
  for (const { entry, toolbar, problems } of failed) {
    const under = toolbar ? ` [toolbar: ${toolbar.locale}, ${toolbar.theme}]` : '';
    console.error(`\n✗ ${entry.type === 'story' ? 'story' : entry.type} ${entry.title} › ${entry.name}${under}  (${entry.id})`);
    for (const problem of problems) console.error(`    - ${problem}`);
  }
  const storyResults = results.filter((result) => result.entry.type === 'story' && !result.toolbar);
  const toolbarResults = results.filter((result) => result.toolbar);
  const docsResults = results.filter((result) => result.entry.type === 'docs');
  const count = (list) => [list.filter((result) => result.problems.length === 0).length, list.filter((result) => result.problems.length > 0).length];
  const [storiesPassed, storiesFailed] = count(storyResults);
  const [docsPassed, docsFailed] = count(docsResults);
  const [toolbarPassed, toolbarFailed] = count(toolbarResults);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failed.length > 0) console.error('');
  console.log(
    `storybook: ${storiesPassed} passed, ${storiesFailed} failed (stories: render, console, state, axe); ` +
      `toolbar runs: ${toolbarPassed} passed, ${toolbarFailed} failed; docs pages: ${docsPassed} passed, ${docsFailed} failed; ${seconds}s`,
  );
  process.exit(failed.length > 0 ? 1 : 0);
}

await main();
