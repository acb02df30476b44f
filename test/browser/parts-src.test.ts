// The parts on their own (figure, rate, breakdown, findings) take the report as <rule-of-law-report>
// does: a `src` URL or an inline JSON child, with `indicator` naming what to show; loading, errors with a retry, and rol-load / rol-error
// once per outcome. Given `report` or `data`, they neither fetch nor fire rol-load (inside a report,
// that would flood the page with events).
import '../../packages/elements/src/index.js';
import { equal, includes, ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepText, mount, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { quiescent } from './helpers/wait.js';

afterEach(cleanup);

const REFERENCE = '/examples/hangzhoudao-2023.json';

/** Counts the events of each name an element fires from now on. */
function countEvents(element: Element): Record<'rol-load' | 'rol-error', number> {
  const counts = { 'rol-load': 0, 'rol-error': 0 };
  element.addEventListener('rol-load', () => counts['rol-load']++);
  element.addEventListener('rol-error', () => counts['rol-error']++);
  return counts;
}

/** How many requests the test server has received for `src` (a URL from `uniqueSlow`), counted as they arrive. */
async function requestsFor(src: string): Promise<number> {
  const key = new URL(src, location.href).searchParams.get('for')!;
  const response = await fetch(`/__rol/hits?for=${key}`, { cache: 'no-store' });
  return (await response.json()) as number;
}

/** A URL of the slow endpoint no other test asks for, answering after `ms`. */
const uniqueSlow = (ms: number): string => `/__rol/slow?ms=${ms}&for=${Math.random().toString(36).slice(2)}`;

/** A part showing `indicator` of the report at `src`, with `setup` applied first (e.g. a language or a time limit). */
function partFrom<K extends 'rule-of-law-figure' | 'rule-of-law-rate'>(
  tag: K,
  indicator: string,
  src: string,
  setup: (element: HTMLElementTagNameMap[K]) => void = () => {},
): HTMLElementTagNameMap[K] {
  return create(tag, (el) => {
    setup(el);
    el.setAttribute('indicator', indicator);
    el.src = src;
  });
}

const PENALTIES = 'enforcement.civility.penalties';

describe('elements with the same src share one request', () => {
  it('a report and its parts on one page download their src once, and each draws and fires rol-load once', async () => {
    const src = uniqueSlow(200);
    const report = create('rule-of-law-report', (el) => (el.src = src));
    const figure = partFrom('rule-of-law-figure', PENALTIES, src);
    const rate = partFrom('rule-of-law-rate', 'enforcement.duty_performance_rate', src);
    const counts = [report, figure, rate].map(countEvents);
    await Promise.all([report, figure, rate].map((element) => nextEvent(element, 'rol-load')));
    await Promise.all([report, figure, rate].map(settled));
    equal(await requestsFor(src), 1, 'one request for three elements');
    includes(deepText(report.shadowRoot!), '996余人次');
    equal(deepText(deepQuery(figure, '[part="value"]')), '9起');
    includes(deepText(rate.shadowRoot!), '96.2%');
    await Promise.all([report, figure, rate].map(quiescent));
    equal(counts.map((count) => count['rol-load']).join(), '1,1,1');
  });

  it('one element leaving the page does not abandon the request for the others', async () => {
    const src = uniqueSlow(300);
    const leaving = partFrom('rule-of-law-figure', PENALTIES, src);
    const staying = partFrom('rule-of-law-figure', PENALTIES, src);
    await settled(leaving);
    leaving.remove();
    await nextEvent(staying, 'rol-load');
    await settled(staying);
    equal(deepText(deepQuery(staying, '[part="value"]')), '9起');
    equal(await requestsFor(src), 1);
  });

  it('each element keeps its own time limit: a short one gives up with the timeout alert, a longer one loads', async () => {
    // Answered at 10× the short limit.
    const src = uniqueSlow(1500);
    const impatient = partFrom('rule-of-law-figure', PENALTIES, src, (el) => {
      el.lang = 'en';
      el.timeout = 150;
    });
    const patient = partFrom('rule-of-law-figure', PENALTIES, src);
    const { detail } = await nextEvent(impatient, 'rol-error');
    equal(detail.kind, 'timeout');
    await settled(impatient);
    includes(deepText(deepQuery(impatient, '[role="alert"]')), '0.2 s');
    await nextEvent(patient, 'rol-load');
    await settled(patient);
    equal(deepText(deepQuery(patient, '[part="value"]')), '9起');
    equal(await requestsFor(src), 1);
  });
});

describe('parts with src or inline JSON', () => {
  it('<rule-of-law-breakdown src indicator>: loading, then the chart, and rol-load once', async () => {
    const element = create('rule-of-law-breakdown', (el) => {
      el.setAttribute('indicator', 'reconsideration.outcomes');
      el.setAttribute('chart', 'donut');
      el.setAttribute('src', '/__rol/slow?ms=300');
    });
    const counts = countEvents(element);
    await settled(element);
    ok(deepQuery(element, '[role="status"]'), 'a polite loading state while the JSON is on its way');
    const { detail } = await nextEvent(element, 'rol-load');
    equal(detail.report.indicators.length, 36);
    await settled(element);
    ok(deepQuery(element, '.plot-donut'), 'the donut is drawn');
    includes(deepText(deepQuery(element, 'table')), '维持');
    await quiescent(element);
    equal(counts['rol-load'], 1);
    equal(counts['rol-error'], 0);
  });

  it('<rule-of-law-figure> and <rule-of-law-rate> with src, in English', async () => {
    const figure = create('rule-of-law-figure', (el) => {
      el.lang = 'en';
      el.setAttribute('indicator', 'enforcement.civility.penalties');
      el.src = REFERENCE;
    });
    const rate = create('rule-of-law-rate', (el) => {
      el.setAttribute('indicator', 'enforcement.duty_performance_rate');
      el.src = REFERENCE;
    });
    await Promise.all([nextEvent(figure, 'rol-load'), nextEvent(rate, 'rol-load')]);
    await settled(figure);
    await settled(rate);
    equal(deepText(deepQuery(figure, '[part="value"]')), '9 cases');
    includes(deepText(rate.shadowRoot!), '96.2%');
  });

  it('<rule-of-law-findings src>: the report’s findings, and rol-load once', async () => {
    const element = create('rule-of-law-findings', (el) => {
      el.lang = 'en';
      el.src = REFERENCE;
    });
    const counts = countEvents(element);
    await nextEvent(element, 'rol-load');
    await settled(element);
    const text = deepText(element.shadowRoot!);
    includes(text, 'cover 1,345 batches of 1,355 batches (99.26%)', 'the petition channels finding');
    await quiescent(element);
    equal(counts['rol-load'], 1);
  });

  it('a 404: the alert with a retry, rol-error once; the retry loads the report', async () => {
    const element = create('rule-of-law-figure', (el) => {
      el.setAttribute('indicator', 'enforcement.civility.penalties');
      el.src = '/__rol/flaky/parts-src';
    });
    const counts = countEvents(element);
    const { detail } = await nextEvent(element, 'rol-error');
    equal(detail.status, 500);
    equal(detail.retryable, true);
    await settled(element);
    const alert = deepQuery(element, '[role="alert"]');
    includes(deepText(alert), '500');
    const retry = alert.querySelector('button');
    ok(retry, 'a retry button');
    const loaded = nextEvent(element, 'rol-load');
    retry.click();
    await loaded;
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '9起');
    equal(counts['rol-error'], 1, 'one rol-error for one failure');
  });

  it('an id the fetched report does not have: a not-found alert and rol-error, no retry', async () => {
    const element = create('rule-of-law-rate', (el) => {
      el.setAttribute('indicator', 'no.such_rate');
      el.src = REFERENCE;
    });
    const { detail } = await nextEvent(element, 'rol-error');
    equal(detail.kind, 'not-found');
    await settled(element);
    equal(deepQuery(element, '[role="alert"]').querySelector('button'), null);
  });

  it('an inline JSON child, as the report takes it', async () => {
    const report = await referenceReport();
    const element = mount('<rule-of-law-figure indicator="enforcement.civility.penalties"></rule-of-law-figure>');
    const loaded = nextEvent(element, 'rol-load');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(report);
    element.append(script);
    await loaded;
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '9起');
  });

  it('a report given while src is still loading wins: the late answer is dropped, no rol-load', async () => {
    const report = await referenceReport();
    const src = `/__rol/delayed?ms=300&title=late-${Date.now()}`;
    const element = create('rule-of-law-figure', (el) => {
      el.setAttribute('indicator', 'enforcement.civility.penalties');
      el.src = src;
    });
    // A witness sharing the element's request keeps it alive: the late answer does arrive, and its rol-load
    // says when (the element, had it still waited, would have had the same answer in the same task).
    const witness = partFrom('rule-of-law-figure', PENALTIES, src);
    const answered = nextEvent(witness, 'rol-load');
    const counts = countEvents(element);
    await settled(element);
    ok(deepQuery(element, '[role="status"]'), 'loading');
    element.report = report;
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '9起');
    equal((await answered).detail.report.title, src.split('title=')[1], 'the late answer arrived');
    await quiescent(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '9起', 'still the given report');
    equal(counts['rol-load'] + counts['rol-error'], 0, 'the abandoned fetch fires nothing');
  });

  it('`report` or `data` as a property wins over src, and fires no rol-load', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-figure', (el) => {
      el.setAttribute('indicator', 'enforcement.civility.penalties');
      el.report = report;
      el.src = '/__rol/status/404';
    });
    const counts = countEvents(element);
    // A witness fetching the same URL: had the element fetched it too, they would share the request, and the
    // element's rol-error would come in the witness's task.
    const witness = partFrom('rule-of-law-figure', PENALTIES, '/__rol/status/404');
    await nextEvent(witness, 'rol-error');
    await quiescent(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '9起');
    equal(counts['rol-load'] + counts['rol-error'], 0, 'no fetch outcome: nothing was fetched');
  });
});
