// The editor's example page (examples/editor.html, its strict Content-Security-Policy with Trusted Types) reading a
// long text: the drop-in finds its drafting worker beside it, the worker's script passes the page's policy (worker-src
// 'self', the editor's Trusted Types policy), the draft is drawn, and nothing is blocked or logged as an error.
// Needs `npm run build` (npm test builds first) and Chromium.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftReport } from '@rule-of-law/core/extract';
import { REPOSITORY_ROOT, useServerAndBrowser, watchPage } from '../support/e2e-page.js';

const e2e = useServerAndBrowser({ built: ['packages/elements/dist/rule-of-law-editor.min.js', 'packages/elements/dist/rule-of-law-editor-worker.min.js'] });

/** The reference report's body repeated past 120,000 characters: long enough to be drafted in the worker. */
function longText(): string {
  const reference = readFileSync(`${REPOSITORY_ROOT}examples/hangzhoudao-2023.txt`, 'utf8');
  const body = reference.slice(reference.indexOf('一、'));
  let text = reference;
  while (text.length < 120_000) text += `\n${body}`;
  return text;
}

describe('the editor page under its strict Content-Security-Policy', { timeout: 90_000 }, () => {
  it('drafts a long text in the worker beside the drop-in, with no violation and no console error', async () => {
    const page = await e2e.browser.newPage();
    const watch = await watchPage(page, { warnings: true });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto(`${e2e.url}/examples/editor.html`);
    const editor = page.locator('rule-of-law-editor');
    await editor.evaluate((element: HTMLElement & { updateComplete?: Promise<unknown> }) => element.updateComplete);
    await page.evaluate(() => localStorage.clear());
    const text = longText();
    await page.locator('rule-of-law-editor #paste').fill(text);
    await page.locator('rule-of-law-editor button[name="read"]').click();
    const items = page.locator('rule-of-law-editor .outline button.item');
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(workers).toEqual(['/packages/elements/dist/rule-of-law-editor-worker.min.js']);
    expect(await items.count()).toBe(draftReport(text).indicators.length);
    expect(await watch.violations()).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});
