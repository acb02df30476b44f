// Breakdown part notes (`parts[].note`) in the elements: a 说明/Note column of the breakdown's table, each note
// in its part's row, in the report's language, as text; in the report (shadow root and light DOM, both layouts)
// and in <rule-of-law-breakdown> on its own. The static HTML is checked in test/elements/static/part-notes.test.ts.
import '../../packages/elements/src/index.js';
import type { Report } from '@rule-of-law/core';
import { expectAccessible } from './helpers/axe.js';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepQueryAll, nextEvent, referenceReport, settled } from './helpers/dom.js';

afterEach(cleanup);

type Breakdown = Extract<Report['indicators'][number], { kind: 'breakdown' }>;

const NOTES: Readonly<Record<string, Breakdown['note']>> = {
  uphold: { 'zh-CN': '含经听证后维持2件', en: 'Including 2 upheld after a hearing' },
  pending: { 'zh-CN': '均为2023年12月受理' },
};

async function withNotes(): Promise<Report> {
  const report = await referenceReport();
  const outcomes = report.indicators.find((indicator) => indicator.id === 'reconsideration.outcomes') as Breakdown;
  for (const part of outcomes.parts) if (NOTES[part.category]) part.note = NOTES[part.category];
  return report;
}

/** The cells of each row of a table, as text. */
const rows = (table: Element): string[][] =>
  [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** The table of the reconsideration outcomes, wherever the element drew it. */
const outcomesTable = (element: Element): HTMLTableElement =>
  deepQueryAll<HTMLTableElement>(element, 'table').find(
    (table) => table.caption?.textContent?.includes('行政复议案件') || table.caption?.textContent?.includes('Reconsideration cases'),
  )!;

for (const root of ['shadow', 'light'] as const) {
  describe(`part notes in <rule-of-law-report render-root="${root}">`, () => {
    it('zh-CN: a 说明 column with each note in its part’s row, no note column in the other tables; the same in the compact layout', async () => {
      const element = create('rule-of-law-report', (el) => {
        if (root === 'light') el.setAttribute('render-root', 'light');
      });
      const loaded = nextEvent(element, 'rol-load');
      element.report = await withNotes();
      await loaded;
      await settled(element);
      const table = outcomesTable(element);
      ok(table, 'the outcomes table');
      deepEqual(rows(table), [
        ['类别', '数量', '占比', '归类', '说明'],
        ['维持', '6件', '37.5%', '审结', '含经听证后维持2件'],
        ['驳回行政复议申请', '3件', '18.75%', '审结', ''],
        ['行政复议终止', '4件', '25%', '审结', ''],
        ['正在审理', '3件', '18.75%', '审理中', '均为2023年12月受理'],
        ['合计', '16件', '100%', '', ''],
      ]);
      equal(deepQueryAll(element, 'td.part-note').length, 5, 'one note cell per row of that table (4 parts and the total), and none elsewhere');
      const note = [...table.querySelector('td.part-note span')!.childNodes].filter((node) => node.nodeType !== Node.COMMENT_NODE);
      deepEqual(
        note.map((node) => [node.nodeType, node.textContent]),
        [[Node.TEXT_NODE, '含经听证后维持2件']],
        'the note is one text node',
      );
      await expectAccessible(element, `(part notes, ${root})`);

      // The compact layout: the same column, in the table one click away.
      element.setAttribute('layout', 'compact');
      await settled(element);
      const collapsed = outcomesTable(element);
      ok(collapsed.closest('details.table-details'), 'the table is in its <details>');
      deepEqual(rows(collapsed)[1], ['维持', '6件', '37.5%', '审结', '含经听证后维持2件']);
    });

    it('en: the English note, or the Chinese one marked lang="zh-CN"', async () => {
      const element = create('rule-of-law-report', (el) => {
        if (root === 'light') el.setAttribute('render-root', 'light');
        el.setAttribute('lang', 'en');
      });
      const loaded = nextEvent(element, 'rol-load');
      element.report = await withNotes();
      await loaded;
      await settled(element);
      const table = outcomesTable(element);
      deepEqual(rows(table)[0], ['Category', 'Number', 'Share', 'Groups', 'Note']);
      const notes = [...table.querySelectorAll('td.part-note span')];
      deepEqual(
        notes.map((span) => [span.textContent, span.getAttribute('lang')]),
        [
          ['Including 2 upheld after a hearing', null],
          ['均为2023年12月受理', 'zh-CN'],
        ],
      );
    });
  });
}

describe('part notes in <rule-of-law-breakdown> on its own', () => {
  it('given the indicator directly (`data`), and markup in a note stays text', async () => {
    const report = await withNotes();
    const data = structuredClone(report.indicators.find((indicator) => indicator.id === 'reconsideration.outcomes') as Breakdown);
    data.parts[1]!.note = { 'zh-CN': '<img src=x onerror="window.__rolPartNote=1">驳回' };
    const element = create('rule-of-law-breakdown', (el) => (el.data = data));
    await settled(element);
    const table = deepQuery<HTMLTableElement>(element, 'table');
    deepEqual(
      rows(table).map((row) => row.at(-1)),
      ['说明', '含经听证后维持2件', '<img src=x onerror="window.__rolPartNote=1">驳回', '', '均为2023年12月受理', ''],
    );
    equal(deepQueryAll(element, 'img').length, 0, 'no element made of the note');
  });
});
