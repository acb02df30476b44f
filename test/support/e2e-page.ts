// Shared pieces of the end-to-end tests: a static server on the repository and a Chromium for the file,
// a watcher of a page's console errors, page errors and CSP violations, and the text of an element with
// its shadow roots.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchChromium } from './chromium.js';

/** The repository's root folder. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Throws, naming them, unless the build has written these files (paths from the repository root): a page
 * that loads a missing bundle would only time out, and a missing build is a failure, never a skip.
 */
export function expectBuilt(files: readonly string[]): void {
  const missing = files.filter((file) => !existsSync(`${REPOSITORY_ROOT}${file}`));
  if (missing.length > 0) throw new Error(`Build first (npm run build; npm test builds first). Missing: ${missing.join(', ')}`);
}

/**
 * Starts a static server on the repository and a Chromium before the file's tests, and stops both after.
 * `allowNodeModules` serves `node_modules` too (for pages that import packages through an import map);
 * `built` lists the build outputs the pages load, checked first with {@link expectBuilt}.
 */
export function useServerAndBrowser(options: { readonly allowNodeModules?: boolean; readonly built?: readonly string[] } = {}): {
  readonly url: string;
  readonly browser: Browser;
} {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    expectBuilt(options.built ?? []);
    server = await startStaticServer({ root: REPOSITORY_ROOT, allowNodeModules: options.allowNodeModules ?? false });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** What a watched page reported: console errors (and warnings, if asked), page errors, failed requests, CSP violations. */
export interface PageWatch {
  problems(): readonly string[];
  violations(): Promise<readonly string[]>;
}

/**
 * Watches a page from before its first script: console errors (and warnings with `warnings`), page errors,
 * failed requests (with `failedRequests`) and, where scripts run, Content-Security-Policy violations.
 */
export async function watchPage(
  page: Page,
  options: { readonly scripts?: boolean; readonly warnings?: boolean; readonly failedRequests?: boolean } = {},
): Promise<PageWatch> {
  const { scripts = true, warnings = false, failedRequests = false } = options;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || (warnings && message.type() === 'warning')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  if (failedRequests) page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  if (scripts) {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  }
  return {
    problems: () => [...problems],
    violations: async () => (scripts ? page.evaluate(() => (window as unknown as { violations: string[] }).violations) : []),
  };
}

/** The text of an element and everything in it, shadow roots included. */
export function deepText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const collect = (node: Node): string =>
      [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes]
        .map((child) => (child.nodeType === 3 ? child.textContent : collect(child)))
        .join(' ');
    return collect(element);
  });
}
