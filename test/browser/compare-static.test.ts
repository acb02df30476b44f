// The comparison's static HTML (renderCompareHTML, rendered in Node through test/support/static-endpoints.mjs) is
// what <rule-of-law-compare> draws: the same view, element for element, attribute for attribute and word for word,
// in the shadow root and in the light DOM. Pasted inside the element, it is what readers see before the element
// upgrades and while it loads; then the comparison drawn takes its place, with the same tables.
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawCompare } from '../../packages/elements/src/all.js';
import '../../packages/elements/src/all.js';
import { compareStyles } from '../../packages/elements/src/components/compare/compare.styles.js';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { handMadePair, syntheticTwoIssuers, syntheticYears } from './helpers/comparison-data.js';
import { cleanup, create, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { outline, registerAll, staticHtml, staticPage, tableRows, textOf } from './helpers/static-markup.js';
import { renderedFrames } from './helpers/wait.js';

/** The comparison's static HTML of `previous` and `current`, rendered in Node by renderCompareHTML. */
const staticCompare = (previous: unknown, current: unknown, options: Record<string, string | number> = {}): Promise<string> =>
  staticHtml('render-compare-static', { previous, current }, options);

/** A page of its own holding `body`, styled as rule-of-law.css and compareCss give. */
const page = (body: string): Promise<HTMLIFrameElement> => staticPage(body, ['compare', compareStyles]);

afterEach(() => {
  cleanup();
  document.querySelectorAll('.test-frame').forEach((frame) => frame.remove());
});

describe('renderCompareHTML draws what <rule-of-law-compare> draws', () => {
  const pairs: Record<string, () => { previous: Report; current: Report }> = {
    'a hand-made pair with notes and one-side indicators': () => handMadePair(),
    'two years of synthetic data with breakdowns and derived rates': () => {
      const [previous, current] = syntheticYears().slice(2) as [Report, Report];
      return { previous, current };
    },
    'two issuers, same year': () => {
      const reports = syntheticTwoIssuers();
      return { previous: reports[1]!, current: reports[3]! };
    },
  };
  const cases = [
    { root: 'light', lang: 'zh-CN', pair: 'a hand-made pair with notes and one-side indicators' },
    { root: 'light', lang: 'en', pair: 'a hand-made pair with notes and one-side indicators' },
    { root: 'light', lang: 'zh-CN', pair: 'two years of synthetic data with breakdowns and derived rates' },
    { root: 'light', lang: 'en', pair: 'two issuers, same year', families: 'petitions enforcement' },
    { root: 'shadow', lang: 'en', pair: 'two years of synthetic data with breakdowns and derived rates', headingLevel: 4 },
    { root: 'shadow', lang: 'zh-CN', pair: 'two issuers, same year' },
  ] as const;
  for (const testCase of cases) {
    const { root, lang, pair } = testCase;
    const families = 'families' in testCase ? testCase.families : undefined;
    const headingLevel = 'headingLevel' in testCase ? testCase.headingLevel : undefined;
    it(`render-root="${root}", ${lang}, ${pair}${families ? `, families="${families}"` : ''}: the same section, element for element and word for word`, async () => {
      const { previous, current } = pairs[pair]!();
      const element = create('rule-of-law-compare', (el) => {
        if (root === 'light') el.setAttribute('render-root', 'light');
        el.setAttribute('lang', lang);
        if (families) el.families = families;
        if (headingLevel) el.headingLevel = headingLevel;
      });
      const loaded = nextEvent(element, 'rol-load');
      element.previous = previous;
      element.current = current;
      await loaded;
      await settled(element);
      const drawn = (element.shadowRoot ?? element).querySelector('section.compare')!;
      ok(drawn, 'the comparison is drawn');
      // The element's ids: as they are in a shadow root, prefixed in the page.
      const idPrefix = (drawn.getAttribute('aria-labelledby') ?? '').replace(/-?title$/, '');
      equal(idPrefix === '', root === 'shadow', `ids “${idPrefix}”`);

      const options = { lang, ...(idPrefix ? { idPrefix } : {}), ...(families ? { families } : {}), ...(headingLevel ? { headingLevel } : {}) };
      const html = await staticCompare(previous, current, options);
      const box = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
      equal(box.getAttribute('class'), 'rol-host rol-compare');
      equal(box.getAttribute('lang'), lang);
      const painted = box.querySelector('section.compare')!;
      // Without an id prefix the static ids are its own default (rol-…): compare the rest.
      const ids = (lines: string[]) => (idPrefix ? lines : lines.map((line) => line.replace(/(id|aria-labelledby)="rol-[a-z0-9]+-/g, '$1="')));
      const [expected, actual] = [ids(outline(painted)), outline(drawn)];
      ok(expected.length > 60, `${expected.length} lines compared`);
      deepEqual(expected, actual, 'the static section is the element’s');
      equal(textOf(painted), textOf(drawn), 'the same text');
      const rows = tableRows(drawn);
      ok(rows.length > 3, `${rows.length} rows`);
      deepEqual(tableRows(painted), rows, 'the same tables');
    });
  }
});

describe('static HTML inside a <rule-of-law-compare previous-src current-src>', () => {
  for (const mode of ['shadow', 'light'] as const) {
    it(`${mode} DOM: readable before the element upgrades and while it loads (no spinner), then the comparison takes its place with the same tables`, async () => {
      const reference = await referenceReport();
      const html = await staticCompare({ ...reference, title: 'previous' }, reference);
      const sources = `previous-src="/__rol/delayed?ms=1500&amp;title=previous" current-src="/__rol/delayed?ms=1500&amp;title=${encodeURIComponent(reference.title)}"`;
      const frame = await page(`<rule-of-law-compare ${sources}${mode === 'light' ? ' render-root="light"' : ''}>${html}</rule-of-law-compare>`);
      const element = frame.contentDocument!.querySelector('rule-of-law-compare') as RuleOfLawCompare;
      const snapshot = element.querySelector<HTMLElement>(':scope > [data-rol-static]')!;
      ok(snapshot, 'the static HTML is inside the element');
      await renderedFrames(2);
      // Before upgrade (or with JavaScript off): the tables, styled.
      ok(snapshot.checkVisibility(), 'the static HTML is visible');
      ok(snapshot.querySelector('table')!.getBoundingClientRect().height > 50, 'its tables are laid out');
      const rows = tableRows(snapshot);
      ok(rows.length > 5, `${rows.length} rows`);
      ok(
        rows.some((row) => row.includes('996余人次')),
        'the figures as written',
      );

      const loaded = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
      registerAll(frame);
      await frame.contentWindow!.customElements.whenDefined('rule-of-law-compare');
      await element.updateComplete;
      ok(element.renderRoot, 'upgraded and rendered');
      ok(snapshot.checkVisibility(), 'the static HTML is still shown while loading');
      equal((element.shadowRoot ?? element).querySelectorAll('.spinner').length, 0, 'no spinner in place of the comparison');

      await loaded;
      await settled(element);
      if (mode === 'shadow') {
        ok(!snapshot.checkVisibility(), 'the static HTML is no longer rendered');
        equal(element.shadowRoot!.querySelectorAll('slot:not([name])').length, 0, 'the drawn comparison has no default slot');
      } else {
        ok(!snapshot.isConnected, 'the static HTML gave way');
        equal(element.querySelectorAll('section.compare').length, 1, 'one comparison in the page');
      }
      deepEqual(tableRows(element.shadowRoot ?? element), rows, 'the comparison drawn has the same tables');
    });
  }
});
