// @rule-of-law/core imported on its own by a browser page whose Content-Security-Policy forbids eval:
// the model must validate and compute there without zod ever trying `new Function` (its compiled object
// parser is for Node only), so no violation is reported, with no `jitless` switch by the page.
// Needs `npm run build` (npm test builds first) and Chromium.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, useServerAndBrowser, watchPage } from '../support/e2e-page.js';

const e2e = useServerAndBrowser({ allowNodeModules: true, built: ['packages/core/dist/index.js'] });

const IMPORT_MAP = JSON.stringify({
  imports: {
    '@rule-of-law/core': '/packages/core/dist/index.js',
    'zod/mini': '/node_modules/zod/mini/index.js',
    'zod/v4/core': '/node_modules/zod/v4/core/index.js',
  },
});

/** A page allowing only same-origin scripts and fetches, plus the import map by its hash. */
function writePage(): string {
  const hash = createHash('sha256').update(IMPORT_MAP).digest('base64');
  const policy = `default-src 'none'; script-src 'self' 'sha256-${hash}'; connect-src 'self'`;
  const folder = `${REPOSITORY_ROOT}.cache/e2e/`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    `${folder}core-in-browser.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>core in a browser</title>
<script type="importmap">${IMPORT_MAP}</script><script type="module" src="/test/e2e/pages/core-in-browser.js"></script></head><body></body></html>`,
  );
  return policy;
}

describe('@rule-of-law/core in a browser page with a strict Content-Security-Policy', { timeout: 60_000 }, () => {
  it('validates and computes the reference report, and reports bad input, with no CSP violation', async () => {
    const policy = writePage();
    expect(policy).not.toContain('unsafe');
    const page = await e2e.browser.newPage();
    const watch = await watchPage(page, { failedRequests: true });
    await page.goto(`${e2e.url}/.cache/e2e/core-in-browser.html`);
    await page.waitForFunction(() => document.documentElement.dataset.result, undefined, { timeout: 20_000 });
    const result = JSON.parse((await page.evaluate(() => document.documentElement.dataset.result)) ?? '{}');
    expect(result.indicators).toBe(36);
    expect(result.invalidIssues).toBeGreaterThan(3);
    expect(result.firstIssue.length).toBeGreaterThan(0);
    expect(await watch.violations()).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});
