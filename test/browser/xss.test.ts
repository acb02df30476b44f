import '../../packages/elements/src/index.js';
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { hostileInvalidReport, hostileReport as withPayload, scriptJson, XSS_FLAG, XSS_PAYLOADS } from '../support/xss-corpus.js';
import { deepEqual, equal, includes, ok } from './helpers/assert.js';
import { cleanup, create, deepElements, deepQuery, deepQueryAll, deepText, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { afterEverything } from './helpers/xss.js';

afterEach(cleanup);

declare global {
  interface Window {
    __pwned?: number;
  }
}

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';

/** The reference report with markup in every kind of text field. */
async function hostileReport(): Promise<Report> {
  const report = structuredClone(await referenceReport());
  report.title = `${SCRIPT}报告标题`;
  report.issuer = { ...report.issuer, name: `${IMG}街道办事处`, nameEn: `${IMG} Office` };
  report.source = { ...report.source, publisher: `${IMG}发布者`, url: 'javascript:window.__pwned=3' };
  for (const indicator of report.indicators) {
    indicator.label = { 'zh-CN': `${IMG}${indicator.label['zh-CN']}`, en: `${SCRIPT}${indicator.label.en ?? ''}` };
    indicator.note = { 'zh-CN': `${SCRIPT}备注` };
    if (indicator.kind === 'breakdown') {
      for (const part of indicator.parts) part.label = { 'zh-CN': `${IMG}${part.category}`, en: `${SCRIPT}${part.category}` };
    }
  }
  return report;
}

describe('untrusted text', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`renders <script> and <img onerror> in every text field as text (${lang})`, async () => {
      delete window.__pwned;
      const report = await hostileReport();
      const element = create('rule-of-law-report', (el) => {
        el.setAttribute('lang', lang);
        el.report = report;
      });
      await nextEvent(element, 'rol-load');
      await afterEverything(element);
      const text = deepText(element);
      includes(text, `${SCRIPT}报告标题`, 'the title, literally');
      includes(text, IMG, 'labels, literally');
      equal(deepQueryAll(element, 'img').length, 0, 'no <img> was created');
      equal(deepElements(element).filter((node) => node.localName === 'script').length, 0, 'no <script> was created');
      equal(window.__pwned, undefined, 'nothing ran');
      const links = deepQueryAll<HTMLAnchorElement>(element, 'a');
      equal(links.filter((link) => link.href.startsWith('javascript:')).length, 0, 'no javascript: link');
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// The corpus (test/support/xss-corpus.ts) in every text field, through every input and render root, and
// through the static renderer: nothing runs, no dialog opens, no element or attribute is injected.
// ---------------------------------------------------------------------------------------------------

let dialogs = 0;
const originalDialogs = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

function watchForExecution(): void {
  delete (window as unknown as Record<string, unknown>)[XSS_FLAG];
  dialogs = 0;
  window.alert = () => void dialogs++;
  window.confirm = () => (dialogs++, false);
  window.prompt = () => (dialogs++, null);
}

function stopWatching(): void {
  Object.assign(window, originalDialogs);
}

async function expectNothingRan(label: string, ...elements: Element[]): Promise<void> {
  // A positive barrier, not a sleep: rendered, a frame drawn, and a control image's error event (after an injected <img onerror>'s).
  await afterEverything(...elements);
  equal((window as unknown as Record<string, unknown>)[XSS_FLAG], undefined, `${label}: a payload ran`);
  equal(dialogs, 0, `${label}: a dialog was opened`);
}

/** Every element name and `element@attribute` pair under `roots` (through shadow roots). */
function shapeOf(...roots: (Element | Document)[]): Set<string> {
  const shape = new Set<string>();
  for (const root of roots) {
    const elements = root instanceof Document ? [...root.querySelectorAll('*')] : [root, ...deepElements(root)];
    for (const element of elements) {
      const name = element.localName;
      shape.add(name);
      for (const attribute of element.attributes) shape.add(`${name}@${attribute.name}`);
    }
  }
  return shape;
}

/** What `hostile` has that `clean` has not: injected elements or attributes. */
function injected(clean: Set<string>, hostile: Set<string>): string[] {
  return [...hostile].filter((entry) => !clean.has(entry));
}

/** Event-handler attributes and script URLs (in URL attributes) anywhere under `roots`. */
function activeAttributes(...roots: (Element | Document)[]): string[] {
  const found: string[] = [];
  for (const root of roots) {
    const elements = root instanceof Document ? [...root.querySelectorAll('*')] : [root, ...deepElements(root)];
    for (const element of elements) {
      for (const attribute of element.attributes) {
        const url = /^(href|xlink:href|src|srcset|action|formaction|data|poster|background|ping|lowsrc|srcdoc)$/i.test(attribute.name);
        if (/^on/i.test(attribute.name) || (url && /^\s*(javascript|vbscript|data):/i.test(attribute.value)))
          found.push(`${element.localName}@${attribute.name}=${attribute.value}`);
      }
    }
  }
  return found;
}

async function renderStatic(report: unknown, lang = 'zh-CN'): Promise<string> {
  const response = await fetch(`/__rol/render-static?lang=${lang}`, { method: 'POST', body: JSON.stringify(report) });
  ok(response.ok, `the static renderer accepted the report (${response.status} ${response.ok ? '' : await response.text()})`);
  return response.text();
}

describe('XSS corpus: the static renderer (renderReportHTML)', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`every payload in every text field stays text (${lang}): no element, attribute or URL that the clean render lacks`, async () => {
      const report = await referenceReport();
      const parser = new DOMParser();
      const clean = parser.parseFromString(await renderStatic(report, lang), 'text/html');
      const cleanShape = shapeOf(clean);
      equal(activeAttributes(clean).length, 0, 'the clean render has no handler or script URL');
      for (const payload of XSS_PAYLOADS) {
        const html = await renderStatic(withPayload(report, payload), lang);
        // Every `<` of the data is escaped, so `<…` here is always the renderer's own markup.
        for (const forbidden of [/<script/i, /<style/i, /<[a-z][^>]*\sstyle="/i])
          ok(!forbidden.test(html), `${JSON.stringify(payload)}: the HTML matches ${forbidden}`);
        const parsed = parser.parseFromString(html, 'text/html');
        deepEqual(injected(cleanShape, shapeOf(parsed)), [], `${JSON.stringify(payload)}: injected`);
        deepEqual(activeAttributes(parsed), [], `${JSON.stringify(payload)}: a handler or script URL`);
        equal(parsed.querySelectorAll('a[href]').length, clean.querySelectorAll('a[href]').length, 'the javascript: source URL is not a link');
        includes(parsed.body.textContent ?? '', `${payload}${report.title}`, `${JSON.stringify(payload)}: the title, literally`);
      }
    });
  }
});

describe('XSS corpus: the elements', () => {
  beforeEach(watchForExecution);
  afterEach(stopWatching);

  const hosts = ['shadow', 'light'] as const;

  async function reportElement(root: (typeof hosts)[number], input: 'property' | 'inline' | 'src', data: unknown): Promise<RuleOfLawReport> {
    const element = document.createElement('rule-of-law-report');
    if (root === 'light') element.setAttribute('render-root', 'light');
    if (input === 'property') element.report = data as Report;
    if (input === 'src') element.src = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    if (input === 'inline') {
      // As a page would carry it: parsed HTML, `<` escaped inside the JSON.
      const template = document.createElement('template');
      template.innerHTML = `<script type="application/json">${scriptJson(data)}</script>`; // test-authored markup
      element.append(template.content);
    }
    const container = document.createElement('div');
    container.className = 'test-container';
    container.append(element);
    const done = Promise.race([nextEvent(element, 'rol-load'), nextEvent(element, 'rol-error')]);
    document.body.append(container);
    await done;
    await settled(element);
    return element;
  }

  for (const root of hosts) {
    it(`<rule-of-law-report render-root="${root}">: each payload in every text field, given as the report property`, async () => {
      const report = await referenceReport();
      const clean = shapeOf(await reportElement(root, 'property', report));
      cleanup();
      for (const payload of XSS_PAYLOADS) {
        const element = await reportElement(root, 'property', withPayload(report, payload));
        deepEqual(injected(clean, shapeOf(element)), [], `${JSON.stringify(payload)}: injected`);
        deepEqual(activeAttributes(element), [], `${JSON.stringify(payload)}: a handler or script URL`);
        includes(deepText(element), `${payload}${report.title}`.replace(/\s+/g, ' '), 'the title, literally');
        cleanup();
      }
      await expectNothingRan(root);
    });

    for (const input of ['inline', 'src'] as const) {
      it(`<rule-of-law-report render-root="${root}">: the whole corpus at once, given as ${input === 'src' ? 'a src response' : 'an inline JSON child'}`, async () => {
        const report = await referenceReport();
        const clean = shapeOf(await reportElement(root, input, report));
        cleanup();
        const payload = XSS_PAYLOADS.join(' ');
        const element = await reportElement(root, input, withPayload(report, payload));
        ok(element.computed, 'drawn');
        deepEqual(injected(clean, shapeOf(element)), [], 'injected');
        deepEqual(activeAttributes(element), [], 'a handler or script URL');
        equal(deepQueryAll(element, 'script').length, input === 'inline' ? 1 : 0, 'no script besides the inline JSON');
        await expectNothingRan(`${root} ${input}`, element);
      });

      it(`<rule-of-law-report render-root="${root}">: an invalid report with the corpus in its ids, as ${input}: the issues are listed as text`, async () => {
        const report = await referenceReport();
        const payload = XSS_PAYLOADS.join(' ');
        const element = await reportElement(root, input, hostileInvalidReport(report, payload));
        const alert = deepQuery(element, '[role="alert"]');
        includes(deepText(alert), '报告数据不符合规范');
        includes(deepText(alert), XSS_PAYLOADS[0]!, 'the bad id, literally');
        const allowed = new Set(['div', 'p', 'ul', 'li', 'code', 'span', 'slot', 'button', 'rule-of-law-report', 'script']);
        deepEqual(
          [...new Set(deepElements(element).map((node) => node.localName))].filter((name) => !allowed.has(name)),
          [],
          'only the error state’s own elements',
        );
        deepEqual(activeAttributes(element), [], 'a handler or script URL');
        await expectNothingRan(`${root} ${input} invalid`, element);
      });
    }

    it(`figure, rate, breakdown and findings (render-root="${root}"): the corpus through the report property`, async () => {
      const report = await referenceReport();
      const payload = XSS_PAYLOADS.join(' ');
      const hostile = withPayload(report, payload);
      const cases = [
        ['rule-of-law-figure', 'petitions.visits.persons'],
        ['rule-of-law-rate', 'enforcement.duty_performance_rate'],
        ['rule-of-law-breakdown', 'reconsideration.outcomes'],
        ['rule-of-law-findings', ''],
      ] as const;
      for (const [tag, indicator] of cases) {
        const make = async (data: Report) => {
          const element = create(tag, (el) => {
            if (root === 'light') el.setAttribute('render-root', 'light');
            if (indicator) el.setAttribute('indicator', indicator);
            el.report = data;
          });
          await settled(element);
          return element;
        };
        const clean = shapeOf(await make(report));
        cleanup();
        const element = await make(hostile);
        includes(deepText(element), XSS_PAYLOADS[1]!, `${tag}: shows the payload as text`);
        deepEqual(injected(clean, shapeOf(element)), [], `${tag}: injected`);
        deepEqual(activeAttributes(element), [], `${tag}: a handler or script URL`);
        cleanup();
      }
      await expectNothingRan(`${root} parts`);
    });
  }
});
