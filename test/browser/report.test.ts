import '../../packages/elements/src/index.js';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { equal, excludes, includes, ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepQueryAll, deepText, mount, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { setPageLang } from './helpers/wait.js';

afterEach(cleanup);

async function loaded(element: RuleOfLawReport): Promise<void> {
  await nextEvent(element, 'rol-load');
  await settled(element);
}

describe('<rule-of-law-report>', () => {
  it('renders the reference report from the `report` property: header, sections, figures, charts, findings', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-report', (el) => {
      el.report = report;
    });
    await loaded(element);
    const text = deepText(element);
    includes(text, '天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告');
    includes(text, '2023年11月20日', 'signed on');
    includes(text, '2024年3月26日', 'published on');
    for (const family of ['行政执法', '生态环境', '行政复议', '行政诉讼', '信访', '法律顾问']) includes(text, family);
    includes(text, '996余人次', 'a qualified figure kept verbatim');
    includes(text, '0.39万元', 'money kept as written');
    includes(text, '96.2%');
    includes(text, '1355批次');
    includes(text, '数据核对结果', 'findings panel');
    const breakdowns = report.indicators.filter((indicator) => indicator.kind === 'breakdown').length;
    equal(deepQueryAll(element, 'rule-of-law-breakdown').length, breakdowns, 'one chart per breakdown');
    ok(deepQuery(element, 'rule-of-law-findings'));
  });

  it('loads the same report from `src`, showing a loading state first', async () => {
    const element = create('rule-of-law-report', (el) => {
      el.src = '/__rol/slow?ms=300';
    });
    await element.updateComplete;
    const status = deepQuery(element, '[role="status"]');
    includes(deepText(status), '正在加载报告');
    await loaded(element);
    includes(deepText(element), '行政复议');
  });

  it('loads the same report from an inline <script type="application/json"> child', async () => {
    const report = await referenceReport();
    const json = JSON.stringify(report).replace(/</g, '\\u003c');
    const element = mount<RuleOfLawReport>(`<rule-of-law-report><script type="application/json">${json}</script></rule-of-law-report>`);
    await loaded(element);
    includes(deepText(element), '1355批次');
  });

  it('shows an empty state, never a blank box, when given no data', async () => {
    const element = create('rule-of-law-report');
    await element.updateComplete;
    includes(deepText(element), '未提供报告数据');
  });

  it('re-renders when a property changes (guards useDefineForClassFields)', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-report', (el) => {
      el.report = report;
    });
    await loaded(element);
    includes(deepText(element), '行政执法');
    element.families = 'reconsideration';
    await settled(element);
    const sections = deepQueryAll(element, 'section.family');
    equal(sections.length, 1);
    excludes(deepText(element), '行政执法');
    element.findings = 'hide';
    await settled(element);
    equal(deepQueryAll(element, 'rule-of-law-findings').length, 0);
    const renamed = { ...report, title: '另一份报告' };
    const reloaded = nextEvent(element, 'rol-load');
    element.report = renamed;
    await reloaded;
    await settled(element);
    includes(deepText(element), '另一份报告');
  });

  it('shows families in the order named by `families`', async () => {
    const element = create('rule-of-law-report', (el) => {
      el.families = 'litigation, reconsideration';
      el.src = '/examples/hangzhoudao-2023.json';
    });
    await loaded(element);
    const order = deepQueryAll(element, 'section.family').map((section) => section.getAttribute('data-family'));
    equal(order.join(' '), 'litigation reconsideration');
  });

  it('speaks English when lang="en" and follows <html lang> changes', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-report', (el) => {
      el.report = report;
      el.setAttribute('lang', 'en');
    });
    await loaded(element);
    let text = deepText(element);
    includes(text, 'Administrative reconsideration');
    includes(text, '996+ person-visits');
    includes(text, '20 November 2023');
    includes(text, 'Consistency checks');
    element.removeAttribute('lang');
    const before = document.documentElement.lang;
    try {
      await setPageLang('en-GB');
      await settled(element);
      text = deepText(element);
      includes(text, 'Administrative litigation');
      await setPageLang('zh-CN');
      await settled(element);
      includes(deepText(element), '行政诉讼');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('fires rol-load with the validated report and its computed view', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-report');
    const event = nextEvent(element, 'rol-load');
    element.report = report;
    const { detail } = await event;
    equal(detail.report.title, report.title);
    ok(detail.computed.byId['reconsideration.outcomes']);
  });
});
