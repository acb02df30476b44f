import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { Indicator } from '@rule-of-law/core';
import { deepEqual, equal, includes, ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepQueryAll, deepText, nextEvent, referenceReport, settled } from './helpers/dom.js';

afterEach(cleanup);

async function breakdown(id: string, setup: (element: HTMLElementTagNameMap['rule-of-law-breakdown']) => void = () => {}) {
  const report = await referenceReport();
  const element = create('rule-of-law-breakdown', (el) => {
    el.report = report;
    el.indicator = id;
    setup(el);
  });
  await settled(element);
  return element;
}

function rows(element: Element): string[][] {
  return deepQueryAll(element, 'tbody tr').map((row) => Array.from(row.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

describe('<rule-of-law-breakdown>', () => {
  it('shows the reconsideration outcomes 6/3/4/3 of 16 with shares 37.5/18.75/25/18.75 % in a real table', async () => {
    const element = await breakdown('reconsideration.outcomes');
    const table = deepQuery(element, 'table');
    ok(table.querySelector('caption'), 'the table has a caption');
    deepEqual(
      rows(element).map((row) => row.slice(0, 3)),
      [
        ['维持', '6件', '37.5%'],
        ['驳回行政复议申请', '3件', '18.75%'],
        ['行政复议终止', '4件', '25%'],
        ['正在审理', '3件', '18.75%'],
      ],
    );
    includes(deepText(deepQuery(element, 'tfoot')), '16件');
  });

  it('marks pending cases by pattern and by text, not by colour alone', async () => {
    const element = await breakdown('reconsideration.outcomes');
    const marks = deepQueryAll(element, 'svg.drawing path.mark');
    equal(marks.length, 1, 'one patterned segment');
    equal(marks[0]!.getAttribute('fill'), 'url(#rol-hatch)');
    includes(deepText(deepQuery(element, '.legend')), '审理中', 'a text tag in the legend');
    const pendingRow = rows(element)[3]!;
    equal(pendingRow[3], '审理中', 'the group named in the table');
  });

  it('marks litigation losses with dots and names the group', async () => {
    const element = await breakdown('litigation.outcomes');
    const fills = deepQueryAll(element, 'svg.drawing path.mark').map((path) => path.getAttribute('fill'));
    deepEqual(fills, ['url(#rol-dots)', 'url(#rol-hatch)', 'url(#rol-hatch)']);
    includes(deepText(deepQuery(element, '.legend')), '败诉');
  });

  it('lists the derived official rates beneath the chart with their base', async () => {
    const element = await breakdown('reconsideration.outcomes');
    const text = deepText(deepQuery(element, '.derived'));
    includes(text, '纠错率');
    includes(text, '0 / 13件');
    includes(text, '审结案件');
    includes(text, '结案率');
    includes(text, '81.25%');
  });

  it('shows the petitions: 1355 batches, the channels, the not-itemised rest and the partial-coverage finding', async () => {
    const element = await breakdown('petitions.channels');
    const text = deepText(element);
    includes(text, '1355批次');
    for (const [label, value] of [
      ['接待居民来访', '631批次'],
      ['接待群众来电来信', '318批次'],
      ['政民零距离、党群心连心、地方领导留言板转办件', '184批次'],
      ['智慧信访系统转办单', '212件次'],
    ]) {
      ok(
        rows(element).some((row) => row[0] === label && row[1] === value),
        `${label} ${value}`,
      );
    }
    ok(
      rows(element).some((row) => row[0] === '未列明分项' && row[1] === '10批次'),
      'the rest of 1355 − 1345',
    );
    includes(deepText(deepQuery(element, '.notes')), '1345批次');
    includes(deepText(deepQuery(element, '.notes')), '列举不完全');
    includes(deepText(deepQuery(element, '.total')), '99.26%');
  });

  it('is a <figure> with a heading, a source caption and an SVG role="img" named and described from the data', async () => {
    const element = await breakdown('reconsideration.outcomes', (el) => {
      el.chart = 'donut';
    });
    const figure = deepQuery(element, 'figure');
    ok(figure.querySelector('h3'), 'a heading');
    includes(deepText(deepQuery(element, 'figcaption')), '天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告');
    const svg = deepQuery(element, 'svg[role="img"]');
    const root = element.shadowRoot!;
    const name = svg.getAttribute('aria-label') ?? '';
    const description = root.getElementById(svg.getAttribute('aria-describedby')!)?.textContent ?? '';
    includes(name, '滨海新区人民政府行政复议案件');
    includes(name, '16件');
    includes(description, '环形图');
    includes(description, '维持 6件，占 37.5%');
    includes(description, '正在审理（审理中） 3件，占 18.75%');
  });

  it('draws a stacked bar by default and a donut with chart="donut", re-rendering when the property changes', async () => {
    const element = await breakdown('reconsideration.outcomes');
    ok(deepQuery(element, '.plot-bar'));
    const widths = deepQueryAll(element, 'svg.drawing path.shape').map((path) => path.getAttribute('d'));
    equal(widths.length, 4);
    includes(widths[0]!, 'h300', 'uphold is 6/16 of 800 units wide');
    element.chart = 'donut';
    await settled(element);
    ok(deepQuery(element, '.plot-donut'), 'now a donut');
    includes(deepText(deepQuery(element, '.plot')), '16件');
  });

  it('moves between segments with the arrow keys and fires rol-select on Enter, Space and click', async () => {
    const element = await breakdown('reconsideration.outcomes');
    const targets = deepQueryAll<SVGPathElement>(element, '.target');
    equal(targets.length, 4);
    deepEqual(
      targets.map((target) => target.getAttribute('tabindex')),
      ['0', '-1', '-1', '-1'],
      'one tab stop (roving tabindex)',
    );
    equal(targets[0]!.getAttribute('role'), 'button');
    equal(targets[0]!.getAttribute('aria-label'), '维持 6件，占 37.5%');
    targets[0]!.focus();
    equal(element.shadowRoot!.activeElement, targets[0], 'the first segment takes focus');
    await sendKeys({ press: 'ArrowRight' });
    await settled(element);
    equal(element.shadowRoot!.activeElement?.getAttribute('data-index'), '1');
    let selected = nextEvent(element, 'rol-select');
    await sendKeys({ press: 'Enter' });
    let { detail } = await selected;
    deepEqual([detail.indicatorId, detail.category, detail.value, detail.share], ['reconsideration.outcomes', 'dismiss_application', 3, 18.75]);
    await sendKeys({ press: 'End' });
    await settled(element);
    selected = nextEvent(element, 'rol-select');
    await sendKeys({ press: 'Space' });
    ({ detail } = await selected);
    equal(detail.category, 'pending');
    selected = nextEvent(document, 'rol-select');
    targets[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    ({ detail } = await selected);
    equal(detail.label, '维持', 'the event bubbles out of the shadow root to the document');
  });

  it('works from the indicator data given directly', async () => {
    const data = {
      id: 'demo.outcomes',
      family: 'reconsideration',
      kind: 'breakdown',
      label: { 'zh-CN': '示例复议案件' },
      codelist: 'reconsideration_outcome',
      total: { value: 4, unit: '件', written: '4件' },
      parts: [
        { category: 'revoke', quantity: { value: 1, unit: '件', written: '1件' } },
        { category: 'uphold', quantity: { value: 3, unit: '件', written: '3件' } },
      ],
      exhaustive: true,
    } as Indicator;
    const element = create('rule-of-law-breakdown', (el) => {
      el.data = data;
      el.source = '示例数据';
    });
    await settled(element);
    deepEqual(
      rows(element).map((row) => row.slice(0, 3)),
      [
        ['撤销', '1件', '25%'],
        ['维持', '3件', '75%'],
      ],
    );
    includes(deepText(deepQuery(element, 'figcaption')), '示例数据');
    equal(deepQueryAll(element, 'svg.drawing path.mark').length, 1, 'the correction is marked');
    includes(deepText(deepQuery(element, '.derived')), '25%');
  });

  it('collapses the table into a <details> with table="collapsed"', async () => {
    const element = await breakdown('litigation.outcomes', (el) => {
      el.table = 'collapsed';
    });
    const details = deepQuery<HTMLDetailsElement>(element, 'details');
    equal(details.open, false);
    ok(details.querySelector('table'), 'the table is inside, one click away');
    includes(deepText(details.querySelector('summary')!), '查看数据表');
  });

  it('speaks English with lang="en"', async () => {
    const element = await breakdown('reconsideration.outcomes', (el) => el.setAttribute('lang', 'en'));
    deepEqual(
      rows(element).map((row) => row.slice(0, 3)),
      [
        ['Upheld', '6 items', '37.5%'],
        ['Application dismissed', '3 items', '18.75%'],
        ['Terminated', '4 items', '25%'],
        ['Pending', '3 items', '18.75%'],
      ],
    );
    includes(deepText(deepQuery(element, '.derived')), 'Correction rate');
  });
});
