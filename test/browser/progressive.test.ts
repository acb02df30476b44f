// Progressive enhancement: the static HTML of renderReportHTML pasted inside <rule-of-law-report> is what
// readers see before the element upgrades; the element then takes over without moving anything and
// without leaving a second copy for screen readers or page toolbars. Each case is a page of its own (an
// iframe), measured before the library is loaded into it and again after the report is drawn.
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { adoptDocumentStyles } from '../../packages/elements/src/internal/styles/document-styles.js';
import { equal, includes, ok } from './helpers/assert.js';
import { referenceReport, settled } from './helpers/dom.js';
import { renderedFrames } from './helpers/wait.js';

interface LayoutShift extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

/** The static HTML of the reference report, rendered in Node by renderReportHTML (see test/support/static-endpoints.mjs). */
async function staticHtml(lang: string): Promise<string> {
  const response = await fetch(`/__rol/static-report?lang=${lang}`);
  ok(response.ok, 'the static renderer answered');
  return response.text();
}

function escapeScriptJson(report: Report): string {
  return JSON.stringify(report).replace(/</g, '\\u003c');
}

/** A page of its own holding `body`, styled by the page stylesheet (what linking dist/rule-of-law.css gives). */
async function page(body: string, lang: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.className = 'test-frame';
  frame.width = String(width);
  frame.height = '700';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>page</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  adoptDocumentStyles(frame.contentDocument!);
  return frame;
}

/** Loads the library into the page: its <rule-of-law-report> upgrades. */
function register(frame: HTMLIFrameElement): void {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/packages/elements/src/index.ts';
  frame.contentDocument!.head.append(script);
}

afterEach(() => document.querySelectorAll('.test-frame').forEach((frame) => frame.remove()));

/** Every text node a page toolbar reaches (no shadow roots, no script). */
function pageText(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.textContent;
  return text;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('static HTML inside <rule-of-law-report>, then the element takes over', () => {
  for (const mode of ['shadow', 'light'] as const) {
    for (const lang of ['zh-CN', 'en']) {
      for (const width of [960, 360]) {
        it(`${mode} DOM, ${lang}, ${width}px wide: no layout jump, and nothing of the fallback is read twice`, async () => {
          const report = await referenceReport();
          const html = await staticHtml(lang);
          const frame = await page(
            `<p>Before the report.</p><rule-of-law-report${mode === 'light' ? ' render-root="light"' : ''}>${html}<script type="application/json">${escapeScriptJson(report)}</script></rule-of-law-report><p class="after">After the report.</p>`,
            lang,
            width,
          );
          const view = frame.contentWindow! as Window & typeof globalThis;
          const element = frame.contentDocument!.querySelector('rule-of-law-report') as RuleOfLawReport;
          const after = frame.contentDocument!.querySelector('.after')!;
          const snapshot = element.querySelector(':scope > [data-rol-static]')!;
          ok(snapshot, 'the static HTML is inside the element');
          // The adopted page stylesheet is painted before layout shifts are observed (a hidden page paints nothing).
          await renderedFrames(2);

          // Before upgrade (or with JavaScript off): the static HTML is what readers see, styled.
          const before = { height: element.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
          ok(before.height > 1000, `the static report has its full height (${before.height}px)`);
          ok(snapshot.checkVisibility(), 'the static HTML is visible');
          const titlesBefore = occurrences(pageText(element), report.title);
          ok(titlesBefore > 0, 'the title is there');

          const shifts: number[] = [];
          const observer = new view.PerformanceObserver((list) => {
            for (const entry of list.getEntries() as LayoutShift[]) shifts.push(entry.value);
          });
          observer.observe({ type: 'layout-shift' });
          const loaded = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
          register(frame);
          await loaded;
          await renderedFrames(4);
          // Entries of the frames just rendered that the observer has not delivered yet.
          for (const entry of observer.takeRecords() as LayoutShift[]) shifts.push(entry.value);
          observer.disconnect();

          const now = { height: element.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
          const jump = Math.abs(now.height - before.height);
          const moved = Math.abs(now.after - before.after);
          const score = shifts.reduce((sum, value) => sum + value, 0);
          console.log(
            `layout jump at upgrade, ${mode} ${lang} ${width}px: height ${jump.toFixed(2)}px, next element moved ${moved.toFixed(2)}px, layout-shift score ${score.toFixed(4)}`,
          );

          if (mode === 'shadow') {
            ok(element.shadowRoot, 'drawn in its shadow root');
            ok(!snapshot.checkVisibility(), 'the static HTML is no longer rendered');
            equal(snapshot.getClientRects().length, 0, 'and has no box');
            equal(
              element.shadowRoot!.querySelectorAll('slot:not([name])').length,
              0,
              'the drawn report has no default slot: the fallback is not in the accessibility tree',
            );
            includes(element.shadowRoot!.textContent ?? '', lang === 'en' ? 'Key figures' : '主要数据');
          } else {
            equal(element.shadowRoot, null);
            ok(!snapshot.isConnected, 'the static HTML gave way');
            const text = pageText(element);
            equal(occurrences(text, report.title), titlesBefore, 'the page holds the report once, as it did before the upgrade');
            for (const figure of ['1355批次', '996余人次', '96.2%']) {
              if (lang === 'zh-CN')
                equal(occurrences(text, figure), occurrences(pageText(frame.contentDocument!.body), figure), `${figure} is in the page once per place it is shown`);
            }
          }
          ok(jump <= 1, `the report's height changed by ${jump}px at upgrade`);
          ok(moved <= 1, `what follows the report moved by ${moved}px at upgrade`);
          ok(score < 0.01, `layout-shift score ${score}`);
        });
      }
    }
  }
});

describe('static HTML inside a <rule-of-law-report src>', () => {
  for (const mode of ['shadow', 'light'] as const) {
    it(`${mode} DOM: stays what readers see while src loads (no spinner, no jump), then gives way`, async () => {
      const html = await staticHtml('zh-CN');
      const frame = await page(
        `<rule-of-law-report src="/__rol/delayed?ms=3000"${mode === 'light' ? ' render-root="light"' : ''}>${html}</rule-of-law-report><p class="after">After.</p>`,
        'zh-CN',
        960,
      );
      const element = frame.contentDocument!.querySelector('rule-of-law-report') as RuleOfLawReport;
      const snapshot = element.querySelector(':scope > [data-rol-static]')!;
      await renderedFrames(2);
      const before = element.getBoundingClientRect().height;
      const loaded = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
      register(frame);
      // Upgraded (the module graph is transformed on request: on a busy machine that can take a while) and rendered
      // once: its request for src is on its way, and nothing answers it within this task.
      await frame.contentWindow!.customElements.whenDefined('rule-of-law-report');
      await element.updateComplete;
      ok(element.renderRoot, 'upgraded and rendered');
      ok(snapshot.checkVisibility(), 'the static HTML is still shown while loading');
      equal(element.getBoundingClientRect().height, before, 'nothing moved while loading');
      equal((element.shadowRoot ?? element).querySelectorAll('.spinner').length, 0, 'no spinner in place of the content');
      // The static HTML stays page content, laid out once: no shadow root (which would lay it out again through a slot) until there is something to draw.
      equal(element.shadowRoot, null, 'no shadow root while loading');
      await loaded;
      await settled(element);
      await renderedFrames(3);
      equal(element.getBoundingClientRect().height, before, 'nothing moved when the report was drawn');
      ok(!snapshot.checkVisibility(), 'the static HTML gave way');
    });

    it(`${mode} DOM: with a fallback slot beside the static HTML, the fallback stays hidden while loading and until the report is drawn`, async () => {
      const html = await staticHtml('zh-CN');
      const frame = await page(
        `<rule-of-law-report src="/__rol/delayed?ms=1500"${mode === 'light' ? ' render-root="light"' : ''}>${html}<p slot="fallback" class="fallback">阅读报告原文</p></rule-of-law-report>`,
        'zh-CN',
        960,
      );
      const element = frame.contentDocument!.querySelector('rule-of-law-report') as RuleOfLawReport;
      const fallback = element.querySelector('.fallback')!;
      const loaded = new Promise((resolve) => element.addEventListener('rol-load', resolve, { once: true }));
      register(frame);
      await frame.contentWindow!.customElements.whenDefined('rule-of-law-report');
      await element.updateComplete;
      ok(element.querySelector(':scope > [data-rol-static]')!.checkVisibility(), 'the static HTML is shown while loading');
      equal(fallback.checkVisibility(), mode === 'light', 'the fallback shown while loading only in the light DOM, where it stays where it was put');
      await loaded;
      await settled(element);
      equal(fallback.checkVisibility(), mode === 'light', 'and once the report is drawn');
    });

    it(`${mode} DOM: when src fails, the alert comes first and the static HTML stays`, async () => {
      const html = await staticHtml('zh-CN');
      const frame = await page(
        `<rule-of-law-report src="/__rol/status/500"${mode === 'light' ? ' render-root="light"' : ''}>${html}</rule-of-law-report>`,
        'zh-CN',
        960,
      );
      const element = frame.contentDocument!.querySelector('rule-of-law-report') as RuleOfLawReport;
      const failed = new Promise((resolve) => element.addEventListener('rol-error', resolve, { once: true }));
      register(frame);
      await failed;
      await settled(element);
      const alert = (element.shadowRoot ?? element).querySelector('[role="alert"]')!;
      ok(alert, 'an alert');
      includes(alert.textContent ?? '', '无法显示报告');
      const snapshot = element.querySelector(':scope > [data-rol-static]')!;
      ok(snapshot.checkVisibility(), 'the report is still readable from the static HTML');
      ok(alert.getBoundingClientRect().top < snapshot.getBoundingClientRect().top, 'the alert is above it');
    });
  }
});
