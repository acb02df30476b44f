import '../../packages/elements/src/all.js';
import type { Report } from '@rule-of-law/core';
import { THEMES, type RuleOfLawCompare } from '../../packages/elements/src/all.js';
import { deepEqual, equal, includes, ok } from './helpers/assert.js';
import { expectAccessible } from './helpers/axe.js';
import { IMG, SCRIPT, handMadePair, jsonUrl, quantityIn, syntheticTwoIssuers, syntheticYears } from './helpers/comparison-data.js';
import { cleanup, create, deepQuery, deepQueryAll, deepText, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { brokenImageReported } from './helpers/wait.js';

afterEach(cleanup);

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** A compare element from `setup`, once it has drawn (or failed). */
async function compare(setup: (element: RuleOfLawCompare) => void, event: 'rol-load' | 'rol-error' = 'rol-load'): Promise<RuleOfLawCompare> {
  const element = create('rule-of-law-compare');
  const done = nextEvent(element, event);
  setup(element);
  await done;
  await settled(element);
  return element;
}

/** The cells of the row for `key` (indicator id, `id/category` or `id#rate`), as text. */
function row(element: Element, key: string): string[] {
  const found = deepQueryAll<HTMLTableRowElement>(element, `tr.row[data-key="${key}"]`)[0];
  if (!found) throw new Error(`no row ${key}`);
  return Array.from(found.cells).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The note row right after the rows of `key`, as text. */
function noteRow(element: Element, key: string): string {
  const found = deepQueryAll(element, `tr.note-row[data-key="${key}"]`)[0];
  if (!found) throw new Error(`no note row for ${key}`);
  return deepText(found);
}

describe('<rule-of-law-compare>', () => {
  it('this year against last year (synthetic data): both figures as written, the change and the relative change computed by hand', async () => {
    const [previous, current] = syntheticYears().slice(2) as [Report, Report];
    const element = await compare((el) => {
      el.previous = previous;
      el.current = current;
    });
    const before = quantityIn(previous, 'enforcement.penalties');
    const after = quantityIn(current, 'enforcement.penalties');
    const difference = after.value - before.value;
    const relative = Math.round((difference / before.value) * 1000) / 10;
    const cells = row(element, 'enforcement.penalties');
    equal(cells[1], before.written);
    equal(cells[2], after.written);
    ok(difference > 0, `this seed has a rise (${difference})`);
    equal(cells[3], `增加${difference}起`);
    equal(cells[4], `增长${relative}%`);
    equal(cells[5], '▲ 上升');
    // Headers name the years; one table per family, with its name as caption.
    const table = deepQuery(element, 'table[data-family="enforcement"]');
    includes(deepText(deepQuery(table, 'thead')), '2022年');
    includes(deepText(deepQuery(table, 'thead')), '2023年');
    includes(deepQuery(table, 'caption').textContent ?? '', '行政执法');
    includes(deepText(deepQuery(element, 'h3')), '2023年与2022年对比');
    // Both sources named.
    const source = deepText(deepQuery(element, '[part="source"]'));
    includes(source, previous.title);
    includes(source, current.title);
  });

  it('the same in English', async () => {
    const [previous, current] = syntheticYears().slice(2) as [Report, Report];
    const element = await compare((el) => {
      el.setAttribute('lang', 'en');
      el.previous = previous;
      el.current = current;
    });
    const before = quantityIn(previous, 'enforcement.penalties').value;
    const after = quantityIn(current, 'enforcement.penalties').value;
    const cells = row(element, 'enforcement.penalties');
    deepEqual(cells.slice(1, 4), [`${before} cases`, `${after} cases`, `up ${after - before} cases`]);
    equal(cells[5], '▲ up');
    includes(deepText(deepQuery(element, 'h3')), '2023 compared with 2022');
  });

  it('hand-made pair: an “at least” figure gives an “at least” change, two give none; a rate changes in percentage points; different units are not compared', async () => {
    const { previous, current } = handMadePair();
    const element = await compare((el) => {
      el.previous = previous;
      el.current = current;
    });
    deepEqual(row(element, 'enforcement.penalties').slice(1), ['41起', '45起', '增加4起', '增长9.8%', '▲ 上升']);
    const visits = row(element, 'petitions.visits.persons');
    deepEqual(visits.slice(1, 4), ['900人次', '996余人次', '至少增加96人次']);
    equal(visits[5], '▲ 上升');
    includes(noteRow(element, 'petitions.visits.persons'), '只是由限定词推出的界限');
    const letters = row(element, 'petitions.letters');
    deepEqual(letters.slice(1, 3), ['500余件', '600余件']);
    includes(letters[3]!, '增减无法确定');
    equal(letters[5], '？ 无法判断');
    includes(noteRow(element, 'petitions.letters'), '增减无法确定');
    const rate = row(element, 'enforcement.duty_performance_rate');
    deepEqual(rate.slice(1, 6), ['96.2%', '98.5%', '上升2.3个百分点', '—', '▲ 上升']);
    const receptions = row(element, 'petitions.receptions');
    deepEqual(receptions.slice(1, 4), ['186批次', '390人次', '单位不同，不作比较']);
    equal(receptions[5], '？ 无法判断');
    includes(noteRow(element, 'petitions.receptions'), '单位不同');
    // Indicators in one report only are listed, not dropped.
    includes(deepText(deepQuery(element, '[data-only="added"]')), '仅见于2024年的指标');
    includes(deepText(deepQuery(element, '[data-only="added"]')), '法律意见：12件');
    includes(deepText(deepQuery(element, '[data-only="removed"]')), '普法活动：30场');
    // The notes list numbers every note; the row notes carry the same numbers.
    const notes = deepQueryAll(element, '[part="notes"] li').map((item) => deepText(item));
    ok(notes.length >= 3, notes.join(' | '));
    ok(notes.some((note) => note.startsWith('注') && note.includes('单位不同')));
  });

  it('hand-made pair in English: at least, percentage points, direction words', async () => {
    const { previous, current } = handMadePair();
    const element = await compare((el) => {
      el.setAttribute('lang', 'en');
      el.previous = previous;
      el.current = current;
    });
    equal(row(element, 'petitions.visits.persons')[3], 'up at least 96 person-visits');
    equal(row(element, 'enforcement.duty_performance_rate')[3], 'up 2.3 percentage points');
    equal(row(element, 'petitions.letters')[5], '？ cannot tell');
    includes(deepText(element), 'Indicators only in 2024');
    includes(deepText(element), 'Notes on the comparison');
  });

  it('a fall and no change: ▼ 下降 and ＝ 持平, with words', async () => {
    const { previous, current } = handMadePair();
    const fall = current.indicators.find((indicator) => indicator.id === 'enforcement.penalties')!;
    if (fall.kind === 'count') fall.quantity = { value: 30, unit: '起', written: '30起' };
    const same = current.indicators.find((indicator) => indicator.id === 'enforcement.duty_performance_rate')!;
    if (same.kind === 'rate') same.quantity = { value: 96.2, unit: 'percent', written: '96.2%' };
    const element = await compare((el) => {
      el.previous = previous;
      el.current = current;
    });
    deepEqual(row(element, 'enforcement.penalties').slice(3), ['减少11起', '下降26.8%', '▼ 下降']);
    deepEqual(row(element, 'enforcement.duty_performance_rate').slice(3), ['持平', '—', '＝ 持平']);
  });

  it('year-on-year changes: each side with its direction, the change of the signed figures in percentage points', async () => {
    // 2022: 同比增长10%; 2023: 同比下降3.9% → 10 − (−3.9) = 13.9 points down.
    const { previous, current } = handMadePair();
    const change = (formula: 'increase' | 'decrease', value: number) =>
      ({
        id: 'enforcement.penalties_change',
        family: 'enforcement',
        label: { 'zh-CN': '行政处罚案件同比', en: 'Penalty cases on the year before' },
        kind: 'rate',
        formula,
        quantity: { value, unit: 'percent', written: `${value}%` },
      }) as const;
    previous.indicators.push(change('increase', 10));
    current.indicators.push(change('decrease', 3.9));
    const element = await compare((el) => {
      el.previous = previous;
      el.current = current;
    });
    deepEqual(row(element, 'enforcement.penalties_change').slice(1, 4), ['增长10%', '下降3.9%', '下降13.9个百分点']);
    element.lang = 'en';
    await settled(element);
    deepEqual(row(element, 'enforcement.penalties_change').slice(1, 4), ['up 10%', 'down 3.9%', 'down 13.9 percentage points']);
  });

  it('breakdowns: parts below their total; the correction rate (纠错率) in percentage points, computed by hand from the parts', async () => {
    const reports = syntheticYears();
    const [previous, current] = [reports[2]!, reports[3]!];
    const element = await compare((el) => {
      el.previous = previous;
      el.current = current;
    });
    // 纠错率 = corrections (变更, 撤销…, 确认违法/无效, 责令履行) ÷ concluded (all but 不予受理 and 审理中).
    const CORRECTIONS = ['alter', 'revoke', 'partially_revoke', 'revoke_and_redo', 'confirm_illegal', 'order_performance', 'confirm_invalid'];
    const rateOf = (report: Report) => {
      const outcomes = report.indicators.find((indicator) => indicator.id === 'reconsideration.outcomes');
      if (!outcomes || outcomes.kind !== 'breakdown') throw new Error(`${report.title} has no reconsideration outcomes`);
      const sum = (keep: (category: string) => boolean) =>
        outcomes.parts.filter((part) => keep(part.category)).reduce((total, part) => total + part.quantity.value, 0);
      return (100 * sum((category) => CORRECTIONS.includes(category))) / sum((category) => category !== 'pending' && category !== 'not_accepted');
    };
    const points = Math.round((rateOf(current) - rateOf(previous)) * 100) / 100;
    ok(points !== 0, 'this seed changes the rate');
    const cells = row(element, 'reconsideration.outcomes#correction_rate');
    includes(cells[0]!, '纠错率');
    equal(cells[3], `${points > 0 ? '上升' : '下降'}${Math.abs(points)}个百分点`);
    equal(cells[4], '—', 'no relative change for a rate');
    equal(cells[5], points > 0 ? '▲ 上升' : '▼ 下降');
    // Each part below the total, with its own change.
    const outcomes = current.indicators.find((indicator) => indicator.id === 'reconsideration.outcomes');
    if (!outcomes || outcomes.kind !== 'breakdown') throw new Error('no outcomes');
    const upheld = outcomes.parts.find((part) => part.category === 'uphold');
    if (upheld) equal(row(element, 'reconsideration.outcomes/uphold')[2], upheld.quantity.written);
    ok(deepQueryAll(element, 'tr.row-part').length >= outcomes.parts.length);
  });

  it('issuer against issuer: sides named by issuer, a note that they are different bodies', async () => {
    const reports = syntheticTwoIssuers();
    const [a, b] = [reports[1]!, reports[3]!];
    const element = await compare((el) => {
      el.previous = a;
      el.current = b;
    });
    const head = deepText(deepQuery(element, 'table thead'));
    includes(head, a.issuer.name);
    includes(head, b.issuer.name);
    includes(deepText(deepQuery(element, '[part="report-notes"]')), '两个不同机关');
    const before = quantityIn(a, 'enforcement.penalties');
    const after = quantityIn(b, 'enforcement.penalties');
    deepEqual(row(element, 'enforcement.penalties').slice(1, 3), [before.written, after.written]);
  });

  it('previous-src and current-src load like the properties', async () => {
    const { previous, current } = handMadePair();
    const element = await compare((el) => {
      el.previousSrc = jsonUrl(previous);
      el.currentSrc = jsonUrl(current);
    });
    deepEqual(row(element, 'enforcement.penalties').slice(1, 4), ['41起', '45起', '增加4起']);
  });

  it('rol-load carries the comparison', async () => {
    const { previous, current } = handMadePair();
    const element = create('rule-of-law-compare');
    const loaded = nextEvent(element, 'rol-load');
    element.previous = previous;
    element.current = current;
    const { detail } = await loaded;
    ok(detail.comparison);
    deepEqual(detail.comparison.added, ['legal_advice.opinions']);
    deepEqual(detail.comparison.removed, ['publicity.events']);
    equal(detail.report.title, current.title);
  });

  for (const [which, status, lang, text] of [
    ['previous', '404', 'zh-CN', '服务器未能提供报告数据（HTTP 404）'],
    ['current', '500', 'en', 'HTTP 500'],
  ] as const) {
    it(`a ${status} for the ${which} report: an alert (${lang}) with retry, rol-error naming the URL`, async () => {
      const { previous, current } = handMadePair();
      const bad = `/__rol/status/${status}`;
      const element = await compare((el) => {
        el.setAttribute('lang', lang);
        if (which === 'previous') {
          el.previousSrc = bad;
          el.current = current;
        } else {
          el.previous = previous;
          el.currentSrc = bad;
        }
      }, 'rol-error');
      const alert = deepQuery(element, '[role="alert"]');
      includes(deepText(alert), text);
      ok(alert.querySelector('button'));
      equal(deepQueryAll(element, 'table').length, 0, 'nothing half-drawn');
      await expectAccessible(element);
    });
  }

  it('a slow report: loading, then a timeout alert', async () => {
    const { current } = handMadePair();
    const element = create('rule-of-law-compare');
    const failed = nextEvent(element, 'rol-error');
    element.timeout = 1000;
    element.previousSrc = '/__rol/slow?ms=10000';
    element.current = current;
    await element.updateComplete;
    ok(deepQuery(element, '[role="status"]'));
    await expectAccessible(element);
    const { detail } = await failed;
    equal(detail.kind, 'timeout');
    equal(detail.src, '/__rol/slow?ms=10000');
    await settled(element);
    includes(deepText(deepQuery(element, '[role="alert"]')), '1 秒');
  });

  it('retry after a failed fetch loads both reports', async () => {
    const reference = await referenceReport();
    const lastYear = structuredClone(reference);
    lastYear.period = { start: '2022-01-01', end: '2022-12-31' };
    const element = await compare((el) => {
      el.previous = lastYear;
      el.currentSrc = `/__rol/flaky/compare-${Date.now()}`;
    }, 'rol-error');
    const loaded = nextEvent(element, 'rol-load');
    deepQuery<HTMLButtonElement>(element, '[role="alert"] button').click();
    await loaded;
    await settled(element);
    equal(deepQueryAll(element, '[role="alert"]').length, 0);
    deepEqual(row(element, 'enforcement.penalties').slice(1, 4), ['41起', '41起', '持平']);
  });

  it('an invalid report: the alert lists its issues', async () => {
    const { current } = handMadePair();
    const element = await compare((el) => {
      el.previousSrc = '/test/browser/fixtures/schema-invalid.json';
      el.current = current;
    }, 'rol-error');
    includes(deepText(deepQuery(element, '[role="alert"]')), '报告数据不符合规范');
  });

  it('the reference report against itself as last year, from its URL: ＝ 持平 everywhere', async () => {
    const reference = await referenceReport();
    const lastYear = structuredClone(reference);
    lastYear.period = { start: '2022-01-01', end: '2022-12-31' };
    const element = await compare((el) => {
      el.previous = lastYear;
      el.currentSrc = '/examples/hangzhoudao-2023.json';
    });
    const directions = deepQueryAll(element, 'tr.row-indicator [part="direction"]').map((cell) => deepText(cell));
    ok(directions.length > 10, `${directions.length} rows`);
    ok(
      directions.every((text) => text === '＝ 持平' || text === '？ 无法判断'),
      directions.join(' | '),
    );
  });

  it('`families` picks and orders the tables', async () => {
    const { previous, current } = handMadePair();
    const element = await compare((el) => {
      el.families = 'petitions enforcement';
      el.previous = previous;
      el.current = current;
    });
    deepEqual(
      deepQueryAll(element, 'table').map((table) => table.getAttribute('data-family')),
      ['petitions', 'enforcement'],
    );
    equal(deepQueryAll(element, '[data-only="added"]').length, 0, 'legal advice is not shown');
  });

  it('the empty state when one report is missing', async () => {
    const element = create('rule-of-law-compare', (el) => {
      el.current = handMadePair().current;
    });
    await element.updateComplete;
    includes(deepText(element), '未提供报告数据');
  });

  it('renders <script> and <img onerror> in labels, titles and issuers as text', async () => {
    delete window.__pwned;
    const { previous, current } = handMadePair({ hostile: true });
    for (const lang of ['zh-CN', 'en']) {
      const element = await compare((el) => {
        el.setAttribute('lang', lang);
        el.previous = previous;
        el.current = current;
      });
      await brokenImageReported();
      const text = deepText(element);
      includes(text, lang === 'en' ? SCRIPT : IMG);
      equal(deepQueryAll(element, 'img').length, 0);
      equal(deepQueryAll(element, 'script').length, 0);
    }
    equal(window.__pwned, undefined);
  });

  for (const theme of THEMES.filter((name) => name !== 'auto')) {
    for (const lang of ['zh-CN', 'en']) {
      it(`axe: theme ${theme}, ${lang}, with notes, parts and one-side lists: no violations`, async () => {
        const reports = syntheticYears();
        const { previous, current } = handMadePair();
        const element = await compare((el) => {
          el.theme = theme;
          el.setAttribute('lang', lang);
          el.previous = previous;
          el.current = current;
        });
        await expectAccessible(element, `(hand-made, ${theme}, ${lang})`);
        const reloaded = nextEvent(element, 'rol-load');
        element.previous = reports[2];
        element.current = reports[3];
        await reloaded;
        await settled(element);
        await expectAccessible(element, `(synthetic, ${theme}, ${lang})`);
      });
    }
  }

  it('at 320 px the rows stack into label–value pairs: no sideways scrolling, still axe-clean', async () => {
    const { previous, current } = handMadePair();
    const element = create('rule-of-law-compare');
    (element.parentElement as HTMLElement).style.width = '320px';
    const loaded = nextEvent(element, 'rol-load');
    element.previous = previous;
    element.current = current;
    await loaded;
    await settled(element);
    const scroller = deepQuery<HTMLElement>(element, '.table-scroll');
    ok(scroller.scrollWidth <= scroller.clientWidth + 1, `no overflow: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
    const cell = deepQuery<HTMLTableCellElement>(element, 'tr.row td');
    equal(getComputedStyle(cell, '::before').content, `"2023年"`);
    await expectAccessible(element);
  });
});
