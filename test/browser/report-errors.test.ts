import '../../packages/elements/src/index.js';
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { equal, excludes, includes, ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepQueryAll, deepText, mount, nextEvent, referenceReport, settled } from './helpers/dom.js';

afterEach(cleanup);

/** Renders a report element with `setup`, waits for rol-error, and returns the event detail and the alert. */
async function failing(setup: (element: RuleOfLawReport) => void) {
  const element = create('rule-of-law-report');
  const error = nextEvent(element, 'rol-error');
  setup(element);
  const { detail } = await error;
  await settled(element);
  const alert = deepQuery(element, '[role="alert"]');
  return { element, detail, alert, text: deepText(alert) };
}

describe('<rule-of-law-report> error states', () => {
  it('404: shows an alert in the page language, a retry button, and fires rol-error with the status', async () => {
    const { detail, text, alert, element } = await failing((el) => {
      el.src = '/__rol/status/404';
    });
    equal(detail.kind, 'http');
    equal(detail.status, 404);
    equal(detail.retryable, true);
    equal(detail.issues.length, 1);
    includes(text, '无法显示报告');
    includes(text, '服务器未能提供报告数据（HTTP 404）');
    ok(alert.querySelector('button'), 'a retry button');
    equal(deepQueryAll(element, 'section').length, 0, 'nothing half-drawn');
  });

  it('500: the same, in English when the page is English', async () => {
    const { detail, text } = await failing((el) => {
      el.setAttribute('lang', 'en');
      el.src = '/__rol/status/500';
    });
    equal(detail.status, 500);
    includes(text, 'The report cannot be shown');
    includes(text, 'HTTP 500');
    includes(text, 'Try again');
  });

  it('invalid JSON: says so, with the parser’s reason', async () => {
    const { detail, text } = await failing((el) => {
      el.src = '/test/browser/fixtures/not-json.json';
    });
    equal(detail.kind, 'invalid');
    equal(detail.issues[0]?.code, 'not_json');
    includes(text, '不是有效的 JSON');
  });

  it('an HTML page where the JSON should be (a soft 404 with status 200): says it is a web page, with a retry', async () => {
    const { detail, text } = await failing((el) => {
      el.lang = 'en';
      el.src = '/examples/index.html';
    });
    equal(detail.kind, 'invalid');
    equal(detail.issues[0]?.code, 'not_json');
    includes(text, 'Not valid JSON but a web page (HTML or XML)');
    includes(text, 'Try again');
  });

  it('schema-invalid: lists every issue with where it is', async () => {
    const { detail, text } = await failing((el) => {
      el.src = '/test/browser/fixtures/schema-invalid.json';
    });
    equal(detail.kind, 'invalid');
    ok(detail.issues.length >= 2, 'the bad level and the bad unit');
    const pointers = detail.issues.map((issue) => issue.pointer);
    ok(pointers.includes('issuer.level'), pointers.join());
    ok(pointers.includes('indicators[0].quantity.unit'), pointers.join());
    includes(text, '报告数据不符合规范');
    includes(text, 'indicators[0].quantity.unit');
    includes(text, '未知单位');
  });

  it('schema-invalid given as a property: the same alert, without a retry button', async () => {
    const report = await referenceReport();
    const broken = { ...report, period: { start: '2023-12-31', end: '2023-01-01' } } as Report;
    const { detail, alert, text } = await failing((el) => {
      el.report = broken;
    });
    equal(detail.retryable, false);
    includes(text, 'period.end');
    equal(alert.querySelector('button'), null);
  });

  it('timeout: stops waiting after `timeout` ms and says so', async () => {
    const { detail, text } = await failing((el) => {
      el.timeout = 200;
      el.src = '/__rol/slow?ms=3000';
    });
    equal(detail.kind, 'timeout');
    includes(text, '等待报告数据超过 0.2 秒');
  });

  it('network failure: says so', async () => {
    const { detail, text } = await failing((el) => {
      el.src = 'http://127.0.0.1:9/report.json';
    });
    equal(detail.kind, 'network');
    includes(text, '网络错误');
  });

  it('invalid inline JSON: the alert and rol-error too', async () => {
    const element = mount<RuleOfLawReport>('<rule-of-law-report><script type="application/json">{ not json</script></rule-of-law-report>');
    const { detail } = await nextEvent(element, 'rol-error');
    equal(detail.kind, 'invalid');
    await settled(element);
    includes(deepText(deepQuery(element, '[role="alert"]')), '不是有效的 JSON');
  });

  it('retry after a failed fetch loads the report', async () => {
    const key = `retry-${Date.now()}`;
    const { element, alert } = await failing((el) => {
      el.src = `/__rol/flaky/${key}`;
    });
    const loaded = nextEvent(element, 'rol-load');
    alert.querySelector('button')!.click();
    await loaded;
    await settled(element);
    equal(deepQueryAll(element, '[role="alert"]').length, 0);
    includes(deepText(element), '1355批次');
  });

  it('abandons a slow fetch when `src` changes, with no stale error or report', async () => {
    const element = create('rule-of-law-report', (el) => {
      el.timeout = 1000;
      el.src = '/__rol/slow?ms=10000';
    });
    await element.updateComplete;
    // A witness with the same time limit, asking later for an answer that comes well after it: when it has timed
    // out, the abandoned request's time limit (set earlier, as long) has passed too — timers of equal delay run in
    // the order they were set, and an error would have been drawn and fired within that timer's task.
    const witness = create('rule-of-law-report', (el) => {
      el.timeout = 1000;
      el.src = `/__rol/slow?ms=10000&for=witness-${Date.now()}`;
    });
    const witnessTimedOut = nextEvent(witness, 'rol-error');
    await witness.updateComplete;
    const errors: Event[] = [];
    element.addEventListener('rol-error', (event) => errors.push(event));
    const loaded = nextEvent(element, 'rol-load');
    element.src = '/examples/hangzhoudao-2023.json';
    await loaded;
    equal((await witnessTimedOut).detail.kind, 'timeout', 'the witness timed out');
    await settled(element);
    equal(errors.length, 0, 'the abandoned request neither timed out nor failed visibly');
    excludes(deepText(element), '正在加载');
    includes(deepText(element), '行政复议');
  });

  it('shows the webmaster’s fallback content with the error', async () => {
    const element = mount<RuleOfLawReport>('<rule-of-law-report src="/__rol/status/404"><a slot="fallback" href="/report.txt">阅读原文</a></rule-of-law-report>');
    await nextEvent(element, 'rol-error');
    await settled(element);
    const slot = deepQuery<HTMLSlotElement>(element, 'slot[name="fallback"]');
    equal(slot.assignedElements()[0]?.textContent, '阅读原文');
  });
});
