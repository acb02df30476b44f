#!/usr/bin/env node
// bench/editor: the editor's drop-in (its gzip size), and the time from pasting a report's text to the highlighted
// draft in <rule-of-law-editor> (examples/editor.html, built drop-in, Chromium, the Han font of the stated
// condition when installed): the reference report (11 KB of text) and a 100 KB text (the reference's body repeated,
// as a long report with ten times the figures). Timed in the page from the click on "识别数据" to the end of the frame
// that shows the outline and the marked text (a requestAnimationFrame, then a posted task), 5 rounds, medians.
// Side by side in the same run: draftReport alone in Node on the same texts, the part of the time that is the model.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { draftReport } from '../../packages/core/dist/extract.js';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { fontInstalled, open } from '../render/browser.mjs';
import { machineLine, median } from '../lib.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FONT = 'WenQuanYi Zen Hei';

const dropIn = readFileSync(`${root}packages/elements/dist/rule-of-law-editor.min.js`);
const reference = readFileSync(`${root}examples/hangzhoudao-2023.txt`, 'utf8');
const body = reference.slice(reference.indexOf('一、'));
let long = reference;
while (Buffer.byteLength(long) < 100 * 1024) long += `\n${body}`;
const texts = [
  ['reference report', reference],
  ['100 KB text', long],
];

console.log(`bench/editor — ${machineLine()}`);
console.log(
  `Drop-in packages/elements/dist/rule-of-law-editor.min.js: ${(dropIn.length / 1024).toFixed(1)} KB minified, ${(gzipSync(dropIn, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);

const font = fontInstalled(FONT) ? FONT : undefined;
const { url, close: closeServer } = await startStaticServer({ root, gzip: true });
const browser = await open({ font });
const rows = [];
try {
  for (const [name, text] of texts) {
    const browserTimes = [];
    const nodeTimes = [];
    let figures = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.context.newPage();
      // Each round starts from the empty editor: no work saved by the round before.
      await page.addInitScript(() => localStorage.clear());
      await page.goto(`${url}/examples/editor.html`);
      await page.locator('rule-of-law-editor').evaluate((editor) => editor.updateComplete);
      const result = await page.locator('rule-of-law-editor').evaluate(async (editor, pasted) => {
        const shadow = editor.shadowRoot;
        shadow.querySelector('#paste').value = pasted;
        const start = performance.now();
        shadow.querySelector('button[name="read"]').click();
        await editor.updateComplete;
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return {
          ms: performance.now() - start,
          marks: shadow.querySelectorAll('mark[data-id]').length,
          outline: shadow.querySelectorAll('.outline button.item').length,
        };
      }, text);
      if (result.outline === 0) throw new Error(`${name}: no outline was drawn`);
      browserTimes.push(result.ms);
      figures = result.marks;
      await page.close();
      const t0 = performance.now();
      draftReport(text);
      nodeTimes.push(performance.now() - t0);
    }
    rows.push({ name, kb: Buffer.byteLength(text) / 1024, figures, browser: median(browserTimes), node: median(nodeTimes) });
  }
} finally {
  await browser.close();
  await closeServer();
}

console.log(`Chromium ${browser.version}, ${font ? `default Han font ${font}` : 'this machine’s fonts'}; ${ROUNDS} rounds, medians`);
console.log('');
console.log('| text | size | figures marked | paste → highlighted draft (browser) | draftReport alone (Node) |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.name} | ${row.kb.toFixed(0)} KB | ${row.figures} | ${row.browser.toFixed(0)} ms | ${row.node.toFixed(0)} ms |`);
