#!/usr/bin/env node
// Screenshots of the reference report pasted into the hostile CMS template (test/support/host-template.mjs, the
// page the browser tests compare with the clean template): each embed at 1000 px and 375 px, and printed in each
// theme. Run after `npm run build`; writes PNGs to .cache/screenshots/host-template/ (the pages beside them), or
// to the folder given: node scripts/host-template-screenshots.mjs [out-dir] [--full]
// By default the top of the page (the header, the headline figures) and, as <name>-chart.png, the first chart with
// its table; --full: the whole page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { EMBEDS, REPORT_JSON, hostPage } from '../test/support/host-template.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const out = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, '.cache/screenshots/host-template'));
const full = args.includes('--full');
const pages = join(root, '.cache/host-template');
mkdirSync(out, { recursive: true });
mkdirSync(pages, { recursive: true });

const { renderReportHTML } = await import('@rule-of-law/elements/static').catch(() => {
  throw new Error('no @rule-of-law/elements/static build: run `npm run build` first');
});
const report = JSON.parse(readFileSync(join(root, REPORT_JSON.slice(1)), 'utf8'));

/** Writes one page of the template into .cache/host-template/ and returns its URL path. */
function writePage(name, options) {
  writeFileSync(join(pages, `${name}.html`), hostPage({ ...options, renderStatic: (staticOptions) => renderReportHTML(report, staticOptions) }));
  return `/.cache/host-template/${name}.html`;
}

/** What is shot: name, page, width, and print media. */
const shots = [
  ...['module', 'static alone', 'light'].flatMap((embed) =>
    [1000, 375].flatMap((width) =>
      ['clean', 'hostile'].map((site) => ({ name: `${embed.replace(/\W+/g, '-')}-${site}-${width}`, page: { embed, site, svgHidden: site === 'hostile' }, width })),
    ),
  ),
  ...['module', 'dark', 'high contrast'].map((embed) => ({
    name: `print-${embed.replace(/\W+/g, '-')}`,
    page: { embed, site: 'hostile' },
    width: 1000,
    print: true,
  })),
  { name: 'print-light-dom-dark', page: { embed: 'light', site: 'hostile' }, width: 1000, print: true, theme: 'dark' },
];

const server = await startStaticServer({ root });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 1400 } });
    const path = writePage(shot.name, shot.page);
    const loaded = EMBEDS[shot.page.embed].script
      ? page.waitForFunction(() => document.querySelector('rule-of-law-report')?.computed !== undefined, undefined, { timeout: 30000 })
      : Promise.resolve();
    await page.goto(`${server.url}${path}`);
    await loaded;
    if (shot.theme) await page.evaluate((theme) => document.querySelector('rule-of-law-report').setAttribute('theme', theme), shot.theme);
    if (shot.print) await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, `${shot.name}.png`), fullPage: full });
    // And the first chart with its table, where the site's table, list and svg rules would show.
    const chart = await page.evaluate(() => {
      const report = document.querySelector('rule-of-law-report');
      const found = report.shadowRoot?.querySelector('rule-of-law-breakdown') ?? report.querySelector('.rol-breakdown');
      return found && found.getBoundingClientRect().top + window.scrollY;
    });
    if (!full && chart !== null) {
      await page.screenshot({
        path: join(out, `${shot.name}-chart.png`),
        fullPage: true,
        clip: { x: 0, y: Math.max(0, chart - 16), width: shot.width, height: 1400 },
      });
    }
    await page.close();
    console.log(`${shot.name}.png${chart !== null && !full ? ` and ${shot.name}-chart.png` : ''}  (${server.url}${path})`);
  }
} finally {
  await browser.close();
  await server.close();
}
