// The static HTML of a report (renderReportHTML) inside <rule-of-law-report>, on a page with the strictest
// policy (default-src 'none'; style-src 'self'; script-src 'self'; no inline, no eval), served with the
// built files a webmaster self-hosts (dist/rule-of-law.css, dist/rule-of-law.min.js):
// - with JavaScript off, the report is there and styled by the stylesheet alone;
// - with JavaScript, the element takes over in both render roots with no CSP violation and no console error.
// Needs `npm run build` (npm test builds first) and Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReportHTML } from '../../packages/elements/src/static/index.js';
import { REPOSITORY_ROOT as root, useServerAndBrowser, watchPage } from '../support/e2e-page.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const e2e = useServerAndBrowser({ built: ['packages/elements/dist/rule-of-law.css', 'packages/elements/dist/rule-of-law.min.js'] });

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
  return `${e2e.url}/.cache/e2e/${name}.html`;
}

describe('the static HTML of a report under a strict Content-Security-Policy', { timeout: 60_000 }, () => {
  it('with JavaScript off: the whole report is there, styled by rule-of-law.css alone', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const watch = await watchPage(page, { scripts: false, failedRequests: true });
    await page.goto(writePage('static-no-js', 'shadow'));
    const text = await page.locator('rule-of-law-report').innerText();
    for (const figure of ['天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告', '1355批次', '996余人次', '0.39万元', '96.2%', '数据核对结果']) {
      expect(text).toContain(figure);
    }
    expect(
      await page
        .locator('.figure .value')
        .first()
        .evaluate((node) => getComputedStyle(node).fontWeight),
    ).toBe('700');
    expect(
      await page
        .locator('path.shape.s1')
        .first()
        .evaluate((node) => getComputedStyle(node).fill),
    ).toBe('rgb(11, 92, 173)');
    expect(await page.locator('table').count()).toBe(7);
    expect([...watch.problems(), ...(await watch.violations())]).toEqual([]);
    await context.close();
  });

  for (const renderRoot of ['shadow', 'light'] as const) {
    it(`with JavaScript, render-root="${renderRoot}": the element takes over with no violation and no console error`, async () => {
      const page = await e2e.browser.newPage();
      const watch = await watchPage(page, { failedRequests: true });
      await page.goto(writePage(`static-${renderRoot}`, renderRoot));
      await page.waitForFunction(() => (document.querySelector('rule-of-law-report') as { computed?: unknown } | null)?.computed !== undefined, null, {
        timeout: 20_000,
      });
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
      expect([...watch.problems(), ...(await watch.violations())]).toEqual([]);
      await page.close();
    });
  }
});
