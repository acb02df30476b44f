// The trend's static HTML (renderTrendHTML, rendered in Node through test/support/static-endpoints.mjs) is the
// markup <rule-of-law-trend> draws: the same view, element for element and attribute for attribute (only
// the element's layer of focusable points is its own), at the width the element measured. Pasted inside the
// element, it is what readers see before the element upgrades and while it loads; then the chart takes its
// place, with the same table.
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawTrend } from '../../packages/elements/src/all.js';
import '../../packages/elements/src/all.js';
import { trendStyles } from '../../packages/elements/src/components/trend/trend.styles.js';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { indicatorIn, syntheticYears } from './helpers/comparison-data.js';
import { cleanup, create, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { outline as outlineOf, registerAll, staticHtml, staticPage, tableRows } from './helpers/static-markup.js';
import { measured, renderedFrames } from './helpers/wait.js';

afterEach(() => {
  cleanup();
  document.querySelectorAll('.test-frame').forEach((frame) => frame.remove());
});

/** The trend's static HTML of `reports`, rendered in Node by renderTrendHTML. */
const staticTrend = (reports: readonly unknown[], options: Record<string, string | number>): Promise<string> => staticHtml('render-trend-static', reports, options);

/** A tree as lines, the element's own layer of points (`.hit`) left out. */
const outline = (root: Element): string[] => outlineOf(root, (element) => element.classList.contains('hit'));

/** A page of its own holding `body`, styled as rule-of-law.css and trendCss give. */
const page = (body: string): Promise<HTMLIFrameElement> => staticPage(body, ['trend', trendStyles]);

const PENALTIES = 'enforcement.penalties';
const VISITS = 'petitions.visits.persons';
const FINES = 'enforcement.fines';

/** Four years, the second without PENALTIES (a gap), the last with "996余人次" of VISITS (an "at least" figure). */
function withGapAndQualifier(): Report[] {
  const reports = syntheticYears();
  reports[1]!.indicators = reports[1]!.indicators.filter((indicator) => indicator.id !== PENALTIES);
  const visits = indicatorIn(reports[3]!, VISITS);
  if (visits.kind !== 'count') throw new Error('visits is a count');
  visits.quantity = { value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次' };
  return reports;
}

describe('renderTrendHTML draws what <rule-of-law-trend> draws', () => {
  const cases = [
    { root: 'shadow', chart: 'line', lang: 'zh-CN' },
    { root: 'shadow', chart: 'bars', lang: 'en' },
    { root: 'light', chart: 'bars', lang: 'zh-CN' },
    { root: 'light', chart: 'line', lang: 'en' },
  ] as const;
  for (const { root, chart, lang } of cases) {
    it(`render-root="${root}", ${chart}, ${lang}: the same figure, element for element, at the measured width; the same table`, async () => {
      const reports = withGapAndQualifier();
      const indicators = `${PENALTIES} ${VISITS} ${FINES}`;
      const element = create('rule-of-law-trend', (el) => {
        if (root === 'light') el.setAttribute('render-root', 'light');
        el.setAttribute('lang', lang);
        el.chart = chart;
        el.indicators = indicators;
      });
      (element.parentElement as HTMLElement).style.width = '700px';
      const loaded = nextEvent(element, 'rol-load');
      element.reports = reports;
      await loaded;
      await measured(element);
      const drawn = (element.shadowRoot ?? element).querySelector('figure')!;
      const width = Number(drawn.querySelector('svg.drawing')!.getAttribute('width'));
      ok(width > 500 && width < 700, `measured: ${width}px`);
      // The element's ids: as they are in a shadow root, prefixed in the page.
      const idPrefix = (drawn.getAttribute('aria-labelledby') ?? '').replace(/-?title$/, '');
      equal(idPrefix === '', root === 'shadow', `ids “${idPrefix}”`);

      const html = await staticTrend(reports, { indicators, lang, chart, idPrefix, width });
      const box = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
      equal(box.getAttribute('class'), 'rol-host rol-trend');
      equal(box.getAttribute('lang'), lang);
      const painted = box.querySelector('figure')!;
      const [expected, actual] = [outline(painted), outline(drawn)];
      ok(expected.length > 150, `${expected.length} lines compared`);
      deepEqual(expected, actual, 'the static figure is the element’s');
      equal(drawn.querySelectorAll('.hit [part="point"]').length, 11, 'the element adds its points (4 + 3 + 4, none for the gap)');
      equal(box.querySelectorAll('.hit, [role="button"]').length, 0, 'the static chart has none');
      const rows = tableRows(drawn);
      equal(rows.length, 5);
      deepEqual(tableRows(painted), rows, 'the same table');
    });
  }
});

describe('static HTML inside a <rule-of-law-trend srcs>', () => {
  for (const mode of ['shadow', 'light'] as const) {
    it(`${mode} DOM: readable before the element upgrades and while it loads (no spinner), then the chart takes its place with the same table`, async () => {
      const indicators = `${PENALTIES} ${VISITS}`;
      const html = await staticTrend([await referenceReport()], { indicators });
      const frame = await page(
        `<rule-of-law-trend srcs="/__rol/delayed?ms=1500" indicators="${indicators}"${mode === 'light' ? ' render-root="light"' : ''}>${html}</rule-of-law-trend>`,
      );
      const element = frame.contentDocument!.querySelector('rule-of-law-trend') as RuleOfLawTrend;
      const snapshot = element.querySelector<HTMLElement>(':scope > [data-rol-static]')!;
      ok(snapshot, 'the static HTML is inside the element');
      await renderedFrames(2);
      // Before upgrade (or with JavaScript off): the chart and its table, styled.
      ok(snapshot.checkVisibility(), 'the static HTML is visible');
      ok(snapshot.querySelector('svg.drawing')!.getBoundingClientRect().height > 100, 'its chart is drawn');
      const rows = tableRows(snapshot);
      equal(rows.length, 2, 'one year');
      ok(/^\d+起$/.test(rows[1]![1]!), `the figure as written: ${rows[1]![1]}`);

      const loaded = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
      registerAll(frame);
      await frame.contentWindow!.customElements.whenDefined('rule-of-law-trend');
      await element.updateComplete;
      ok(element.renderRoot, 'upgraded and rendered');
      ok(snapshot.checkVisibility(), 'the static HTML is still shown while loading');
      equal((element.shadowRoot ?? element).querySelectorAll('.spinner').length, 0, 'no spinner in place of the chart');

      await loaded;
      await settled(element);
      if (mode === 'shadow') {
        ok(!snapshot.checkVisibility(), 'the static HTML is no longer rendered');
        equal(element.shadowRoot!.querySelectorAll('slot:not([name])').length, 0, 'the drawn chart has no default slot');
      } else {
        ok(!snapshot.isConnected, 'the static HTML gave way');
        equal(element.querySelectorAll('table').length, 1, 'one table in the page');
      }
      deepEqual(tableRows(element.shadowRoot ?? element), rows, 'the chart drawn has the same table');
    });
  }
});
