import '../../packages/elements/src/all.js';
import type { Report } from '@rule-of-law/core';
import { THEMES, type RuleOfLawReport } from '../../packages/elements/src/all.js';
import { equal, excludes, includes, ok } from './helpers/assert.js';
import { expectAccessible } from './helpers/axe.js';
import { IMG, handMadePair, jsonUrl, quantityIn, syntheticYears } from './helpers/comparison-data.js';
import { cleanup, create, deepQuery, deepQueryAll, deepText, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { frameReport } from './helpers/frame.js';
import { requestedPaths } from './helpers/resources.js';
import { brokenImageReported, until } from './helpers/wait.js';

afterEach(cleanup);

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** A report element from `setup`, once it (and its previous report, when given as an object) has drawn. */
async function report(setup: (element: RuleOfLawReport) => void): Promise<RuleOfLawReport> {
  const element = create('rule-of-law-report');
  const loaded = nextEvent(element, 'rol-load');
  setup(element);
  await loaded;
  await settled(element);
  return element;
}

/** The change line beside the figure of indicator `id`. */
function changeOf(element: RuleOfLawReport, id: string): string {
  const figure = deepQueryAll(element, `[indicator="${id}"]`)[0];
  if (!figure) throw new Error(`no figure for ${id}`);
  const line = figure.parentElement?.querySelector('[part="change"]');
  if (!line) throw new Error(`no change beside ${id}`);
  return deepText(line);
}

/** Waits until the change lines are drawn (after a `previous-src` loads, which fires no event of its own). */
async function changesDrawn(element: RuleOfLawReport): Promise<void> {
  const root = element.shadowRoot ?? element;
  await until(root, () => root.querySelector('[part="change"]') !== null);
  await settled(element);
}

describe('<rule-of-law-report> with a previous report', () => {
  it('shows the change beside each figure: exact, at least, none, percentage points, new (zh-CN)', async () => {
    const { previous, current } = handMadePair();
    const element = await report((el) => {
      el.report = current;
      el.previous = previous;
    });
    equal(changeOf(element, 'enforcement.penalties'), '较上年 ▲ 增加4起');
    equal(changeOf(element, 'petitions.visits.persons'), '较上年 ▲ 至少增加96人次');
    includes(changeOf(element, 'petitions.letters'), '较上年 ？ 增减无法确定');
    equal(changeOf(element, 'enforcement.duty_performance_rate'), '较上年 ▲ 上升2.3个百分点');
    equal(changeOf(element, 'petitions.receptions'), '较上年 ？ 单位不同，不作比较');
    equal(changeOf(element, 'legal_advice.opinions'), '上年报告无此项');
    const comparedWith = deepText(deepQuery(element, '[part="compared-with"]'));
    includes(comparedWith, '对比报告');
    includes(comparedWith, previous.title);
    // The direction symbol is decoration: screen readers get the words.
    const symbol = deepQuery(element, '[part="change"] .symbol');
    equal(symbol.getAttribute('aria-hidden'), 'true');
  });

  it('in English: "▲ up 4 cases on last year"', async () => {
    const { previous, current } = handMadePair();
    const element = await report((el) => {
      el.setAttribute('lang', 'en');
      el.report = current;
      el.previous = previous;
    });
    equal(changeOf(element, 'enforcement.penalties'), '▲ up 4 cases on last year');
    equal(changeOf(element, 'petitions.visits.persons'), '▲ up at least 96 person-visits on last year');
    equal(changeOf(element, 'enforcement.duty_performance_rate'), '▲ up 2.3 percentage points on last year');
    equal(changeOf(element, 'legal_advice.opinions'), 'not in last year’s report');
    includes(deepText(deepQuery(element, '[part="compared-with"]')), 'Compared with');
  });

  it('synthetic years: the change is the difference of the two reports’ figures, computed by hand', async () => {
    const reports = syntheticYears();
    const [previous, current] = [reports[1]!, reports[3]!];
    const element = await report((el) => {
      el.report = current;
      el.previous = previous;
    });
    const before = quantityIn(previous, 'enforcement.inspection_records').value;
    const after = quantityIn(current, 'enforcement.inspection_records').value;
    const difference = after - before;
    const expected = difference > 0 ? `▲ 增加${difference}件` : difference < 0 ? `▼ 减少${-difference}件` : '＝ 持平';
    // Two years apart: named by year, not "last year".
    equal(changeOf(element, 'enforcement.inspection_records'), `较2021年 ${expected}`);
  });

  it('loads `previous-src` like `src`, and re-renders when it changes', async () => {
    const { previous, current } = handMadePair();
    const element = await report((el) => {
      el.report = current;
      el.previousSrc = jsonUrl(previous);
    });
    await changesDrawn(element);
    equal(changeOf(element, 'enforcement.penalties'), '较上年 ▲ 增加4起');
    const other = structuredClone(previous);
    const penalties = other.indicators.find((indicator) => indicator.id === 'enforcement.penalties');
    if (penalties?.kind === 'count') penalties.quantity = { value: 50, unit: '起', written: '50起' };
    element.previous = other;
    await settled(element);
    equal(changeOf(element, 'enforcement.penalties'), '较上年 ▼ 减少5起', 'the property takes precedence');
  });

  it('the reference report from its URL against a hand-edited 2022: 1355 → changes computed by hand', async () => {
    const reference = await referenceReport();
    const lastYear = structuredClone(reference) as Report;
    lastYear.period = { start: '2022-01-01', end: '2022-12-31' };
    lastYear.title = lastYear.title.replace('2023', '2022');
    const records = lastYear.indicators.find((indicator) => indicator.id === 'enforcement.inspection_records');
    if (records?.kind !== 'count') throw new Error('the reference report counts inspection records');
    const now = records.quantity.value;
    records.quantity = { ...records.quantity, value: now - 97, written: `${now - 97}件` };
    const element = await report((el) => {
      el.src = '/examples/hangzhoudao-2023.json';
      el.previous = lastYear;
    });
    await changesDrawn(element);
    equal(changeOf(element, 'enforcement.inspection_records'), '较上年 ▲ 增加97件');
    includes(changeOf(element, 'enforcement.penalties'), '持平');
  });

  for (const [status, lang, text] of [
    ['404', 'zh-CN', '无法加载对比报告'],
    ['500', 'en', 'could not be loaded'],
  ] as const) {
    it(`a ${status} for previous-src: an alert beside the report (${lang}), rol-error, the report still shown`, async () => {
      const { current } = handMadePair();
      const element = create('rule-of-law-report');
      const errors: CustomEvent[] = [];
      element.addEventListener('rol-error', (event) => errors.push(event));
      const failed = nextEvent(element, 'rol-error');
      element.setAttribute('lang', lang);
      element.report = current;
      element.previousSrc = `/__rol/status/${status}`;
      const { detail } = await failed;
      await settled(element);
      equal(detail.status, Number(status));
      equal(detail.src, `/__rol/status/${status}`);
      const alert = deepQuery(element, '[role="alert"]');
      includes(deepText(alert), text);
      includes(deepText(alert), `HTTP ${status}`);
      ok(alert.querySelector('button'), 'retry');
      ok(deepQueryAll(element, 'rule-of-law-figure').length > 0, 'the report is still shown');
      equal(deepQueryAll(element, '[part="change"]').length, 0);
      equal(errors.length, 1);
      await expectAccessible(element);
    });
  }

  it('a slow previous-src: a polite loading line, then a timeout alert', async () => {
    const { current } = handMadePair();
    const element = create('rule-of-law-report');
    const loaded = nextEvent(element, 'rol-load');
    const failed = nextEvent(element, 'rol-error');
    element.timeout = 1000;
    element.report = current;
    element.previousSrc = '/__rol/slow?ms=10000';
    await loaded;
    await settled(element);
    includes(deepText(deepQuery(element, '[part="compared-with"][role="status"]')), '正在加载对比报告');
    await expectAccessible(element);
    const { detail } = await failed;
    equal(detail.kind, 'timeout');
    await settled(element);
    includes(deepText(deepQuery(element, '[role="alert"]')), '1 秒');
  });

  it('render-root="light": the change lines are page text, styled as in the shadow root', async () => {
    const { previous, current } = handMadePair();
    const shadow = await report((el) => {
      el.report = current;
      el.previous = previous;
    });
    const light = create('rule-of-law-report', (el) => el.setAttribute('render-root', 'light'));
    const loaded = nextEvent(light, 'rol-load');
    light.report = current;
    light.previous = previous;
    await loaded;
    await settled(light);
    equal(light.shadowRoot, null);
    const lightLine = light.querySelector('.change')!;
    includes(lightLine.textContent ?? '', '增加4起');
    const shadowLine = deepQuery(shadow, '.change');
    for (const property of ['font-size', 'margin-top', 'font-variant-numeric', 'color']) {
      equal(getComputedStyle(lightLine).getPropertyValue(property), getComputedStyle(shadowLine).getPropertyValue(property), property);
    }
    equal(getComputedStyle(light.querySelector('.change .symbol')!).display, 'inline-block', 'the symbol rule applies');
  });

  it('without `previous` the report is as before: no change, no note', async () => {
    const element = await report((el) => {
      el.report = handMadePair().current;
    });
    equal(deepQueryAll(element, '[part="change"]').length, 0);
    equal(deepQueryAll(element, '[part="compared-with"]').length, 0);
    equal(deepQueryAll(element, '[part="compare-note"]').length, 0);
  });

  it('renders <script> and <img onerror> in labels and titles as text', async () => {
    delete window.__pwned;
    const { previous, current } = handMadePair({ hostile: true });
    const element = await report((el) => {
      el.report = current;
      el.previous = previous;
    });
    await brokenImageReported();
    includes(deepText(element), IMG);
    equal(deepQueryAll(element, 'img').length, 0);
    equal(deepQueryAll(element, 'script').length, 0);
    equal(window.__pwned, undefined);
  });

  for (const theme of THEMES.filter((name) => name !== 'auto')) {
    for (const lang of ['zh-CN', 'en']) {
      it(`axe: theme ${theme}, ${lang}, with changes: no violations`, async () => {
        const { previous, current } = handMadePair();
        const element = await report((el) => {
          el.theme = theme;
          el.setAttribute('lang', lang);
          el.report = current;
          el.previous = previous;
        });
        await expectAccessible(element, `(${theme}, ${lang})`);
      });
    }
  }
});

/** A page holding one drop-in bundle and `body`. `srcdoc`, so the test server injects nothing into it. */
function page(bundle: string, body: string, lang = 'zh-CN'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>drop-in</title>
<script type="module" src="/packages/elements/dist/${bundle}"></script></head><body>${body}</body></html>`;
}

/**
 * Loads `html` in an iframe and waits until its report has loaded and drawn, then until `check` holds (tested
 * after each change the report draws, e.g. once its `previous-src` has loaded).
 */
async function inFrame(html: string, check: (document: Document) => boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    const report = await frameReport(frame);
    await until(report.shadowRoot ?? report, () => check(frame.contentDocument!));
    await settled(report);
    return frame;
  } catch (error) {
    frame.remove();
    throw error;
  }
}

describe('the drop-in bundles and `previous`', () => {
  before(async () => {
    for (const bundle of ['rule-of-law.min.js', 'rule-of-law-all.min.js']) {
      const response = await fetch(`/packages/elements/dist/${bundle}`, { method: 'HEAD' });
      if (!response.ok) throw new Error(`packages/elements/dist/${bundle} is missing: run \`npm run build\` first.`);
    }
  });

  for (const [lang, note] of [
    ['zh-CN', '与上年比较需加载 rule-of-law-all.min.js'],
    ['en', 'Comparison needs rule-of-law-all.min.js'],
  ] as const) {
    it(`the plain drop-in: \`previous-src\` shows a visible note that comparing needs rule-of-law-all.min.js (${lang})`, async () => {
      const html = page(
        'rule-of-law.min.js',
        '<rule-of-law-report src="/examples/hangzhoudao-2023.json" previous-src="/examples/hangzhoudao-2023.json"></rule-of-law-report>',
        lang,
      );
      const frame = await inFrame(html, (doc) => deepText(doc.body).includes('rule-of-law-all.min.js'));
      try {
        const text = deepText(frame.contentDocument!.body);
        includes(text, note);
        excludes(text, '较上年');
        equal(frame.contentWindow!.customElements.get('rule-of-law-trend'), undefined, 'no trend in the plain drop-in');
        equal(frame.contentWindow!.customElements.get('rule-of-law-compare'), undefined, 'no compare in the plain drop-in');
      } finally {
        frame.remove();
      }
    });
  }

  it('rule-of-law-all.min.js: the report shows its changes, and the trend and compare elements are registered', async () => {
    const html = page(
      'rule-of-law-all.min.js',
      '<rule-of-law-report src="/examples/hangzhoudao-2023.json" previous-src="/examples/hangzhoudao-2023.json" findings="hide"></rule-of-law-report>',
    );
    const frame = await inFrame(html, (doc) => deepText(doc.body).includes('持平'));
    try {
      const win = frame.contentWindow!;
      for (const tag of [
        'rule-of-law-report',
        'rule-of-law-figure',
        'rule-of-law-rate',
        'rule-of-law-breakdown',
        'rule-of-law-findings',
        'rule-of-law-trend',
        'rule-of-law-compare',
      ]) {
        ok(win.customElements.get(tag), `${tag} is registered`);
      }
      excludes(deepText(frame.contentDocument!.body), 'rule-of-law-all.min.js');
      const requested = await requestedPaths(win, ['/examples/hangzhoudao-2023.json', '/packages/elements/dist/rule-of-law-all.min.js']);
      equal(
        requested.filter((path) => path !== '/examples/hangzhoudao-2023.json').join(),
        '/packages/elements/dist/rule-of-law-all.min.js',
        'nothing but the bundle and the data',
      );
    } finally {
      frame.remove();
    }
  });
});
