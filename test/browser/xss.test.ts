import '../../packages/elements/src/index.js';
import type { Report } from '@rule-of-law/core';
import { equal, includes } from './helpers/assert.js';
import { cleanup, create, deepElements, deepQueryAll, deepText, nextEvent, referenceReport, settled } from './helpers/dom.js';

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
      await settled(element);
      await new Promise((resolve) => setTimeout(resolve, 100));
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
