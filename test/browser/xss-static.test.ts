// The static renderer (renderReportHTML, through the test server's /__rol/render-static) with the whole
// XSS corpus in every string field, read by the browser's own HTML parser (DOMParser): the same elements
// in the same order as with inert placeholders, attribute values that differ only where placeholders
// stood, no handler, no unsafe URL, the payloads as text. Then the HTML is put into the page, as a site
// pastes it, and nothing runs (after a positive barrier). The exact string check is in Node:
// test/elements/static/xss-static.test.ts.
import type { Report } from '@rule-of-law/core';
import { FieldSlots, payloadsFor, placeholder, poisonEverywhere, UNSAFE_URLS, withEveryKindOfField } from '../support/xss-corpus.js';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { cleanup, referenceReport } from './helpers/dom.js';
import { afterEverything, differences, slotsIn, snapshot, stopWatching, textNotShown, watchForExecution, whatRan } from './helpers/xss.js';

const ROUNDS = 3;

afterEach(() => {
  cleanup();
  stopWatching();
});

async function renderStatic(report: Report, lang: string): Promise<string> {
  const response = await fetch(`/__rol/render-static?lang=${lang}&idPrefix=rol-t`, { method: 'POST', body: JSON.stringify(report) });
  ok(response.ok, `the static renderer accepted the report (${response.status} ${response.ok ? '' : await response.text()})`);
  return response.text();
}

/** The rendered box, parsed by the browser. */
const parsed = (html: string): Element[] => [...new DOMParser().parseFromString(html, 'text/html').body.children];

describe('XSS everywhere: the static renderer, parsed by the browser', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`every payload in every field (${ROUNDS} renders), lang="${lang}": the parsed HTML is the clean one with the payloads as text; pasted into the page, nothing runs`, async () => {
      const report = withEveryKindOfField(await referenceReport());
      const slots = new FieldSlots();
      const clean = snapshot(parsed(await renderStatic(poisonEverywhere(report, placeholder, slots, 'urn:rol:clean'), lang)));
      ok(clean.elements.length > 500, 'the clean render has the whole report');
      // Breakdown part notes (`parts[].note`) reach the HTML too, in the table's note column.
      const carried = new Set([...slotsIn(clean)].map((slot) => slots.paths[slot]!.replace(/\[[^\]]*\]/g, '[]')));
      for (const kind of ['indicators[].label', 'indicators[].note', 'indicators[].parts[].label', 'indicators[].parts[].note'])
        ok(carried.has(`${kind}.${lang}`), `${kind}.${lang} is in the clean render`);
      for (let round = 0; round < ROUNDS; round++) {
        watchForExecution();
        const label = `round ${round + 1}/${ROUNDS}`;
        const textOf = (slot: number) => payloadsFor(slot, round, ROUNDS);
        const html = await renderStatic(poisonEverywhere(report, textOf, slots, UNSAFE_URLS[(round + 3) % UNSAFE_URLS.length]!), lang);
        const roots = parsed(html);
        const hostile = snapshot(roots);
        deepEqual(differences(clean, hostile, roots), [], `${label}: the parsed HTML differs from the clean one`);
        const { shown, missing } = textNotShown(clean, hostile, textOf);
        ok(shown.length > 50, `${label}: fields are shown`);
        deepEqual(
          missing.map((slot) => slots.paths[slot]),
          [],
          `${label}: fields not shown literally`,
        );
        // As a site pastes it (inside <rule-of-law-report>, or anywhere): parsed by the page itself.
        const page = document.createElement('div');
        page.className = 'test-container';
        page.innerHTML = html; // the output under test: it must be inert
        document.body.append(page);
        await afterEverything(page);
        deepEqual(differences(clean, snapshot([...page.children]), [...page.children]), [], `${label}: pasted into the page, it differs from the clean one`);
        equal(whatRan().flag, undefined, `${label}: a payload ran`);
        equal(whatRan().dialogs, 0, `${label}: a payload opened a dialog`);
        cleanup();
      }
    });
  }
});
