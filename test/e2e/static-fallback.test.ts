// The static HTML of a report (renderReportHTML) inside <rule-of-law-report>, on a page with the strictest
// policy (default-src 'none'; style-src 'self'; script-src 'self'; no inline, no eval), served with the
// built files a webmaster self-hosts (dist/rule-of-law.css, dist/rule-of-law.min.js):
// - with JavaScript off, the report is there and styled by the stylesheet alone;
// - with JavaScript, the element takes over in both render roots with no CSP violation and no console error.
// Needs `npm run build` (npm test builds first) and Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHTML } from '../../packages/elements/src/static/index.js';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launchChromium } from '../support/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

/** A page as `rule-of-law render --full-page` makes it, with the policy in a meta tag and paths into this repository. */
function writePage(name: string, renderRoot: 'shadow' | 'light'): string {
  const report = JSON.parse(readFileSync(`${root}examples/hangzhoudao-2023.json`, 'utf8'));
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>static fallback</title>
<link rel="stylesheet" href="/packages/elements/dist/rule-of-law.css">
<script type="module" src="/packages/elements/dist/rule-of-law.min.js"></script>
</head><body>
<rule-of-law-report${renderRoot === 'light' ? ' render-root="light"' : ''}>
${renderReportHTML(report, { lang: 'zh-CN' })}<script type="application/json">${JSON.stringify(report).replace(/</g, '\\u003c')}</script>
</rule-of-law-report>
<p id="after">end</p>
</body></html>`;
  mkdirSync(`${root}.cache/e2e`, { recursive: true });
  writeFileSync(`${root}.cache/e2e/${name}.html`, html);
  return `${server.url}/.cache/e2e/${name}.html`;
}

/** Collects console errors, page errors and (where scripts run) CSP violations of a page. */
async function watch(page: Page, scripts: boolean): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  if (scripts) {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  }
  return async () => [...problems, ...(scripts ? await page.evaluate(() => (window as unknown as { violations: string[] }).violations) : [])];
}

beforeAll(async () => {
  server = await startStaticServer({ root });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the static HTML of a report under a strict Content-Security-Policy', { timeout: 60_000 }, () => {
  it('with JavaScript off: the whole report is there, styled by rule-of-law.css alone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = await watch(page, false);
    await page.goto(writePage('static-no-js', 'shadow'));
    const text = await page.locator('rule-of-law-report').innerText();
    for (const figure of ['天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告', '1355批次', '996余人次', '0.39万元', '96.2%', '数据核对结果']) {
      expect(text).toContain(figure);
    }
    expect(await page.locator('.figure .value').first().evaluate((node) => getComputedStyle(node).fontWeight)).toBe('700');
    expect(await page.locator('path.shape.s1').first().evaluate((node) => getComputedStyle(node).fill)).toBe('rgb(11, 92, 173)');
    expect(await page.locator('table').count()).toBe(7);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  for (const renderRoot of ['shadow', 'light'] as const) {
    it(`with JavaScript, render-root="${renderRoot}": the element takes over with no violation and no console error`, async () => {
      const page = await browser.newPage();
      const problems = await watch(page, true);
      await page.goto(writePage(`static-${renderRoot}`, renderRoot));
      await page.waitForFunction(() => (document.querySelector('rule-of-law-report') as { computed?: unknown } | null)?.computed !== undefined, null, { timeout: 20_000 });
      await page.waitForTimeout(200);
      if (renderRoot === 'shadow') {
        expect(await page.locator('rule-of-law-report [data-rol-static]').evaluate((node) => node.checkVisibility())).toBe(false);
      } else {
        expect(await page.locator('[data-rol-static]').count()).toBe(0);
        // Page-level text, as a toolbar sees it.
        const text = await page.evaluate(() => document.body.innerText);
        for (const figure of ['1355批次', '996余人次', '0.39万元']) expect(text).toContain(figure);
      }
      expect(await page.locator('rule-of-law-report').locator('h2').first().textContent()).toBe('天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告');
      expect(await problems()).toEqual([]);
      await page.close();
    });
  }
});
