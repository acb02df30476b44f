// The demo page has the strictest policy a provincial platform's review asks for
// (default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; no inline, no eval):
// the drop-in must render the whole report there with no CSP violation and no console error.
// Needs `npm run build` (npm test builds first) and Chromium.
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launchChromium } from '../support/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await startStaticServer({ root });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the drop-in under a strict Content-Security-Policy', { timeout: 60_000 }, () => {
  it('renders the full reference report with no violation and no console error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`${server.url}/examples/index.html`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe');

    const title = page.locator('rule-of-law-report').locator('h2').first();
    await expect.poll(() => title.textContent(), { timeout: 20_000 }).toBe('天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告');
    // Every family section and the findings panel are drawn: the reconsideration and petition figures are there.
    const text = await page.locator('rule-of-law-report').evaluate((element) => {
      const collect = (node: Node): string =>
        [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes].map((child) => (child.nodeType === 3 ? child.textContent : collect(child))).join(' ');
      return collect(element);
    });
    for (const figure of ['37.5%', '1355批次', '996余人次', '0.39万元', '96.2%']) expect(text).toContain(figure);

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
