// The demo page has the strictest policy a provincial platform's review asks for
// (default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; no inline, no eval; Trusted Types
// enforced with only Lit's policy allowed):
// the drop-in must render the whole report there with no CSP violation and no console error.
// Needs `npm run build` (npm test builds first) and Chromium.
import { describe, expect, it } from 'vitest';
import { deepText, useServerAndBrowser, watchPage } from '../support/e2e-page.js';

const e2e = useServerAndBrowser({ built: ['packages/elements/dist/rule-of-law.min.js'] });

describe('the drop-in under a strict Content-Security-Policy', { timeout: 60_000 }, () => {
  it('renders the full reference report with no violation and no console error', async () => {
    const page = await e2e.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${e2e.url}/examples/index.html`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("require-trusted-types-for 'script'; trusted-types lit-html");

    const title = page.locator('rule-of-law-report').locator('h2').first();
    await expect.poll(() => title.textContent(), { timeout: 20_000 }).toBe('天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告');
    // Every family section and the findings panel are drawn: the reconsideration and petition figures are there.
    const text = await deepText(page.locator('rule-of-law-report'));
    for (const figure of ['37.5%', '1355批次', '996余人次', '0.39万元', '96.2%']) expect(text).toContain(figure);

    expect(await watch.violations()).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});
