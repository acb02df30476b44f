// A hydratable static copy (renderReportHTML with `hydratable: true`) inside <rule-of-law-report render-root="light">:
// the element adopts the copy's markup as its own rendering instead of drawing the report again — the same nodes stay
// in the page, its charts answer the keyboard, its ids are kept — and draws anew whenever the copy cannot be trusted
// to be the report it loaded: another report, comments stripped by an editor, markup changed on the way.
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { equal, includes, ok } from './helpers/assert.js';
import { referenceReport, settled } from './helpers/dom.js';
import { registerAll, staticHtml, staticPage } from './helpers/static-markup.js';
import { toTraditional } from './helpers/toolbar.js';

afterEach(() => document.querySelectorAll('.test-frame').forEach((frame) => frame.remove()));

/** The page's <rule-of-law-report> (light DOM, src the reference report) holding `copy`, once it has loaded and drawn. */
async function takenOver(copy: string, before: (element: RuleOfLawReport) => void = () => {}): Promise<RuleOfLawReport> {
  const frame = await staticPage(`<rule-of-law-report render-root="light" src="/examples/hangzhoudao-2023.json">${copy}</rule-of-law-report>`);
  const element = frame.contentDocument!.querySelector('rule-of-law-report') as RuleOfLawReport;
  before(element);
  const loaded = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
  registerAll(frame);
  await loaded;
  await settled(element);
  return element;
}

/** What a 简/繁 toolbar does to a page: every text node under `root` rewritten in place; the nodes rewritten. */
function convert(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const changed: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const converted = toTraditional(node.data);
    if (converted === node.data) continue;
    node.data = converted;
    changed.push(node);
  }
  return changed;
}

const hydratable = (report: Report, options: Record<string, string> = {}): Promise<string> => staticHtml('render-static', report, { hydratable: 1, ...options });
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('<rule-of-law-report render-root="light"> with a hydratable static copy', () => {
  it('adopts the copy: the same nodes stay, its ids are kept, nothing is drawn twice, and it is no longer marked static', async () => {
    const report = await referenceReport();
    let kept: { article: Element; value: Element; ids: string[] } | undefined;
    const element = await takenOver(await hydratable(report), (host) => {
      kept = {
        article: host.querySelector('article')!,
        value: host.querySelector('.figure .value')!,
        ids: [...host.querySelectorAll('[id]')].map((node) => node.id),
      };
    });
    ok(kept!.article && kept!.value, 'the copy has a report and a figure');
    ok(kept!.article.isConnected && element.querySelector('article') === kept!.article, 'the report article is the copy’s own node');
    ok(kept!.value.isConnected, 'so is a figure’s value');
    equal(element.querySelectorAll('article').length, 1, 'one report in the page');
    equal(occurrences(element.textContent ?? '', report.title), occurrences((await hydratable(report)).replace(/<[^>]*>/g, ''), report.title));
    const ids = [...element.querySelectorAll('[id]')].map((node) => node.id);
    for (const id of kept!.ids) ok(ids.includes(id), `id ${id} kept`);
    const box = element.querySelector(':scope > .rol-report')!;
    equal(box.hasAttribute('data-rol-static'), false, 'the box is the element’s rendering now');
    equal(box.hasAttribute('data-rol-hydrate'), false);
    includes(element.textContent ?? '', '1355批次');
  });

  it('adopts a copy rendered with its data (withData: the report’s JSON first, no src): no request for the report, the copy’s nodes kept', async () => {
    const report = await referenceReport();
    const copy = await hydratable(report, { withData: '1' });
    ok(copy.startsWith('<script type="application/json">'), 'the data block comes first');
    const frame = await staticPage(`<rule-of-law-report render-root="light">${copy}</rule-of-law-report>`);
    const element = frame.contentDocument!.querySelector('rule-of-law-report') as RuleOfLawReport;
    const article = element.querySelector('article')!;
    const requested: string[] = [];
    new (frame.contentWindow as Window & typeof globalThis).PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name))).observe({
      type: 'resource',
    });
    const loaded = new Promise<CustomEvent>((resolve) => element.addEventListener('rol-load', (event) => resolve(event as CustomEvent), { once: true }));
    registerAll(frame);
    const event = await loaded;
    await settled(element);
    equal((event.detail.report as Report).title, report.title, 'the report read from the data block');
    ok(element.querySelector('article') === article && article.isConnected, 'the copy’s report article is the element’s own');
    equal(element.querySelectorAll('article').length, 1);
    equal(element.querySelector(':scope > .rol-report')!.hasAttribute('data-rol-static'), false, 'adopted, no longer marked static');
    equal(requested.filter((name) => name.endsWith('.json')).length, 0, 'no request for the data');
  });

  it('its charts answer the keyboard and fire rol-select, as a drawn report’s do', async () => {
    const element = await takenOver(await hydratable(await referenceReport()));
    const segments = [...element.querySelectorAll<SVGElement>('.hit [part="segment"]')];
    ok(segments.length > 1, `the charts' segments are there (${segments.length})`);
    const first = segments[0]!;
    equal(first.getAttribute('tabindex'), '0', 'the first segment of a chart is its tab stop');
    first.focus();
    const selected = new Promise<CustomEvent>((resolve) => element.addEventListener('rol-select', (event) => resolve(event as CustomEvent), { once: true }));
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await element.updateComplete;
    const next = element.ownerDocument.activeElement as SVGElement;
    ok(next !== first && next.getAttribute('part') === 'segment', 'ArrowRight moves to the next segment');
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const event = await selected;
    ok(typeof event.detail.indicatorId === 'string' && event.detail.indicatorId.length > 0, 'Enter chooses it');
  });

  it('a page toolbar’s rewriting of the copy’s text before the take-over is kept', async () => {
    // As 简/繁 toolbars do: each text node's characters replaced, the nodes themselves left in place.
    const element = await takenOver(await hydratable(await referenceReport()), (host) => {
      const walker = host.ownerDocument.createTreeWalker(host.querySelector('[part="title"]')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = node.nodeValue!.replace('滨海新区', '濱海新區');
    });
    includes(element.querySelector('[part="title"]')!.textContent ?? '', '濱海新區');
  });

  it('changing lang after the take-over draws the report in that language', async () => {
    const element = await takenOver(await hydratable(await referenceReport()));
    element.lang = 'en';
    await settled(element);
    includes(element.textContent ?? '', 'Key figures');
    equal(element.querySelectorAll('article').length, 1);
  });

  it('after the take-over, a new heading level and the compact layout keep the adopted nodes and a toolbar’s rewriting of them', async () => {
    const element = await takenOver(await hydratable(await referenceReport()));
    const converted = convert(element);
    ok(converted.length > 100, `the toolbar rewrote ${converted.length} text nodes`);
    const title = element.querySelector('[part="title"]')!;
    const titleText = title.textContent;
    const tables = [...element.querySelectorAll('table')];
    const inTable = converted.filter((node) => node.parentElement?.closest('table'));
    ok(tables.length > 0 && inTable.length > 0, 'tables, with rewritten text');
    equal(title.localName, 'h2');
    element.headingLevel = 3;
    await settled(element);
    const retitled = element.querySelector('[part="title"]')!;
    equal(retitled.localName, 'h3', 'the title is an <h3> now');
    equal(retitled.textContent, titleText, 'with the toolbar’s text');
    element.layout = 'compact';
    await settled(element);
    for (const table of tables) ok(table.isConnected && table.closest('details.table-details'), 'each adopted table, folded into <details>');
    for (const node of inTable) ok(node.isConnected && node.data === toTraditional(node.data), `"${node.data}" kept as the toolbar left it`);
  });

  it('with rule-of-law.css linked, the page holds its rules once: the light DOM adopts no second copy', async () => {
    const frame = document.createElement('iframe');
    frame.className = 'test-frame';
    frame.width = '800';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const copy = await hydratable(await referenceReport());
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>page</title><link rel="stylesheet" href="/packages/elements/dist/rule-of-law.css"></head><body><rule-of-law-report render-root="light" src="/examples/hangzhoudao-2023.json">${copy}</rule-of-law-report></body></html>`;
    document.body.append(frame);
    await loaded;
    const element = frame.contentDocument!.querySelector('rule-of-law-report') as RuleOfLawReport;
    const drawn = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
    registerAll(frame);
    await drawn;
    await settled(element);
    equal(frame.contentDocument!.adoptedStyleSheets.length, 0, 'nothing adopted');
    equal(frame.contentWindow!.getComputedStyle(element.querySelector('.figure .value')!).fontWeight, '700', 'and the report styled by the linked sheet');
  });

  for (const [name, alter, expected] of [
    ['a copy of another report', (copy: string) => copy, 'another'],
    ['a copy whose comments an editor stripped', (copy: string) => copy.replace(/<!--[^>]*-->/g, ''), 'same'],
    ['a copy with a node marker lost on the way', (copy: string) => copy.replace(/<!--lit-node \d+-->/, ''), 'same'],
    ['a copy made for another version', (copy: string) => copy.replace(/&quot;version&quot;:&quot;[^&]*&quot;/, '&quot;version&quot;:&quot;0.0.1&quot;'), 'same'],
  ] as const) {
    it(`${name}: the report loaded is drawn anew, once`, async () => {
      const report = await referenceReport();
      const source = expected === 'another' ? { ...report, title: '另一份报告' } : report;
      let article: Element | undefined;
      const element = await takenOver(alter(await hydratable(source)), (host) => (article = host.querySelector('article')!));
      ok(article && !article.isConnected, 'the copy gave way');
      equal(element.querySelectorAll('article').length, 1, 'one report in the page');
      includes(element.textContent ?? '', report.title);
      equal((element.textContent ?? '').includes('另一份报告'), false, 'nothing of the other report is left');
      equal(element.querySelectorAll('[data-rol-static]').length, 0);
    });
  }
});
