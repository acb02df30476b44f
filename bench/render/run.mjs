#!/usr/bin/env node
// bench/render: time from navigation to the rendered reference report, and the bytes each page
// transfers, in one Chromium run, side by side:
//   drop-in — <rule-of-law-report src> with the self-hosted drop-in bundle;
//   drop-in + preload — the same with <link rel="preload" as="fetch"> of the JSON, as the webmasters' guide suggests;
//   static  — the same report as static HTML (renderReportHTML), the floor;
//   echarts — the two outcome breakdowns and the headline rates drawn with ECharts (what portals use).
// Then memory: render and remove the report 100 times, heap after GC at 0, 50 and 100.
// Run after `npm run build`.
//
// Every page is timed the same way: from navigation start to the end of the main-thread frame (style,
// layout, paint) that first shows its complete content, as the page itself measures it —
//   drop-in — rol-load (the report drawn into the DOM), then a task posted from the next animation frame;
//   static  — the load event (HTML parsed, stylesheet applied), then the same;
//   echarts — every chart's 'finished' (fired inside zrender's animation frame), then a task posted at once.
// The page reports that time through a CDP binding (`__benchRendered`): nothing of the test driver runs
// in the page before it (no injected script, no polling), and the order of the pages turns every round.
// Text files are served gzip-compressed, as production web servers send them. BENCH_NETWORK="<Mbit/s>,<ms>"
// emulates a link of that throughput and round-trip latency (e.g. "10,40"); unset, loopback.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { machineLine, median } from '../lib.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);

/** Writes the static page from the built renderer, when the build has one. */
async function writeStaticPage() {
  const elements = await import('@rule-of-law/elements/static').catch(() => undefined);
  if (!elements?.renderReportHTML) return false;
  const report = JSON.parse(readFileSync(`${root}examples/hangzhoudao-2023.json`, 'utf8'));
  const body = elements.renderReportHTML(report, { lang: 'zh-CN' });
  // The mark, as in pages/mark-rendered.js: after the frame that paints the page once it has loaded. Inline
  // and before the stylesheet, so that it adds no request and waits for nothing.
  const mark =
    "addEventListener('load',()=>requestAnimationFrame(()=>{const c=new MessageChannel();c.port1.onmessage=()=>{const ms=String(performance.now());document.documentElement.dataset.rendered=ms;globalThis.__benchRendered?.(ms)};c.port2.postMessage(null)}))";
  mkdirSync(`${root}.cache/bench`, { recursive: true });
  writeFileSync(
    `${root}.cache/bench/static.html`,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static page (benchmark)</title><script>${mark}</script><link rel="stylesheet" href="/packages/elements/dist/rule-of-law.css"></head><body>${body}</body></html>`,
  );
  return true;
}

const network = process.env.BENCH_NETWORK?.split(',').map(Number);
if (network && (network.length !== 2 || network.some((value) => !(value > 0)))) throw new Error('BENCH_NETWORK must be "<Mbit/s>,<latency ms>", e.g. "10,40"');

/**
 * Writes the drop-in page with the JSON preloaded: pages/drop-in.html with the `<link rel="preload">` the
 * webmasters' guide (§2) suggests, before the script, for the same `src`.
 */
function writePreloadPage() {
  const page = readFileSync(`${root}bench/render/pages/drop-in.html`, 'utf8');
  const src = /<rule-of-law-report src="([^"]+)"/.exec(page)?.[1];
  if (!src) throw new Error('pages/drop-in.html: no <rule-of-law-report src>');
  const preload = `<link rel="preload" href="${src}" as="fetch" crossorigin />\n    <script type="module"`;
  mkdirSync(`${root}.cache/bench`, { recursive: true });
  // In .cache/bench/, so that the page's relative URL of mark-rendered.js is made absolute.
  writeFileSync(`${root}.cache/bench/drop-in-preload.html`, page.replace('<script type="module"', preload).replaceAll('src="./', 'src="/bench/render/pages/'));
}

async function measure(context, url) {
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) {
    const [mbits, latency] = network;
    const bytesPerSecond = (mbits * 1e6) / 8;
    await client.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  }
  let bytes = 0;
  let requests = 0;
  // The page's own requests: not the browser's favicon request, which may or may not have finished by then.
  const favicons = new Set();
  client.on('Network.requestWillBeSent', (event) => new URL(event.request.url).pathname === '/favicon.ico' && favicons.add(event.requestId));
  client.on('Network.loadingFinished', (event) => {
    if (favicons.has(event.requestId)) return;
    bytes += event.encodedDataLength;
    requests += 1;
  });
  // The page calls __benchRendered(ms) itself (see the top of this file).
  await client.send('Runtime.enable');
  await client.send('Runtime.addBinding', { name: '__benchRendered' });
  let timer;
  const rendered = new Promise((resolve, reject) => {
    client.on('Runtime.bindingCalled', (event) => event.name === '__benchRendered' && resolve(Number(event.payload)));
    timer = setTimeout(() => reject(new Error(`${url}: not rendered within 30 s`)), 30_000);
  });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await rendered.finally(() => clearTimeout(timer));
  await page.close();
  return { ms, bytes, requests };
}

async function memory(context, url) {
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.rendered);
  const heap = async () => {
    await client.send('HeapProfiler.collectGarbage');
    return (await client.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = (times) =>
    page.evaluate(async (count) => {
      const json = await (await fetch('/examples/hangzhoudao-2023.json')).json();
      for (let index = 0; index < count; index += 1) {
        const element = document.createElement('rule-of-law-report');
        const loaded = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
        element.report = json;
        document.body.append(element);
        await loaded;
        element.remove();
      }
    }, times);
  const samples = [await heap()];
  await cycle(50);
  samples.push(await heap());
  await cycle(50);
  samples.push(await heap());
  await page.close();
  return samples;
}

const staticReady = await writeStaticPage();
writePreloadPage();
const { url, close } = await startStaticServer({ root, allowNodeModules: true, gzip: true });
// CJK text: on Linux, Chromium has no default font for Han script and asks the browser process (fontconfig)
// for a fallback font once per distinct character, each a synchronous IPC inside layout (~300 for this
// report). On Windows and macOS, Chromium's default fonts for zh-CN (Microsoft YaHei, PingFang SC) cover Han,
// and no such fallback happens. BENCH_HAN_FONT="<family>" sets that family as Chromium's standard, sans-serif
// and serif font for Han script (as those platforms do), for a run that models their readers; every page
// gets the same setting. Unset: this machine's fonts, as they are.
const hanFont = process.env.BENCH_HAN_FONT;
const launchOptions = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] };
const viewport = { width: 1280, height: 900 };
let browser;
let context;
let profile;
if (hanFont) {
  // Per-script default fonts are profile preferences: a persistent context on a fresh profile that has them.
  profile = mkdtempSync(join(tmpdir(), 'bench-render-'));
  mkdirSync(join(profile, 'Default'));
  const fonts = { standard: { Hans: hanFont }, sansserif: { Hans: hanFont }, serif: { Hans: hanFont } };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { fonts } } }));
  context = await chromium.launchPersistentContext(profile, { ...launchOptions, viewport });
} else {
  browser = await chromium.launch(launchOptions);
  context = await browser.newContext({ viewport });
}
// A persistent context has no Browser object: ask Chromium itself.
const [firstPage] = context.pages();
const version = browser?.version() ?? (await (await context.newCDPSession(firstPage ?? (await context.newPage()))).send('Browser.getVersion')).product.split('/')[1];
const pages = {
  'drop-in': `${url}/bench/render/pages/drop-in.html`,
  'drop-in + preload': `${url}/.cache/bench/drop-in-preload.html`,
  ...(staticReady ? { static: `${url}/.cache/bench/static.html` } : {}),
  echarts: `${url}/bench/render/pages/echarts.html`,
};
const names = Object.keys(pages);
const samples = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < rounds; round += 1) {
  // Each round starts with the next page, so that no page always follows the same one.
  const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)];
  for (const name of order) samples[name].push(await measure(context, pages[name]));
}
const heap = await memory(context, pages['drop-in']);
await context.close();
await browser?.close();
if (profile) rmSync(profile, { recursive: true, force: true });
await close();

const result = Object.fromEntries(
  Object.entries(samples).map(([name, runs]) => [name, { ms: median(runs.map((run) => run.ms)), bytes: runs.at(-1).bytes, requests: runs.at(-1).requests }]),
);
const conditions = [hanFont ? `Han default font: ${hanFont}` : "this machine's fonts", network ? `network ${network[0]} Mbit/s, ${network[1]} ms latency` : 'loopback'];
console.log(`bench/render — ${machineLine()} · Chromium ${version} · ${conditions.join(' · ')}`);
console.log(`${rounds} interleaved rounds, cache disabled, gzip, 1280×900; median time from navigation to the end of the frame that paints the report\n`);
console.log('| page | ms to rendered | × static | × ECharts | bytes transferred | requests |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, { ms, bytes, requests }] of Object.entries(result)) {
  const overStatic = result.static ? (ms / result.static.ms).toFixed(2) : 'n/a';
  console.log(`| ${name} | ${ms.toFixed(0)} | ${overStatic} | ${(ms / result.echarts.ms).toFixed(2)} | ${bytes.toLocaleString('en')} | ${requests} |`);
}
console.log(`\nMemory (drop-in): used JS heap after GC — start ${(heap[0] / 2 ** 20).toFixed(2)} MiB, after 50 render+remove cycles ${(heap[1] / 2 ** 20).toFixed(2)} MiB, after 100 ${(heap[2] / 2 ** 20).toFixed(2)} MiB`);
