// The ```html and ```css snippets of the documents, and the Content-Security-Policy header of the webmasters'
// guide, in Chromium. Each html snippet is pasted into a page of a webmaster's site (snippet-site.ts: served
// under that policy, /static/rule-of-law/ holding what the guide says to self-host; the elisions “…” filled in,
// the drop-in tag added where the snippet loads no script). Every `rule-of-law-*` element must draw — no loading,
// empty or error state, no console error or warning, no failed request, no CSP violation, no file the site
// lacks — and show what its attributes ask for. What the surrounding text promises is checked where the
// snippet holds it: the fallback slot (hidden once drawn; shown with the alert when the JSON is missing), the
// static HTML (the whole report with JavaScript off; hidden once the element takes over, or adopted when rendered
// hydratable), render-root="light"
// (the figures are text of the page), previous-src (the change beside the figures), the trend (one row a year),
// rule-of-law-zh-Hant.min.js (the report in Traditional characters).
// Each css snippet is applied, one declaration at a time, to the report drawn by the first html snippet with
// `<rule-of-law-report src=…>`: the browser must keep every declaration, and each must change the computed style of something inside the report (a misspelled part or property changes nothing).
// Needs `npm run build` (npm test builds first) and Chromium.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localized } from '@rule-of-law/core';
import '@rule-of-law/core/locales/zh-Hant';
import { docSnippets } from '../support/doc-snippets.js';
import { isHostTemplateCss } from '../support/host-template-css.js';
import { deepText, useServerAndBrowser } from '../support/e2e-page.js';
import { referenceJson } from '../support/examples.js';
import { documentedPolicy, openSnippetPage, pageHtml, SITE_FOLDER, writeSiteFiles, type Site, type SnippetPage } from './snippet-site.js';

const e2e = useServerAndBrowser({
  built: [
    'packages/elements/dist/rule-of-law.min.js',
    'packages/elements/dist/rule-of-law-all.min.js',
    'packages/elements/dist/rule-of-law-zh-Hant.min.js',
    'packages/elements/dist/rule-of-law.css',
  ],
});
const reference = referenceJson();
let site: Site;

beforeAll(() => {
  site = { url: e2e.url, files: writeSiteFiles(), policy: documentedPolicy() };
});

/** Each top-level `rule-of-law-*` element of the page: its tag, whether it drew its base part, and the states shown in it. */
function elementStates(page: Page): Promise<{ tag: string; drawn: boolean; states: string[] }[]> {
  return page.evaluate(() => {
    const deepAll = (root: ParentNode, selector: string): Element[] => [
      ...root.querySelectorAll(selector),
      ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? deepAll(element.shadowRoot, selector) : [])),
    ];
    return [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('rule-of-law-'))
      .map((element) => {
        const root = element.getAttribute('render-root') === 'light' ? element : element.shadowRoot;
        return {
          tag: element.localName,
          drawn: Boolean(root?.querySelector('[part~="base"]:not([data-rol-static] *)')),
          states: root ? deepAll(root, '.state').map((state) => `${state.className}: ${state.textContent?.trim()}`) : [],
        };
      });
  });
}

/** Waits until every `rule-of-law-*` element of the page has drawn, and checks that none shows a state. */
async function expectAllDrawn(page: Page): Promise<void> {
  await expect
    .poll(async () => (await elementStates(page)).every((element) => element.drawn && element.states.length === 0), { timeout: 20_000 })
    .toBe(true)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${JSON.stringify(await elementStates(page), null, 1)}`);
    });
}

/** The report a `/static/rule-of-law/…` URL serves. */
async function servedReport(src: string): Promise<Record<string, any>> {
  const target = site.files[src.slice(SITE_FOLDER.length)];
  return (await fetch(`${site.url}${target}`)).json();
}

/**
 * Checks what each element's attributes ask for: a report shows its report's title (in its `lang`), the `families` listed (each
 * in the report, one section each) and no findings panel with `findings="hide"`; a trend shows each year of
 * `srcs`, one table row a year.
 */
async function expectAttributesHonoured(page: Page): Promise<void> {
  for (const element of await page.locator('main > [src], main > [srcs], main > [current-src]').all()) {
    const attribute = (name: string): Promise<string | null> => element.getAttribute(name);
    const text = await deepText(element);
    const [tag, src, families, srcs] = [
      await element.evaluate((node) => node.localName),
      await attribute('src'),
      await attribute('families'),
      await attribute('srcs'),
    ];
    if (tag === 'rule-of-law-report' && src) {
      const report = await servedReport(src);
      // The title as the element's language writes it: as published, or in Traditional characters for zh-Hant.
      expect(text).toContain(localized({ 'zh-CN': report.title }, (await attribute('lang')) ?? 'zh-CN'));
      if (families) {
        // Each family listed is one the report has: a misspelled family would silently show nothing.
        const listed = families.split(/\s+/);
        const reported = new Set(report.indicators.map((indicator: { family: string }) => indicator.family));
        expect(
          listed.filter((family) => !reported.has(family)),
          'families the report lacks',
        ).toEqual([]);
        expect(await element.locator('[part~="section"]').count()).toBe(listed.length);
      }
      if ((await attribute('findings')) === 'hide') expect(await element.locator('[part~="findings"]').count()).toBe(0);
    }
    if (srcs) {
      const years = await Promise.all(srcs.split(/\s+/).map(async (url) => `${(await servedReport(url)).period.start.slice(0, 4)}年`));
      for (const year of years) expect(text).toContain(year);
      expect(await element.locator('table tbody tr').count()).toBe(years.length);
    }
  }
}

/** Nothing went wrong on the page: no console error or warning, failed request, CSP violation or file the site lacks. */
async function expectNoProblems({ watch, missing }: SnippetPage): Promise<void> {
  expect({ problems: watch.problems(), violations: await watch.violations(), missing }).toEqual({ problems: [], violations: [], missing: [] });
}

/** The files of /static/rule-of-law/ that a snippet preloads (`<link rel="preload" href=…>`), by their name there. */
const preloadedFiles = (code: string): string[] => [...code.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((match) => match[1]!.slice(SITE_FOLDER.length));

/** Whether an element is rendered (not hidden, nor an unassigned light-DOM child of a shadow host). */
const visible = (locator: Locator): Promise<boolean> => locator.evaluate((node) => node.checkVisibility());

describe('the html snippets on a self-hosted site under the documented Content-Security-Policy', { timeout: 60_000 }, () => {
  it('the documented policy is strict: no inline scripts or styles, no eval', () => {
    expect(site.policy).toContain("default-src 'none'");
    expect(site.policy).toContain("script-src 'self'");
    expect(site.policy).not.toContain('unsafe');
  });

  for (const snippet of docSnippets('html')) {
    it(`${snippet.name}: every element draws, as its attributes and the text around it say`, async () => {
      const opened = await openSnippetPage(e2e.browser, site, snippet.name, pageHtml(snippet));
      const { page } = opened;
      await expectAllDrawn(page);
      await expectAttributesHonoured(page);
      const code = snippet.code;
      if (code.includes('slot="fallback"')) expect(await visible(page.locator('[slot="fallback"]').first())).toBe(false);
      if (code.includes('data-rol-static') && !code.includes('data-rol-hydrate')) expect(await visible(page.locator('[data-rol-static]').first())).toBe(false);
      // Adopted, not drawn anew: the report's own nodes are the static HTML's, with Lit's server comments inside.
      if (code.includes('data-rol-hydrate')) {
        const box = page.locator('rule-of-law-report > .rol-report');
        expect(await box.evaluate((node) => !node.hasAttribute('data-rol-static') && node.innerHTML.includes('<!--lit-part'))).toBe(true);
      }
      if (code.includes('render-root="light"')) {
        const text = await page.evaluate(() => document.body.innerText);
        for (const figure of ['1355批次', '996余人次', '0.39万元', '96.2%']) expect(text).toContain(figure);
      }
      if (code.includes('rule-of-law-zh-Hant.min.js')) {
        const text = await deepText(page.locator('rule-of-law-report'));
        for (const word of ['數據核對結果', '行政複議', '996餘人次', '0.39萬元']) expect(text).toContain(word);
      }
      if (code.includes('previous-src') && code.includes('<rule-of-law-report')) {
        expect(await page.locator('rule-of-law-report [part~="change"]').count()).toBeGreaterThan(0);
        expect(await deepText(page.locator('rule-of-law-report'))).toContain('较上年');
      }
      for (const file of preloadedFiles(code)) expect(opened.requested[file], `${file}: preloaded once, then taken from the preload`).toBe(1);
      await expectNoProblems(opened);
      await opened.close();
    });

    if (preloadedFiles(snippet.code).length > 0) {
      it(`${snippet.name}: without crossorigin the preload is not used and the JSON is downloaded twice, as the guide warns`, async () => {
        const opened = await openSnippetPage(
          e2e.browser,
          site,
          `${snippet.name}-no-crossorigin`,
          pageHtml(snippet).replace(/(<link rel="preload"[^>]*) crossorigin/g, '$1'),
        );
        await expectAllDrawn(opened.page);
        for (const file of preloadedFiles(snippet.code)) expect(opened.requested[file]).toBe(2);
        await opened.close();
      });
    }

    if (snippet.code.includes('slot="fallback"') && snippet.code.includes('hangzhoudao-2023.json')) {
      it(`${snippet.name}: with the report JSON missing, the alert says so and the fallback is shown`, async () => {
        const opened = await openSnippetPage(e2e.browser, site, `${snippet.name}-404`, pageHtml(snippet), { override: { 'hangzhoudao-2023.json': 404 } });
        const alert = opened.page.locator('rule-of-law-report [role="alert"]');
        await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
        expect(await alert.textContent()).toContain('404');
        expect(await visible(opened.page.locator('[slot="fallback"]').first())).toBe(true);
        expect(await opened.watch.violations()).toEqual([]);
        await opened.close();
      });
    }

    if (snippet.code.includes('data-rol-static')) {
      it(`${snippet.name}: with JavaScript off, the static HTML shows the whole report, styled by rule-of-law.css`, async () => {
        const opened = await openSnippetPage(e2e.browser, site, `${snippet.name}-no-js`, pageHtml(snippet), { javaScript: false });
        const text = await opened.page.locator('rule-of-law-report').innerText();
        for (const figure of [reference.title, '1355批次', '996余人次', '0.39万元', '96.2%', '数据核对结果']) expect(text).toContain(figure);
        // A rule of the stylesheet: the figures' values are bold.
        expect(
          await opened.page
            .locator('.figure .value')
            .first()
            .evaluate((node) => getComputedStyle(node).fontWeight),
        ).toBe('700');
        await expectNoProblems(opened);
        await opened.close();
      });
    }
  }
});

/** The rules of a CSS text as written: selector and declarations (comments dropped; plain rules only). */
function writtenRules(css: string): { selector: string; declarations: [string, string][] }[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({
    selector: match[1]!.trim(),
    declarations: match[2]!
      .split(';')
      .filter((declaration) => declaration.trim() !== '')
      .map((declaration): [string, string] => [declaration.slice(0, declaration.indexOf(':')).trim(), declaration.slice(declaration.indexOf(':') + 1).trim()]),
  }));
}

/** The declarations of `css` (as {@link writtenRules}) that the browser drops: unknown properties, bad values, bad selectors. */
function droppedDeclarations(page: Page, css: string): Promise<string[]> {
  return page.evaluate(
    ({ text, rules }) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      const parsed = [...sheet.cssRules] as CSSStyleRule[];
      return rules.flatMap(({ selector, declarations }) => {
        const rule = parsed.find((candidate) => candidate.selectorText === selector);
        return declarations
          .filter(([property]) => !rule || rule.style.getPropertyValue(property) === '')
          .map(([property, value]) => `${selector} { ${property}: ${value} }`);
      });
    },
    { text: css, rules: writtenRules(css) },
  );
}

/**
 * For each of `rules`, added alone: how many elements inside the page's report (its shadow roots, nested) then
 * have another computed style.
 */
function elementsChangedBy(page: Page, rules: readonly string[]): Promise<number[]> {
  return page.evaluate((texts) => {
    const inside = (root: ParentNode): Element[] =>
      [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? inside(element.shadowRoot) : [])]);
    const elements = inside(document.querySelector('rule-of-law-report')!.shadowRoot!);
    const properties = [...getComputedStyle(document.body)].filter((property) => !property.startsWith('--'));
    const snapshot = () =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return properties.map((property) => style.getPropertyValue(property)).join('|');
      });
    const before = snapshot();
    return texts.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const after = snapshot();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      return after.filter((value, index) => value !== before[index]).length;
    });
  }, rules);
}

describe('the css snippets, applied to a drawn report', { timeout: 60_000 }, () => {
  // The legacy template's rules of §5 are the opposite: they must change nothing (host-template-doc.test.ts).
  for (const snippet of docSnippets('css').filter((css) => !isHostTemplateCss(css.code))) {
    it(`${snippet.name}: every rule is kept by the browser, and every declaration restyles something in the report`, async () => {
      const host = docSnippets('html').find((candidate) => /<rule-of-law-report src=/.test(candidate.code))!;
      const opened = await openSnippetPage(e2e.browser, site, `${snippet.name}-css`, pageHtml(host));
      await expectAllDrawn(opened.page);
      expect(await droppedDeclarations(opened.page, snippet.code), 'declarations the browser drops').toEqual([]);
      const isolated = writtenRules(snippet.code).flatMap(({ selector, declarations }) =>
        declarations.map(([property, value]) => `${selector} { ${property}: ${value} }`),
      );
      expect(isolated.length).toBeGreaterThan(0);
      const changed = await elementsChangedBy(opened.page, isolated);
      expect(
        isolated.filter((_, index) => changed[index] === 0),
        'declarations that change nothing',
      ).toEqual([]);
      await expectNoProblems(opened);
      await opened.close();
    });
  }
});
