// A webmaster's site for the ```html snippets of the documents, on the repository's static server: the snippet
// is pasted into a page of its own, the page is served with the Content-Security-Policy header the webmasters'
// guide gives, and the guide's self-hosted folder /static/rule-of-law/ holds what §1 says to copy there
// (the built drop-ins and stylesheet, the reference report and its text) and the yearly reports of §11.
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { renderReportHTML } from '@rule-of-law/elements/static';
import type { Browser, Page } from 'playwright-core';
import { docSnippets, type Snippet } from '../support/doc-snippets.js';
import { REPOSITORY_ROOT as root, watchPage, type PageWatch } from '../support/e2e-page.js';
import { referenceJson } from '../support/examples.js';

/** Where the snippets' pages and the yearly reports are written (served from the repository root). */
const SCRATCH = '.cache/docs/html/';

/** The self-hosted folder of the webmasters' guide. */
export const SITE_FOLDER = '/static/rule-of-law/';

/** The drop-in tag of the webmasters' guide §2, added to snippets that load no script of their own. */
const DROP_IN = `<script type="module" src="${SITE_FOLDER}rule-of-law.min.js"></script>`;

/** The Content-Security-Policy of the webmasters' guide (its unlabelled ```-block starting with the header's name). */
export function documentedPolicy(): string {
  const blocks = docSnippets('').filter((snippet) => snippet.code.startsWith('Content-Security-Policy:'));
  if (blocks.length !== 1) throw new Error(`expected one Content-Security-Policy block in the documents, found ${blocks.length}`);
  return blocks[0]!.code.slice('Content-Security-Policy:'.length).trim();
}

/**
 * Writes the yearly reports the §11 snippets name (2021–2023.json: synthetic reports of one invented issuer)
 * and returns what each file of /static/rule-of-law/ is, as a path on the repository's server.
 */
export function writeSiteFiles(): Record<string, string> {
  mkdirSync(`${root}${SCRATCH}`, { recursive: true });
  const files: Record<string, string> = {
    'rule-of-law.min.js': '/packages/elements/dist/rule-of-law.min.js',
    'rule-of-law-all.min.js': '/packages/elements/dist/rule-of-law-all.min.js',
    'rule-of-law-zh-Hant.min.js': '/packages/elements/dist/rule-of-law-zh-Hant.min.js',
    'rule-of-law.css': '/packages/elements/dist/rule-of-law.css',
    'hangzhoudao-2023.json': '/examples/hangzhoudao-2023.json',
    'hangzhoudao-2023.txt': '/examples/hangzhoudao-2023.txt',
  };
  for (const report of generateSyntheticReports({ seed: 7, issuers: 1, years: [2021, 2022, 2023] })) {
    const name = `${report.period.start.slice(0, 4)}.json`;
    writeFileSync(`${root}${SCRATCH}${name}`, JSON.stringify(report));
    files[name] = `/${SCRATCH}${name}`;
  }
  return files;
}

/** The elided static HTML of §8 (`<div … data-rol-static=""> … </div>`), with its opening tag. */
const ELIDED_STATIC = /(<div [^>]*data-rol-static[^>]*>)\s*…[^<]*<\/div>/g;
/** The same, rendered hydratable (`<!--lit-part …--><div … data-rol-hydrate="…"> … </div><!--/lit-part-->`). */
const ELIDED_HYDRATABLE = /<!--lit-part …-->(<div [^>]*data-rol-static[^>]*>)\s*…[^<]*<\/div><!--\/lit-part-->/g;

/** The static HTML of the reference report for an elided one whose opening tag is `open` (“…” standing for any attribute value). */
function filledStatic(name: string, open: string, hydratable: boolean): string {
  const lang = /lang="([^"]+)"/.exec(open)?.[1] ?? 'zh-CN';
  const rendered = renderReportHTML(referenceJson(), { lang, hydratable });
  const tag = /<div [^>]*>/.exec(rendered)?.[0] ?? '';
  const pattern = new RegExp(`^${open.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('…', '[^"]*')}$`);
  if (!pattern.test(tag)) throw new Error(`${name}: the static HTML's box is ${tag}, not ${open}`);
  return rendered;
}
/** The elided inline JSON of §3. */
const ELIDED_JSON = /(<script type="application\/json">)[^<]*…[^<]*(<\/script>)/g;

/**
 * The snippet as pasted into a real page: the elisions (“…”) it stands for are filled in — the inline JSON with
 * the reference report (`<` written as `\u003c`, as §7 says), the static HTML with `renderReportHTML`'s output
 * for the reference report (hydratable where the snippet shows Lit's comments), whose box must be the snippet's — and the drop-in tag is added when the
 * snippet loads no script. Throws on an elision it cannot fill.
 */
export function pageHtml(snippet: Snippet): string {
  const reference = referenceJson();
  let body = snippet.code
    .replace(ELIDED_JSON, (_, open: string, close: string) => `${open}${JSON.stringify(reference).replace(/</g, '\\u003c')}${close}`)
    .replace(ELIDED_HYDRATABLE, (_, open: string) => filledStatic(snippet.name, open, true))
    .replace(ELIDED_STATIC, (_, open: string) => filledStatic(snippet.name, open, false));
  if (body.includes('…')) throw new Error(`${snippet.name}: an elision (…) this test cannot fill`);
  if (!/<script\b[^>]*\bsrc=/.test(body)) body = `${DROP_IN}\n${body}`;
  return `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${snippet.name}</title></head>\n<body>\n<main>\n${body}</main>\n<p id="after">end</p>\n</body>\n</html>\n`;
}

/** A snippet's page, opened in a browser context of its own. */
export interface SnippetPage {
  readonly page: Page;
  readonly watch: PageWatch;
  /** Requests for files of /static/rule-of-law/ that the site does not have. */
  readonly missing: string[];
  /** How many times each file of /static/rule-of-law/ was requested, by its name there. */
  readonly requested: Record<string, number>;
  /** Closes the page and its context. */
  close(): Promise<void>;
}

/** The site: the static server's URL, what /static/rule-of-law/ holds ({@link writeSiteFiles}), the policy. */
export interface Site {
  readonly url: string;
  readonly files: Record<string, string>;
  readonly policy: string;
}

/**
 * Opens `html` as a page of `site` in a new context of `browser`: served under the site's policy, with
 * /static/rule-of-law/ answered from the site's files, or with the status given in `override` (e.g. a 404 for
 * one file). `javaScript: false` opens it with JavaScript off.
 */
export async function openSnippetPage(
  browser: Browser,
  site: Site,
  name: string,
  html: string,
  options: { readonly javaScript?: boolean; readonly override?: Record<string, number> } = {},
): Promise<SnippetPage> {
  const { javaScript = true, override = {} } = options;
  const file = `${SCRATCH}${name.replace(/\W+/g, '-')}.html`;
  writeFileSync(`${root}${file}`, html);
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const watch = await watchPage(page, { scripts: javaScript, warnings: true, failedRequests: true });
  const missing: string[] = [];
  const requested: Record<string, number> = {};
  await page.route(`${site.url}/${file}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': site.policy } });
  });
  await page.route(`${site.url}${SITE_FOLDER}**`, async (route) => {
    const asked = new URL(route.request().url()).pathname.slice(SITE_FOLDER.length);
    requested[asked] = (requested[asked] ?? 0) + 1;
    const status = override[asked];
    const target = site.files[asked];
    if (status !== undefined) await route.fulfill({ status, contentType: 'text/plain', body: String(status) });
    else if (target === undefined) {
      missing.push(asked);
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    } else await route.continue({ url: `${site.url}${target}` });
  });
  await page.goto(`${site.url}/${file}`);
  return { page, watch, missing, requested, close: () => context.close() };
}
