import '../../packages/elements/src/index.js';
import { deepEqual, equal, includes } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepQueryAll, deepText, referenceReport, settled } from './helpers/dom.js';

afterEach(cleanup);

describe('<rule-of-law-findings>', () => {
  it('lists the reference report’s findings by severity, with the partial-coverage finding for petitions', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-findings', (el) => {
      el.report = report;
    });
    await settled(element);
    const codes = deepQueryAll(element, '[part="finding"]').map((item) => item.getAttribute('data-code'));
    includes(codes.join(' '), 'partial-breakdown');
    includes(codes.join(' '), 'implied-denominator');
    const text = deepText(element);
    includes(text, '提示');
    includes(text, '1345批次');
    includes(text, '涉及指标：受理来电、来信、来访及网上转办件');
  });

  it('filters to one indicator with indicator="…" and re-renders when it changes', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-findings', (el) => {
      el.report = report;
      el.indicator = 'petitions.channels';
    });
    await settled(element);
    deepEqual(
      deepQueryAll(element, '[part="finding"]').map((item) => item.getAttribute('data-code')),
      ['mixed-units', 'partial-breakdown'],
    );
    element.indicator = 'enforcement.duty_performance_rate';
    await settled(element);
    deepEqual(
      deepQueryAll(element, '[part="finding"]').map((item) => item.getAttribute('data-code')),
      ['implied-denominator'],
    );
  });

  it('says so when there is nothing to report', async () => {
    const element = create('rule-of-law-findings', (el) => {
      el.items = [];
    });
    await settled(element);
    equal(deepText(deepQuery(element, '[part="empty"]')), '未发现数据不一致之处。');
  });
});
