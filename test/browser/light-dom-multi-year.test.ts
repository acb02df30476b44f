import '../../packages/elements/src/all.js';
import type { Report } from '@rule-of-law/core';
import { sendKeys } from '@web/test-runner-commands';
import type { RuleOfLawCompare, RuleOfLawTrend } from '../../packages/elements/src/all.js';
import { deepEqual, equal, excludes, includes, ok } from './helpers/assert.js';
import { expectAccessible } from './helpers/axe.js';
import { handMadePair, quantityIn, syntheticYears, yearOf } from './helpers/comparison-data.js';
import { cleanup, create, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { convertPage, documentText, textAfterNewData, toTraditional } from './helpers/toolbar.js';
import { keepPageVisible, measured, until } from './helpers/wait.js';

afterEach(cleanup);

const PENALTIES = 'enforcement.penalties';
const VISITS = 'petitions.visits.persons';
const FINES = 'enforcement.fines';
/** Two series on one axis (the same unit) and a second chart (元): arrows move within and across series. */
const TWO_CHARTS = `enforcement.inspection_records petitions.accepted ${FINES}`;

type Root = 'shadow' | 'light';

/** Lets a trend measure its real width and redraw. */
const redrawn = measured;

/** A multi-year element in a shadow root or in the light DOM, `width` wide, once it has loaded and drawn. */
async function drawn<K extends 'rule-of-law-trend' | 'rule-of-law-compare'>(
  tag: K,
  root: Root,
  setup: (element: HTMLElementTagNameMap[K]) => void,
  width?: string,
): Promise<HTMLElementTagNameMap[K]> {
  const element = create(tag, (el) => {
    if (root === 'light') el.setAttribute('render-root', 'light');
  });
  if (width) (element.parentElement as HTMLElement).style.width = width;
  const loaded = nextEvent(element, 'rol-load');
  setup(element);
  await loaded;
  // A trend measures its real width, then redraws.
  await (tag === 'rule-of-law-trend' ? redrawn(element) : settled(element));
  return element;
}

/** A trend, in a shadow root or in the light DOM, once it has drawn at its measured width. */
const trend = (root: Root, setup: (element: RuleOfLawTrend) => void, width?: string) => drawn('rule-of-law-trend', root, setup, width);

/** A comparison, in a shadow root or in the light DOM, once it has drawn. */
const compare = (root: Root, setup: (element: RuleOfLawCompare) => void, width?: string) => drawn('rule-of-law-compare', root, setup, width);

/** The sheets adopted into the document whose rules start with `selector` (e.g. `.rol-trend`). */
const adoptedWith = (selector: string): CSSStyleSheet[] =>
  document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith(selector)));

/** Computed properties that make the look: box, type, colour, SVG paint, layout. */
const LOOK = [
  'display',
  'position',
  'visibility',
  'box-sizing',
  'width',
  'height',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'line-height',
  'text-align',
  'white-space',
  'overflow-x',
  'overflow-wrap',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-right-width',
  'border-bottom-width',
  'border-bottom-style',
  'border-bottom-color',
  'border-left-width',
  'border-left-style',
  'border-left-color',
  'border-top-left-radius',
  'border-collapse',
  'table-layout',
  'list-style-type',
  'grid-template-columns',
  'column-gap',
  'row-gap',
  'container-type',
  'clip-path',
  'cursor',
  'forced-color-adjust',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'pointer-events',
] as const;

/** The rendered content: the shadow root's, or the light DOM box's (`.rol-host.rol-<name>`). */
function content(element: Element, name: string): Element {
  const found = element.shadowRoot ? element.shadowRoot.querySelector(`.${name}`) : element.querySelector(`:scope > .rol-host.rol-${name} > .${name}`);
  ok(found, `the ${name} is drawn`);
  return found;
}

/**
 * Every element of the shadow rendering and of the light one, in document order: the same tags, and the same
 * computed {@link LOOK} (and `::before` content), so the page styles are the shadow styles.
 */
function expectSameLook(shadow: Element, light: Element, name: string): number {
  const [a, b] = [content(shadow, name), content(light, name)];
  const left = [a, ...a.querySelectorAll('*')];
  const right = [b, ...b.querySelectorAll('*')];
  deepEqual(
    right.map((node) => node.localName),
    left.map((node) => node.localName),
    'the same markup',
  );
  left.forEach((node, index) => {
    const other = right[index]!;
    const [mine, theirs] = [getComputedStyle(node), getComputedStyle(other)];
    const where = `<${node.localName} class="${node.getAttribute('class') ?? ''}"> #${index}`;
    // Pattern fills name the element's own patterns: `url(#rol7-rol-hatch)` in the page for `url(#rol-hatch)`.
    const value = (style: CSSStyleDeclaration, property: string) => style.getPropertyValue(property).replace(/#rol\d+-/g, '#');
    for (const property of LOOK) equal(value(theirs, property), value(mine, property), `${property} of ${where}`);
    equal(getComputedStyle(other, '::before').content, getComputedStyle(node, '::before').content, `::before of ${where}`);
  });
  return left.length;
}

/** The deepest focused element (through shadow roots). */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a keyboard user meets: the focused element's tag, class and accessible name. */
function describeFocus(): string {
  const active = focused();
  return active
    ? `${active.localName}.${active.getAttribute('class') ?? ''} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? ''}`
    : 'nothing';
}

/** The tab stops from a button before `element` to one after it, in order. */
async function tabStops(element: Element): Promise<string[]> {
  const container = element.parentElement!;
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  container.prepend(before);
  container.append(after);
  before.focus();
  const stops: string[] = [];
  for (let step = 0; step < 30 && focused() !== after; step++) {
    await sendKeys({ press: 'Tab' });
    if (focused() !== after) stops.push(describeFocus());
  }
  equal(focused(), after, 'Tab goes through the element and out of it');
  return stops;
}

/** Each element with an id or an id reference inside `element`: every id is unique in the page, every reference resolves inside `element`. */
function expectOwnIds(element: Element): void {
  for (const node of element.querySelectorAll('[id]')) equal(document.querySelectorAll(`[id="${node.id}"]`).length, 1, `#${node.id} is unique in the page`);
  for (const node of element.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
    for (const id of `${node.getAttribute('aria-labelledby') ?? ''} ${node.getAttribute('aria-describedby') ?? ''}`.split(/\s+/).filter(Boolean)) {
      ok(element.contains(document.getElementById(id)), `#${id} is in the same element`);
    }
  }
  for (const node of element.querySelectorAll('[fill^="url(#"]')) {
    const id = node.getAttribute('fill')!.slice(5, -1);
    ok(element.contains(document.getElementById(id)), `the pattern #${id} is in the same element`);
  }
}

describe('render-root="light" on the trend chart and the comparison', () => {
  // First: nothing adopted yet in this page.
  it('their rules reach the page only when such an element is drawn into it, once, after the page stylesheet', async () => {
    await trend('shadow', (el) => {
      el.indicators = PENALTIES;
      el.reports = syntheticYears();
    });
    await compare('shadow', (el) => Object.assign(el, handMadePair()));
    equal(document.adoptedStyleSheets.length, 0, 'shadow-DOM elements adopt nothing into the page');

    const report = create('rule-of-law-report', (el) => {
      el.setAttribute('render-root', 'light');
    });
    const loaded = nextEvent(report, 'rol-load');
    report.report = await referenceReport();
    await loaded;
    equal(adoptedWith('.rol-host.rol-host').length, 1, 'a light report adopts the page stylesheet');
    equal(adoptedWith('.rol-host.rol-trend').length + adoptedWith('.rol-host.rol-compare').length, 0, 'but not the trend’s or comparison’s rules');

    await trend('light', (el) => {
      el.indicators = PENALTIES;
      el.reports = syntheticYears();
    });
    await trend('light', (el) => {
      el.chart = 'bars';
      el.indicators = FINES;
      el.reports = syntheticYears();
    });
    const [trendSheet] = adoptedWith('.rol-host.rol-trend');
    equal(adoptedWith('.rol-host.rol-trend').length, 1, 'two light trends: their rules adopted once');
    equal(adoptedWith('.rol-host.rol-compare').length, 0);
    ok(
      document.adoptedStyleSheets.indexOf(trendSheet!) > document.adoptedStyleSheets.indexOf(adoptedWith('.rol-host.rol-host')[0]!),
      'after the page stylesheet (the order of the shadow styles)',
    );
    ok(
      [...trendSheet!.cssRules].some((rule) => rule.cssText.startsWith('rule-of-law-trend:not([hidden])')),
      'the host is a block',
    );

    await compare('light', (el) => Object.assign(el, handMadePair()));
    await compare('light', (el) => Object.assign(el, handMadePair()));
    equal(adoptedWith('.rol-host.rol-compare').length, 1, 'two light comparisons: their rules adopted once');
    equal(document.adoptedStyleSheets.length, 3, 'the page stylesheet, the trend’s and the comparison’s: nothing else');
  });

  describe('<rule-of-law-trend render-root="light">', () => {
    it('draws into the light DOM, where a document walk reaches the heading, the units, the legend, the notes, every figure as written and every source', async () => {
      const reports = syntheticYears();
      reports[1]!.indicators = reports[1]!.indicators.filter((indicator) => indicator.id !== PENALTIES);
      const element = await trend('light', (el) => {
        el.indicators = `${PENALTIES} ${VISITS}`;
        el.reports = reports;
      });
      equal(element.shadowRoot, null, 'no shadow root');
      ok(element.querySelector(':scope > .rol-host.rol-trend > figure.trend'), 'the chart in its box');
      equal(element.querySelectorAll('style, [style]').length, 0, 'no inline style');
      const text = documentText();
      for (const report of reports) {
        includes(text, `${yearOf(report)}年`, 'a year');
        includes(text, report.title, 'a source');
        includes(text, quantityIn(report, VISITS).written, 'a figure as written');
        if (report !== reports[1]) includes(text, quantityIn(report, PENALTIES).written, 'a figure as written');
      }
      for (const words of ['行政处罚', '接待居民来访人次', '单位：起', '无数据', '并非为零', '数据表']) includes(text, words);
      // The chart's name and description are text of the page too, and its references resolve in the page.
      const svg = element.querySelector('svg[role="img"]')!;
      includes(document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent ?? '', '单位：起');
      includes(document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent ?? '', `${yearOf(reports[1]!)}年 无数据`);
    });

    for (const chart of ['line', 'bars'] as const) {
      for (const theme of ['light', 'dark', 'high-contrast'] as const) {
        it(`looks exactly like the shadow chart: ${chart}, theme ${theme}, every element’s computed style`, async () => {
          const setup = (el: RuleOfLawTrend) => {
            el.chart = chart;
            el.theme = theme;
            el.indicators = `${PENALTIES} ${VISITS} ${FINES}`;
            el.reports = syntheticYears();
          };
          const shadow = await trend('shadow', setup);
          const light = await trend('light', setup);
          const count = expectSameLook(shadow, light, 'trend');
          ok(count > 100, `${count} elements compared`);
          equal(
            getComputedStyle(light.querySelector('.series.c2 .line, .series.c2 .bar')!).stroke,
            getComputedStyle(shadow.shadowRoot!.querySelector('.series.c2 .line, .series.c2 .bar')!).stroke,
          );
        });
      }
    }

    it('looks exactly like the shadow chart at 320 px (small multiples stacked, text at its real size)', async () => {
      const setup = (el: RuleOfLawTrend) => {
        el.indicators = `${PENALTIES} ${FINES}`;
        el.reports = syntheticYears();
      };
      expectSameLook(await trend('shadow', setup, '320px'), await trend('light', setup, '320px'), 'trend');
    });

    it('a 简→繁 toolbar’s conversion is kept through re-renders that do not change the data (requestUpdate, theme, a new width); new data brings fresh text', async () => {
      const reports = syntheticYears();
      const element = await trend('light', (el) => {
        el.indicators = `${PENALTIES} ${VISITS}`;
        el.reports = reports;
      });
      const changed = convertPage();
      ok(changed > 20, `the toolbar changed ${changed} text nodes`);
      const converted = documentText();
      includes(converted, toTraditional('行政处罚'));
      includes(converted, toTraditional(`${reports[0]!.title}`));
      excludes(converted, '行政处罚');

      element.requestUpdate();
      await redrawn(element);
      element.theme = 'dark';
      await redrawn(element);
      const svg = element.querySelector('svg[role="img"]')!;
      const wide = svg.getAttribute('width');
      // Its ResizeObserver alone redraws it (a page in a background tab gets no observations: this one is brought to the front).
      const release = await keepPageVisible();
      try {
        (element.parentElement as HTMLElement).style.width = `${Number(wide) + 120}px`;
        await until(element, () => svg.getAttribute('width') !== wide);
      } finally {
        release();
      }
      await redrawn(element);
      equal(element.querySelector('.rol-trend')!.getAttribute('data-theme'), 'dark', 'the theme re-render did happen');
      ok(svg.getAttribute('width') !== wide, `redrawn at the new width (${wide} → ${svg.getAttribute('width')})`);
      equal(convertPage(), 0, 'nothing was reverted: the toolbar finds nothing left to convert');
      excludes(documentText(), '行政处罚');

      const fresh = await textAfterNewData(element, () => (element.reports = structuredClone(reports)), redrawn);
      includes(fresh, '行政处罚', 'fresh simplified text');
      includes(fresh, reports[0]!.title);
      excludes(fresh, '處罰', 'the old converted text is gone');
    });

    it('keyboard: the same tab stops, arrow, Home/End, Enter and Space behaviour as the shadow chart, and moving the focus keeps a toolbar’s conversion', async () => {
      const logs: Record<Root, string[]> = { shadow: [], light: [] };
      for (const root of ['shadow', 'light'] as const) {
        const element = await trend(root, (el) => {
          el.indicators = TWO_CHARTS;
          el.reports = syntheticYears();
        });
        const log = logs[root];
        element.addEventListener('rol-select', (event) => log.push(`rol-select ${event.detail.indicatorId} ${event.detail.category} ${event.detail.value}`));
        log.push(...(await tabStops(element)));
        const scope = element.shadowRoot ?? element;
        const points = [...scope.querySelectorAll<SVGGElement>('[part="point"]')];
        equal(points.filter((point) => point.getAttribute('tabindex') === '0').length, 2, `${root}: one tab stop per chart`);
        if (root === 'light') convertPage();
        points.find((point) => point.getAttribute('tabindex') === '0')!.focus();
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End', 'Enter', 'Home', 'Space', 'ArrowLeft']) {
          await sendKeys({ press: key });
          await settled(element);
          log.push(`${key} → ${describeFocus()}`);
        }
        const target = [...scope.querySelectorAll<SVGGElement>('[part="point"]')].at(-1)!;
        target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        if (root === 'light') equal(convertPage(), 0, 'moving the focus did not revert the toolbar’s conversion');
        cleanup();
      }
      ok(logs.shadow.filter((line) => line.startsWith('rol-select')).length === 3, `Enter, Space and a click select: ${logs.shadow.join('\n')}`);
      ok(
        logs.shadow.some((line) => line.startsWith('ArrowDown') && !line.includes('enforcement.inspection_records')),
        'the log covers moving across series',
      );
      deepEqual(logs.light, logs.shadow, 'the same keyboard behaviour');
    });
  });

  describe('<rule-of-law-compare render-root="light">', () => {
    it('draws into the light DOM, where a document walk reaches every label, both figures as written, each change and direction, the notes and the sources', async () => {
      const { previous, current } = handMadePair();
      const element = await compare('light', (el) => Object.assign(el, { previous, current }));
      equal(element.shadowRoot, null, 'no shadow root');
      ok(element.querySelector(':scope > .rol-host.rol-compare > section.compare'), 'the comparison in its box');
      equal(element.querySelectorAll('style, [style]').length, 0, 'no inline style');
      const text = documentText();
      for (const report of [previous, current]) {
        includes(text, report.title, 'a source');
        for (const indicator of report.indicators) {
          includes(text, indicator.label['zh-CN'], 'a label');
          if (indicator.kind !== 'breakdown' && indicator.quantity) includes(text, indicator.quantity.written ?? '', 'a figure as written');
        }
      }
      for (const words of ['2024年与2023年对比', '增加4起', '增长9.8%', '▲ 上升', '至少增加96人次', '上升2.3个百分点', '说明']) includes(text, words);
    });

    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`looks exactly like the shadow comparison: theme ${theme}, every element’s computed style`, async () => {
        const setup = (el: RuleOfLawCompare) => Object.assign(el, { theme }, handMadePair());
        const count = expectSameLook(await compare('shadow', setup), await compare('light', setup), 'compare');
        ok(count > 100, `${count} elements compared`);
      });
    }

    it('looks exactly like the shadow comparison at 320 px (rows stacked into label–value pairs)', async () => {
      const setup = (el: RuleOfLawCompare) => Object.assign(el, handMadePair());
      const light = await compare('light', setup, '320px');
      expectSameLook(await compare('shadow', setup, '320px'), light, 'compare');
      equal(getComputedStyle(light.querySelector('tr.row td')!, '::before').content, '"2023年"', 'the container query applies in the page');
      const scroller = light.querySelector<HTMLElement>('.table-scroll')!;
      ok(scroller.scrollWidth <= scroller.clientWidth + 1, 'no sideways scrolling');
    });

    it('a 简→繁 toolbar’s conversion is kept through re-renders that do not change the data (requestUpdate, theme); new data brings fresh text', async () => {
      const [, , previous, current] = syntheticYears() as [Report, Report, Report, Report];
      const element = await compare('light', (el) => Object.assign(el, { previous, current }));
      const changed = convertPage();
      ok(changed > 20, `the toolbar changed ${changed} text nodes`);
      includes(documentText(), toTraditional('2023年与2022年对比'));
      element.requestUpdate();
      await settled(element);
      element.setAttribute('theme', 'high-contrast');
      await settled(element);
      equal(element.querySelector('.rol-compare')!.getAttribute('data-theme'), 'high-contrast', 'the re-render did happen');
      equal(convertPage(), 0, 'nothing was reverted');

      const fresh = await textAfterNewData(element, () => (element.current = structuredClone(current)), settled);
      includes(fresh, '2023年与2022年对比', 'fresh simplified text');
      includes(fresh, '行政处罚');
      excludes(fresh, '處罰', 'the old converted text is gone');
    });

    it('keyboard: the same tab stops as the shadow comparison (each table’s scroll region, then out)', async () => {
      const stops: Record<Root, string[]> = { shadow: [], light: [] };
      for (const root of ['shadow', 'light'] as const) {
        stops[root] = await tabStops(await compare(root, (el) => Object.assign(el, handMadePair())));
        cleanup();
      }
      ok(stops.shadow.length >= 2, `tab stops: ${stops.shadow.join(' | ')}`);
      deepEqual(stops.light, stops.shadow);
    });
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`several in one page beside a light report (theme ${theme}): ids unique in the page, references resolve within each element, axe finds nothing`, async () => {
      const report = create('rule-of-law-report', (el) => {
        el.setAttribute('render-root', 'light');
        el.theme = theme;
      });
      const loaded = nextEvent(report, 'rol-load');
      report.report = await referenceReport();
      await loaded;
      const elements: Element[] = [
        report,
        await trend('light', (el) => {
          el.theme = theme;
          el.indicators = `${PENALTIES} ${VISITS} ${FINES}`;
          el.reports = syntheticYears();
        }),
        await trend('light', (el) => {
          el.theme = theme;
          el.chart = 'bars';
          el.setAttribute('lang', 'en');
          el.indicators = `${PENALTIES} ${VISITS} ${FINES}`;
          el.reports = syntheticYears();
        }),
        await compare('light', (el) => Object.assign(el, { theme }, handMadePair())),
        await compare('light', (el) => {
          el.theme = theme;
          el.setAttribute('lang', 'en');
          const [, , previous, current] = syntheticYears();
          Object.assign(el, { previous, current });
        }),
      ];
      const ids = [...document.querySelectorAll('[id]')].map((node) => node.id);
      equal(new Set(ids).size, ids.length, 'ids are unique in the page');
      ok(elements[2]!.querySelector('path.mark[fill^="url(#"]'), 'the bars carry their patterns');
      for (const element of elements) {
        expectOwnIds(element);
        await expectAccessible(element, `(${element.localName}, ${theme})`);
      }
    });
  }
});

/**
 * Breaks the CSP of `page` once on purpose (a fetch to another origin, refused by `connect-src 'self'`) and
 * resolves when that violation's event has come, taking it out of `violations` (each written as
 * `<directive> <blocked URI>`). Chromium dispatches violation events in the order the violations happen, so any
 * that the page's work so far caused has been reported by then.
 */
async function violationReported(page: Window & typeof globalThis, violations: string[]): Promise<void> {
  const canary = 'http://127.0.0.1:9/csp-canary';
  const isCanary = (violation: string) => violation.includes('http://127.0.0.1:9');
  await new Promise<void>((resolve) => {
    const seen = (event: SecurityPolicyViolationEvent) => {
      if (!event.blockedURI.startsWith('http://127.0.0.1:9')) return;
      page.document.removeEventListener('securitypolicyviolation', seen);
      resolve();
    };
    page.document.addEventListener('securitypolicyviolation', seen);
    page.fetch(canary).catch(() => undefined);
  });
  const index = violations.findIndex(isCanary);
  if (index >= 0) violations.splice(index, 1);
}

describe('the drop-ins (built by `npm run build`)', () => {
  const bundle = async (name: string): Promise<string> => {
    const response = await fetch(`/packages/elements/dist/${name}`);
    if (!response.ok) throw new Error(`packages/elements/dist/${name} is missing: run \`npm run build\` first (npm test does).`);
    return response.text();
  };

  it('the trend’s and comparison’s rules are in rule-of-law-all.min.js only, not in the plain rule-of-law.min.js', async () => {
    const [plain, all] = await Promise.all([bundle('rule-of-law.min.js'), bundle('rule-of-law-all.min.js')]);
    // One rule of each that no other element has.
    const markers = ['.swatch-line{inline-size:2.25em}', '.cmp tr.row td::before{content:attr(data-label)'];
    for (const marker of markers) {
      includes(all, marker);
      excludes(plain, marker, 'the plain drop-in stays without them');
    }
    includes(plain, 'render-root', 'the plain drop-in has the light DOM');
  });

  it('rule-of-law-all.min.js under a strict CSP: light trend and comparison drawn and styled by adopted sheets, no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '600px';
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'">
<title>light DOM under a strict CSP</title><script type="module" src="/packages/elements/dist/rule-of-law-all.min.js"></script></head>
<body><rule-of-law-trend render-root="light" indicators="${PENALTIES}"></rule-of-law-trend><rule-of-law-compare render-root="light"></rule-of-law-compare></body></html>`;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await ready;
      const page = frame.contentWindow! as Window & typeof globalThis;
      const violations: string[] = [];
      page.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      await page.customElements.whenDefined('rule-of-law-compare');
      const [trendElement, compareElement] = [page.document.querySelector('rule-of-law-trend')!, page.document.querySelector('rule-of-law-compare')!];
      const drawn = Promise.all([nextEvent(trendElement, 'rol-load'), nextEvent(compareElement, 'rol-load')]);
      // Objects of the page's own realm, as its scripts would give them.
      const reports = page.JSON.parse(JSON.stringify(syntheticYears())) as Report[];
      Object.assign(trendElement, { reports });
      Object.assign(compareElement, { previous: reports[2], current: reports[3] });
      await drawn;
      await Promise.all([measured(trendElement), settled(compareElement)]);
      // A violation of our own, reported after any the drawing caused (Chromium reports them in order).
      await violationReported(page, violations);
      equal(trendElement.shadowRoot, null);
      equal(page.document.adoptedStyleSheets.length, 3, 'the page stylesheet, the trend’s and the comparison’s');
      equal(page.getComputedStyle(trendElement.querySelector('figure.trend')!).borderTopStyle, 'solid', 'the trend panel is styled');
      equal(page.getComputedStyle(compareElement.querySelector('table.cmp')!).tableLayout, 'fixed', 'the comparison table is styled');
      includes(trendElement.textContent ?? '', quantityIn(reports[3]!, PENALTIES).written);
      deepEqual(violations, []);
    } finally {
      frame.remove();
    }
  });
});
