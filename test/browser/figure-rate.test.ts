import '../../packages/elements/src/index.js';
import type { Indicator, Quantity, RateIndicator } from '@rule-of-law/core';
import { equal, includes, ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepText, nextEvent, referenceReport, settled } from './helpers/dom.js';

afterEach(cleanup);

describe('<rule-of-law-figure>', () => {
  it('shows a qualified figure as the report wrote it, and in English as 996+ person-visits', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-figure', (el) => {
      el.report = report;
      el.indicator = 'petitions.visits.persons';
    });
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '996余人次');
    includes(deepText(deepQuery(element, '[part="label"]')), '接待居民来访人次');
    element.lang = 'en';
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '996+ person-visits');
  });

  it('re-renders when the indicator property changes', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-figure', (el) => {
      el.report = report;
      el.indicator = 'enforcement.fines';
    });
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '24879.5元');
    element.indicator = 'enforcement.inspection_records';
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '897件', 'white space inside the written figure is dropped');
  });

  it('shows money written with 万 as written: 0.39万元', async () => {
    const report = await referenceReport();
    const byProcedure = report.indicators.find((indicator) => indicator.id === 'enforcement.platform_fines_by_procedure');
    const simple = byProcedure?.kind === 'breakdown' ? byProcedure.parts.find((part) => part.quantity.written.includes('万')) : undefined;
    ok(simple, 'the reference has the 简易程序 fines written as 0.39万元');
    const fines = {
      id: 'enforcement.simple_fines',
      family: 'enforcement',
      kind: 'amount',
      label: { 'zh-CN': '简易程序罚款' },
      quantity: simple.quantity,
    } as Indicator;
    const element = create('rule-of-law-figure', (el) => {
      el.data = fines;
    });
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '0.39万元');
    element.lang = 'en';
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '3,900 yuan');
  });

  it('takes an indicator copied out of a report as data, sectionId and all', async () => {
    const report = await referenceReport();
    const copied = structuredClone(report.indicators.find((indicator) => indicator.id === 'enforcement.civility.penalties'));
    ok(copied?.sectionId, 'the indicator names its section in the report');
    const element = create('rule-of-law-figure', (el) => {
      el.data = copied;
    });
    await settled(element);
    equal(element.shadowRoot!.querySelector('[role="alert"]'), null, 'no error');
    equal(deepText(deepQuery(element, '[part="value"]')), '9起', 'the figure is shown as written');
  });

  it('shows an alert and fires rol-error for an unknown indicator id', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-figure');
    const error = nextEvent(element, 'rol-error');
    element.report = report;
    element.indicator = 'no.such_indicator';
    const { detail } = await error;
    equal(detail.kind, 'not-found');
    const alert = deepQuery(element, '[role="alert"]');
    includes(deepText(alert), '报告中没有指标“no.such_indicator”');
  });
});

const percent = (value: number): Quantity => ({ value, unit: 'percent', written: `${value}%` });
const cases = (value: number): { quantity: Quantity } => ({ quantity: { value, unit: '件', written: `${value}件` } });

/** A `<rule-of-law-rate>` drawing a rate indicator with these fields, once it has settled. */
async function drawnRate(fields: Partial<RateIndicator> & Pick<RateIndicator, 'label'>): Promise<HTMLElement> {
  const data: RateIndicator = { id: 'demo.rate', family: 'reconsideration', kind: 'rate', ...fields };
  const element = create('rule-of-law-rate', (el) => {
    el.data = data;
  });
  await settled(element);
  return element;
}

describe('<rule-of-law-rate>', () => {
  it('shows 96.2% with 102 / 106 项, the denominator marked as implied', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-rate', (el) => {
      el.report = report;
      el.indicator = 'enforcement.duty_performance_rate';
    });
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '96.2%');
    equal(deepText(deepQuery(element, '[part="fraction"]')), '102 / 106 项 (推算)');
    includes(deepText(deepQuery(element, '[part="mark"]')), '106项');
    const fill = deepQuery(element, 'rect.fill');
    equal(fill.getAttribute('width'), '96.2');
  });

  it('marks a stated rate that does not reconcile with its numerator and denominator', async () => {
    const element = await drawnRate({ label: { 'zh-CN': '办结率' }, quantity: percent(90), numerator: cases(8), denominator: cases(10) });
    equal(deepText(deepQuery(element, '[part="fraction"]')), '8 / 10 件');
    const mark = deepQuery(element, '.mark.mismatch');
    includes(deepText(mark), '与分子、分母不符');
    includes(deepText(mark), '80%');
    ok(mark.textContent?.includes('⚠'), 'a symbol besides the colour');
  });

  it('shows a year-on-year change with its direction, the earlier figure in words and no bar', async () => {
    // "收案486件，同比下降32.96%（上年725件）": 239 ÷ 725 = 32.9655…%, cut off.
    const element = await drawnRate({
      formula: 'decrease',
      label: { 'zh-CN': '收案同比', en: 'Cases on the year before' },
      quantity: percent(32.96),
      numerator: cases(486),
      denominator: cases(725),
    });
    equal(deepText(deepQuery(element, '[part="value"]')), '下降32.96%');
    equal(deepText(deepQuery(element, '[part="fraction"]')), '486件，较上期 725件下降32.97%');
    includes(deepText(deepQuery(element, '.mark.match')), '与本期、上期数相符');
    equal(element.shadowRoot!.querySelector('[part="bar"]'), null, 'no bar: a change is no share of a whole');
    element.lang = 'en';
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), 'down 32.96%');
    equal(deepText(deepQuery(element, '[part="fraction"]')), '486 items, down 32.97% on 725 items the year before');
  });

  it('shows a multiple in times, its two figures and no bar (复议诉讼比值达2.6: 8745 ÷ 3362 = 2.601)', async () => {
    const element = await drawnRate({
      formula: 'multiple',
      label: { 'zh-CN': '复议诉讼比值', en: 'Reconsideration to litigation ratio' },
      quantity: { value: 2.6, unit: '倍', written: '2.6' },
      numerator: cases(8745),
      denominator: cases(3362),
    });
    equal(deepText(deepQuery(element, '[part="value"]')), '2.6', 'the figure as written');
    equal(deepText(deepQuery(element, '[part="fraction"]')), '8745 / 3362 件');
    includes(deepText(deepQuery(element, '.mark.match')), '相符');
    equal(element.shadowRoot!.querySelector('[part="bar"]'), null, 'no bar: a multiple is no share of a whole');
    element.lang = 'en';
    await settled(element);
    equal(deepText(deepQuery(element, '[part="value"]')), '2.6×');
  });

  it('marks a stated increase whose figures fell, saying which way they went', async () => {
    const element = await drawnRate({ formula: 'increase', label: { 'zh-CN': '收案同比' }, quantity: percent(5), numerator: cases(486), denominator: cases(725) });
    equal(deepText(deepQuery(element, '[part="value"]')), '增长5%');
    const mark = deepQuery(element, '.mark.mismatch');
    includes(deepText(mark), '与本期、上期数不符：按其计算为下降32.97%');
    ok(mark.textContent?.includes('⚠'), 'a symbol besides the colour');
  });

  it('refuses a breakdown with a visible error', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-rate', (el) => {
      el.report = report;
      el.indicator = 'reconsideration.outcomes';
    });
    await settled(element);
    includes(deepText(deepQuery(element, '[role="alert"]')), '不是比率类指标');
  });
});
