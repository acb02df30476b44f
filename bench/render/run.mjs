#!/usr/bin/env node
// bench/render: time from navigation to the rendered reference report, and the bytes each page
// transfers, in one Chromium run, side by side:
//   drop-in — <rule-of-law-report src> with the self-hosted drop-in bundle;
//   static  — the same report as static HTML (renderReportHTML), the floor;
//   echarts — the two outcome breakdowns and the headline rates drawn with ECharts (what portals use).
// Then memory: render and remove the report 100 times, heap after GC at 0, 50 and 100.
// Run after `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
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
  const { readFileSync } = await import('node:fs');
  const report = JSON.parse(readFileSync(`${root}examples/hangzhoudao-2023.json`, 'utf8'));
  const body = elements.renderReportHTML(report, { lang: 'zh-CN' });
  mkdirSync(`${root}.cache/bench`, { recursive: true });
  writeFileSync(
    `${root}.cache/bench/static.html`,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static page (benchmark)</title><link rel="stylesheet" href="/packages/elements/dist/rule-of-law.css"></head><body>${body}</body></html>`,
  );
  return true;
}

async function measure(context, url, waitFor) {
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  let requests = 0;
  client.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    requests += 1;
  });
  await page.goto(url, { waitUntil: waitFor === 'load' ? 'load' : 'domcontentloaded' });
  let ms;
  if (waitFor === 'load') {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    ms = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  } else {
    await page.waitForFunction(() => document.documentElement.dataset.rendered, undefined, { timeout: 30_000 });
    ms = Number(await page.evaluate(() => document.documentElement.dataset.rendered));
  }
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
const { url, close } = await startStaticServer({ root, allowNodeModules: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const pages = {
  'drop-in': [`${url}/bench/render/pages/drop-in.html`, 'flag'],
  ...(staticReady ? { static: [`${url}/.cache/bench/static.html`, 'load'] } : {}),
  echarts: [`${url}/bench/render/pages/echarts.html`, 'flag'],
};
const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
for (let round = 0; round < rounds; round += 1) {
  for (const [name, [pageUrl, waitFor]] of Object.entries(pages)) samples[name].push(await measure(context, pageUrl, waitFor));
}
const heap = await memory(context, pages['drop-in'][0]);
await browser.close();
await close();

const result = Object.fromEntries(
  Object.entries(samples).map(([name, runs]) => [name, { ms: median(runs.map((run) => run.ms)), bytes: runs.at(-1).bytes, requests: runs.at(-1).requests }]),
);
console.log(`bench/render — ${machineLine()} · Chromium ${browser.version?.() ?? ''}`);
console.log(`${rounds} interleaved rounds, cache disabled, 1280×900; median time from navigation to the rendered report\n`);
console.log('| page | ms to rendered | × static | × ECharts | bytes transferred | requests |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, { ms, bytes, requests }] of Object.entries(result)) {
  const overStatic = result.static ? (ms / result.static.ms).toFixed(2) : 'n/a';
  console.log(`| ${name} | ${ms.toFixed(0)} | ${overStatic} | ${(ms / result.echarts.ms).toFixed(2)} | ${bytes.toLocaleString('en')} | ${requests} |`);
}
console.log(`\nMemory (drop-in): used JS heap after GC — start ${(heap[0] / 2 ** 20).toFixed(2)} MiB, after 50 render+remove cycles ${(heap[1] / 2 ** 20).toFixed(2)} MiB, after 100 ${(heap[2] / 2 ** 20).toFixed(2)} MiB`);
