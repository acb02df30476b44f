import '../../packages/elements/src/all.js';
import type { Report } from '@rule-of-law/core';
import { THEMES, type RuleOfLawTrend } from '../../packages/elements/src/all.js';
import { deepEqual, equal, excludes, includes, ok } from './helpers/assert.js';
import { expectAccessible } from './helpers/axe.js';
import { IMG, SCRIPT, indicatorIn, jsonUrl, quantityIn, syntheticTwoIssuers, syntheticYears, yearOf } from './helpers/comparison-data.js';
import { cleanup, create, deepQuery, deepQueryAll, deepText, nextEvent, settled } from './helpers/dom.js';
import { brokenImageReported, measured } from './helpers/wait.js';

afterEach(cleanup);

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PENALTIES = 'enforcement.penalties';
const VISITS = 'petitions.visits.persons';
const FINES = 'enforcement.fines';

/** A trend element from `setup`, once it has drawn (or failed). */
async function trend(setup: (element: RuleOfLawTrend) => void, event: 'rol-load' | 'rol-error' = 'rol-load'): Promise<RuleOfLawTrend> {
  const element = create('rule-of-law-trend');
  const done = nextEvent(element, event);
  setup(element);
  await done;
  // The chart is redrawn once its real width is measured.
  await measured(element);
  return element;
}

/** The table as text: one array per row (header row first), cells trimmed. */
function tableRows(element: Element): string[][] {
  const table = deepQuery<HTMLTableElement>(element, 'table');
  return Array.from(table.rows).map((row) => Array.from(row.cells).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Shuffled copies: the element must sort them by period. */
const shuffled = (reports: Report[]): Report[] => [reports[2]!, reports[0]!, reports[3]!, reports[1]!];

describe('<rule-of-law-trend>', () => {
  it('draws one indicator over four years from `reports` in any order: the table shows each year’s figure exactly as written (zh-CN)', async () => {
    const reports = syntheticYears();
    const element = await trend((el) => {
      el.indicators = PENALTIES;
      el.reports = shuffled(reports);
    });
    const rows = tableRows(element);
    const expected = reports.map((report) => [`${yearOf(report)}年`, quantityIn(report, PENALTIES).written]);
    deepEqual(rows.slice(1), expected, 'years sorted, figures verbatim');
    equal(rows[0]?.[0], '年度');
    includes(rows[0]![1]!, '行政处罚');
    // One point per year, each focusable through the roving tabindex, each named with its value.
    const points = deepQueryAll<SVGGElement>(element, '[part="point"]');
    equal(points.length, 4);
    const first = reports[0]!;
    includes(points[0]!.getAttribute('aria-label')!, `${yearOf(first)}年：${quantityIn(first, PENALTIES).written}`);
    // The SVG is an image with a generated name and a description listing every value.
    const svg = deepQuery<SVGSVGElement>(element, 'svg[role="img"]');
    const name = deepQuery(element, `#${svg.getAttribute('aria-labelledby')}`).textContent ?? '';
    includes(name, '单位：起');
    includes(name, '2020年至2023年');
    const description = deepQuery(element, `#${svg.getAttribute('aria-describedby')}`).textContent ?? '';
    for (const report of reports) includes(description, `${yearOf(report)}年 ${quantityIn(report, PENALTIES).written}`);
    // figure, heading, caption naming every source.
    const figure = deepQuery(element, 'figure');
    ok(deepQuery(element, 'h3').textContent?.includes('行政处罚'));
    const caption = deepQuery(figure, 'figcaption').textContent ?? '';
    for (const report of reports) includes(caption, report.title);
  });

  it('in English: values in words of the unit, years plain', async () => {
    const reports = syntheticYears();
    const element = await trend((el) => {
      el.setAttribute('lang', 'en');
      el.indicators = PENALTIES;
      el.reports = reports;
    });
    const rows = tableRows(element);
    equal(rows[0]?.[0], 'Year');
    deepEqual(
      rows.slice(1),
      reports.map((report) => [String(yearOf(report)), `${quantityIn(report, PENALTIES).value} cases`]),
    );
    includes(deepText(element), 'Over the years');
    includes(deepText(element), 'Sources');
  });

  it('leaves a gap for a year without the indicator: the line breaks, no zero bar, “无数据” in the table', async () => {
    const reports = syntheticYears();
    const gapYear = reports[2]!;
    gapYear.indicators = gapYear.indicators.filter((indicator) => indicator.id !== PENALTIES);
    const line = await trend((el) => {
      el.indicators = PENALTIES;
      el.reports = reports;
    });
    const rows = tableRows(line);
    deepEqual(rows[3], [`${yearOf(gapYear)}年`, '无数据']);
    equal(deepQueryAll(line, '[part="point"]').length, 3, 'no point for the gap');
    const path = deepQuery(line, 'path.line').getAttribute('d') ?? '';
    equal((path.match(/M/g) ?? []).length, 2, `the line is broken in two: ${path}`);
    includes(deepText(line), '并非为零');
    const description = deepQuery(line, 'desc').textContent ?? '';
    includes(description, `${yearOf(gapYear)}年 无数据`);

    const bars = await trend((el) => {
      el.chart = 'bars';
      el.indicators = PENALTIES;
      el.reports = reports;
    });
    equal(deepQueryAll(bars, 'path.bar').length, 3, 'three bars, none for the gap');
  });

  it('marks an “at least” figure (996余) as at least: hollow mark, ≥, verbatim in the table', async () => {
    const reports = syntheticYears();
    const last = reports[3]!;
    const visits = indicatorIn(last, VISITS);
    if (visits.kind !== 'count') throw new Error('visits is a count');
    visits.quantity = { value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次' };
    const others = reports.slice(0, 3).map((report) => quantityIn(report, VISITS));
    const element = await trend((el) => {
      el.indicators = VISITS;
      el.reports = reports;
    });
    const rows = tableRows(element);
    equal(rows[4]?.[1], '996余人次');
    // Hand-checked: every other year of this seed is exact or "余" as generated.
    const hollow = deepQueryAll(element, 'path.marker.hollow');
    equal(hollow.length, 1 + others.filter((quantity) => quantity.qualifier === 'at_least').length);
    ok(deepQueryAll(element, 'text.qualifier').some((text) => text.textContent === '≥'));
    includes(deepText(element), '至少');

    element.setAttribute('lang', 'en');
    await settled(element);
    equal(tableRows(element)[4]?.[1], '996+ person-visits');
  });

  it('never draws different units on one axis: one small chart per unit, with a note', async () => {
    const reports = syntheticYears();
    const element = await trend((el) => {
      el.indicators = `${PENALTIES} ${FINES}`;
      el.reports = reports;
    });
    const charts = deepQueryAll(element, '[part="chart"]');
    equal(charts.length, 2);
    deepEqual(
      charts.map((chart) => chart.getAttribute('data-unit')),
      ['起', '元'],
    );
    includes(deepText(element), '单位不同，分为 2 幅小图');
    const rows = tableRows(element);
    equal(rows[0]!.length, 3, 'the table has both indicators');
    deepEqual(
      rows.slice(1).map((row) => row[2]),
      reports.map((report) => quantityIn(report, FINES).written),
    );
  });

  it('draws one series per issuer when the reports come from several bodies', async () => {
    const reports = syntheticTwoIssuers();
    const element = await trend((el) => {
      el.indicators = PENALTIES;
      el.reports = reports;
    });
    const rows = tableRows(element);
    equal(rows[0]!.length, 3, 'year + two issuers');
    ok(rows[0]![1]!.includes(reports[0]!.issuer.name));
    ok(rows[0]![2]!.includes(reports[2]!.issuer.name));
    deepEqual(rows[1]?.slice(1), [quantityIn(reports[0]!, PENALTIES).written, quantityIn(reports[2]!, PENALTIES).written]);
  });

  it('bars: one bar per value, patterns per series, the same table', async () => {
    const reports = syntheticYears();
    const element = await trend((el) => {
      el.chart = 'bars';
      el.indicators = `${PENALTIES}`;
      el.reports = reports;
    });
    equal(deepQueryAll(element, 'path.bar').length, 4);
    includes(deepQuery(element, 'desc').textContent ?? '', '柱状图');
  });

  it('keyboard: one tab stop per chart, arrows move between points, Enter and Space fire rol-select with the value', async () => {
    const reports = syntheticYears();
    const element = await trend((el) => {
      el.indicators = `${PENALTIES} ${VISITS}`;
      el.reports = reports;
    });
    const points = () => deepQueryAll<SVGGElement>(element, '[part="point"]');
    equal(points().filter((point) => point.getAttribute('tabindex') === '0').length, 2, 'one tab stop per chart (起 and 人次)');
    const first = points().find((point) => point.getAttribute('tabindex') === '0')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settled(element);
    const focused = element.shadowRoot!.activeElement as SVGGElement;
    includes(focused.getAttribute('aria-label') ?? '', `2021年：${quantityIn(reports[1]!, PENALTIES).written}`);
    const selected = nextEvent(element, 'rol-select');
    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const { detail } = await selected;
    equal(detail.indicatorId, PENALTIES);
    equal(detail.value, quantityIn(reports[1]!, PENALTIES).value);
    equal(detail.category, '2021-01-01/2021-12-31');
    deepEqual(detail.period, reports[1]!.period);
    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await settled(element);
    includes((element.shadowRoot!.activeElement as Element).getAttribute('aria-label') ?? '', '2023年');
    const space = nextEvent(element, 'rol-select');
    (element.shadowRoot!.activeElement as Element).dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    equal((await space).detail.value, quantityIn(reports[3]!, PENALTIES).value);
  });

  it('up and down move between series of one chart', async () => {
    const reports = syntheticYears();
    const element = await trend((el) => {
      el.indicators = 'enforcement.inspection_records petitions.accepted';
      el.reports = reports;
    });
    const points = deepQueryAll<SVGGElement>(element, '[part="point"]');
    const start = points.find((point) => point.getAttribute('tabindex') === '0')!;
    start.focus();
    start.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settled(element);
    includes((element.shadowRoot!.activeElement as Element).getAttribute('aria-label') ?? '', '2020年');
    excludes((element.shadowRoot!.activeElement as Element).getAttribute('aria-label') ?? '', (start.getAttribute('aria-label') ?? '').split('，')[0]!);
  });

  it('loads `srcs` (space-separated URLs) with the same result as `reports`', async () => {
    const reports = syntheticYears();
    const element = await trend((el) => {
      el.indicators = PENALTIES;
      el.srcs = shuffled(reports).map(jsonUrl).join(' ');
    });
    deepEqual(
      tableRows(element)
        .slice(1)
        .map((row) => row[1]),
      reports.map((report) => quantityIn(report, PENALTIES).written),
    );
  });

  for (const [status, lang, text] of [
    ['404', 'zh-CN', '服务器未能提供报告数据（HTTP 404）'],
    ['500', 'en', 'HTTP 500'],
  ] as const) {
    it(`a ${status} in \`srcs\`: an alert in ${lang}, a retry button, rol-error with the URL, nothing drawn`, async () => {
      const good = jsonUrl(syntheticYears()[0]);
      const bad = `/__rol/status/${status}`;
      const element = create('rule-of-law-trend');
      const error = nextEvent(element, 'rol-error');
      element.setAttribute('lang', lang);
      element.indicators = PENALTIES;
      element.srcs = `${good} ${bad}`;
      const { detail } = await error;
      await settled(element);
      equal(detail.kind, 'http');
      equal(detail.status, Number(status));
      equal(detail.src, bad);
      const alert = deepQuery(element, '[role="alert"]');
      includes(deepText(alert), text);
      ok(alert.querySelector('button'), 'retry');
      equal(deepQueryAll(element, 'svg[role="img"]').length, 0);
      await expectAccessible(element);
    });
  }

  it('a slow URL: loading state, then a timeout alert', async () => {
    const element = create('rule-of-law-trend');
    const failed = nextEvent(element, 'rol-error');
    element.indicators = PENALTIES;
    element.timeout = 1000;
    element.srcs = '/__rol/slow?ms=10000';
    await element.updateComplete;
    ok(deepQuery(element, '[role="status"]'), 'loading');
    await expectAccessible(element);
    const { detail } = await failed;
    equal(detail.kind, 'timeout');
    await settled(element);
    includes(deepText(deepQuery(element, '[role="alert"]')), '等待报告数据超过 1 秒');
  });

  it('an invalid report: the alert lists its issues', async () => {
    const element = await trend((el) => {
      el.indicators = PENALTIES;
      el.srcs = '/test/browser/fixtures/schema-invalid.json';
    }, 'rol-error');
    includes(deepText(deepQuery(element, '[role="alert"]')), '报告数据不符合规范');
  });

  it('no indicator named, or none found: an alert and rol-error', async () => {
    const loads: Event[] = [];
    const none = await trend((el) => {
      el.addEventListener('rol-load', (event) => loads.push(event));
      el.reports = syntheticYears();
    }, 'rol-error');
    includes(deepText(deepQuery(none, '[role="alert"]')), '未指定要显示的指标');
    equal(loads.length, 0, 'no rol-load when nothing is drawn');
    const missing = await trend((el) => {
      el.indicators = 'no.such_indicator';
      el.reports = syntheticYears();
    }, 'rol-error');
    includes(deepText(deepQuery(missing, '[role="alert"]')), 'no.such_indicator');
  });

  it('an indicator found in none of the reports, beside ones that are: a visible note', async () => {
    const element = await trend((el) => {
      el.indicators = `${PENALTIES} no.such_indicator`;
      el.reports = syntheticYears();
    });
    includes(deepText(element), '所给报告中均没有这些指标：no.such_indicator');
  });

  it('the empty state says so', async () => {
    const element = create('rule-of-law-trend');
    await element.updateComplete;
    includes(deepText(element), '未提供报告数据');
    await expectAccessible(element);
  });

  it('re-renders when a property changes (chart, indicators)', async () => {
    const element = await trend((el) => {
      el.indicators = PENALTIES;
      el.reports = syntheticYears();
    });
    element.chart = 'bars';
    await settled(element);
    ok(deepQueryAll(element, 'path.bar').length > 0);
    element.indicators = VISITS;
    await settled(element);
    includes(tableRows(element)[0]![1]!, '来访');
  });

  it('renders <script> and <img onerror> in labels and titles as text', async () => {
    delete window.__pwned;
    const reports = syntheticYears();
    for (const report of reports) {
      report.title = `${SCRIPT}${report.title}`;
      const indicator = indicatorIn(report, PENALTIES);
      indicator.label = { 'zh-CN': `${IMG}处罚`, en: `${SCRIPT}penalties` };
    }
    const element = await trend((el) => {
      el.indicators = PENALTIES;
      el.reports = reports;
    });
    await brokenImageReported();
    includes(deepText(element), `${IMG}处罚`);
    includes(deepText(element), SCRIPT);
    equal(deepQueryAll(element, 'img').length, 0);
    equal(deepQueryAll(element, 'script').length, 0);
    equal(window.__pwned, undefined);
  });

  for (const theme of THEMES.filter((name) => name !== 'auto')) {
    for (const lang of ['zh-CN', 'en']) {
      for (const chart of ['line', 'bars'] as const) {
        it(`axe: ${chart}, theme ${theme}, ${lang}, two units, a gap and an “at least” figure: no violations`, async () => {
          const reports = syntheticYears();
          reports[1]!.indicators = reports[1]!.indicators.filter((indicator) => indicator.id !== PENALTIES);
          const element = await trend((el) => {
            el.theme = theme;
            el.chart = chart;
            el.setAttribute('lang', lang);
            el.indicators = `${PENALTIES} ${VISITS} ${FINES}`;
            el.reports = reports;
          });
          await expectAccessible(element, `(${chart}, ${theme}, ${lang})`);
        });
      }
    }
  }

  it('fits 320 px: no sideways overflow of the figure, legible axis text (drawn at its real size)', async () => {
    const element = create('rule-of-law-trend');
    (element.parentElement as HTMLElement).style.width = '320px';
    const loaded = nextEvent(element, 'rol-load');
    element.indicators = `${PENALTIES} ${FINES}`;
    element.reports = syntheticYears();
    await loaded;
    await measured(element);
    const figure = deepQuery<HTMLElement>(element, 'figure');
    ok(figure.scrollWidth <= figure.clientWidth + 1, `no overflow: ${figure.scrollWidth} > ${figure.clientWidth}`);
    const svg = deepQuery<SVGSVGElement>(element, 'svg[role="img"]');
    const [, , width] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    ok(Math.abs((width ?? 0) - svg.getBoundingClientRect().width) <= 2, `drawn 1:1 (${width} vs ${svg.getBoundingClientRect().width})`);
    await expectAccessible(element);
  });
});
