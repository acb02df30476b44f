// rule-of-law-all.min.js under the same strict policy as the plain drop-in (default-src 'none';
// script-src 'self'; style-src 'self'; connect-src 'self'; no inline, no eval; Trusted Types with only Lit's
// policy): the trend chart, the comparison and the report's changes render with no CSP violation and no console error.
// Needs `npm run build` (npm test builds first) and Chromium.
import { describe, expect, it } from 'vitest';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { deepText, useServerAndBrowser, watchPage } from '../support/e2e-page.js';

const e2e = useServerAndBrowser({ built: ['packages/elements/dist/rule-of-law-all.min.js'] });

const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The page: the bundle, a trend over three years, a comparison and a report with `previous-src`. */
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>rule-of-law-all.min.js under a strict CSP</title>
<script type="module" src="/packages/elements/dist/rule-of-law-all.min.js"></script></head><body>
<rule-of-law-trend indicators="enforcement.penalties enforcement.fines" srcs="/__csp/2023.json /__csp/2021.json /__csp/2022.json"></rule-of-law-trend>
<rule-of-law-compare previous-src="/__csp/2022.json" current-src="/__csp/2023.json"></rule-of-law-compare>
<rule-of-law-report src="/__csp/2023.json" previous-src="/__csp/2022.json"></rule-of-law-report>
</body></html>`;

describe('rule-of-law-all.min.js under a strict Content-Security-Policy', { timeout: 60_000 }, () => {
  it('renders the trend, the comparison and the report’s changes with no violation and no console error', async () => {
    const reports = generateSyntheticReports({ seed: 7, issuers: 1, years: [2021, 2022, 2023] });
    const page = await e2e.browser.newPage();
    await page.route(`${e2e.url}/__csp/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/__csp/page.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
      const year = Number(path.match(/(\d{4})\.json$/)?.[1]);
      const report = reports.find((candidate) => candidate.period.start.startsWith(String(year)));
      return report ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(report) }) : route.fulfill({ status: 404 });
    });
    const watch = await watchPage(page, { warnings: true });
    await page.goto(`${e2e.url}/__csp/page.html`);
    const textOf = (selector: string) => deepText(page.locator(selector));
    const written = (year: number, id: string) => {
      const indicator = reports.find((report) => report.period.start.startsWith(String(year)))!.indicators.find((entry) => entry.id === id);
      return indicator && 'quantity' in indicator && indicator.quantity ? indicator.quantity.written : '';
    };
    await expect.poll(() => textOf('rule-of-law-trend'), { timeout: 20_000 }).toContain('数据表');
    const trend = await textOf('rule-of-law-trend');
    for (const year of [2021, 2022, 2023]) expect(trend).toContain(written(year, 'enforcement.penalties'));
    await expect.poll(() => textOf('rule-of-law-compare'), { timeout: 20_000 }).toContain('2023年与2022年对比');
    await expect.poll(() => textOf('rule-of-law-report'), { timeout: 20_000 }).toContain('较上年');
    expect(await watch.violations()).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});
