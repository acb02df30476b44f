// The browser side of bench/render, shared by run.mjs and trace.mjs: Chromium opened for a condition (a
// default Han font as a profile preference), and one page load measured under it (emulated network, cache
// disabled, the page reporting its own times through the CDP binding `__benchRendered`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/** Whether fontconfig knows a family (Chromium silently falls back to this machine's fonts when it does not). */
export function fontInstalled(family) {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
      .split('\n')
      .some((line) => line.split(',').includes(family));
  } catch {
    return false;
  }
}

/**
 * Loads `url` in a new page under `network` ([Mbit/s, latency ms] or undefined: loopback), cache disabled;
 * resolves to what the page reported ({ ms, fcp, cls, shifts }) and the bytes and requests it transferred.
 * `around` ({ before(client), after(client, page) }) lets trace.mjs trace the load.
 */
export async function measure(context, url, network, around) {
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
  // The page calls __benchRendered(json) itself (pages/metrics.js).
  await client.send('Runtime.enable');
  await client.send('Runtime.addBinding', { name: '__benchRendered' });
  let timer;
  const rendered = new Promise((resolve, reject) => {
    client.on('Runtime.bindingCalled', (event) => event.name === '__benchRendered' && resolve(JSON.parse(event.payload)));
    timer = setTimeout(() => reject(new Error(`${url}: not rendered within 30 s`)), 30_000);
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await around?.before(client);
  await page.goto(url, { waitUntil: 'commit' });
  const result = await rendered.catch(async (error) => {
    // Say what the page was doing, for the log (then the caller may try again).
    const state = await page
      .evaluate(() => {
        const report = document.querySelector('rule-of-law-report');
        return { rendered: document.documentElement.dataset.rendered, loaded: report ? Boolean(report.computed) : undefined, visibility: document.visibilityState };
      })
      .catch((reason) => String(reason));
    await page.close().catch(() => {});
    throw new Error(`${error.message}; page state ${JSON.stringify(state)}; errors ${JSON.stringify(errors)}`);
  });
  clearTimeout(timer);
  const extra = await around?.after(client, page);
  await page.close();
  return { ...result, bytes, requests, ...extra };
}

/** Opens Chromium for a condition: the Han font as a per-script default font is a profile preference. */
export async function open({ font }) {
  const launchOptions = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] };
  const viewport = { width: 1280, height: 900 };
  if (!font) {
    const browser = await chromium.launch(launchOptions);
    return { context: await browser.newContext({ viewport }), version: browser.version(), close: () => browser.close() };
  }
  const profile = mkdtempSync(join(tmpdir(), 'bench-render-'));
  mkdirSync(join(profile, 'Default'));
  const fonts = { standard: { Hans: font }, sansserif: { Hans: font }, serif: { Hans: font } };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { fonts } } }));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, viewport });
  // A persistent context has no Browser object: ask Chromium itself.
  const [firstPage] = context.pages();
  const session = await context.newCDPSession(firstPage ?? (await context.newPage()));
  const version = (await session.send('Browser.getVersion')).product.split('/')[1];
  return { context, version, close: () => rmSync(profile, { recursive: true, force: true }) };
}
