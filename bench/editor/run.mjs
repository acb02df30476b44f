#!/usr/bin/env node
// bench/editor: the editor's drop-in (its gzip size), and the time from pasting a report's text to the highlighted
// draft in <rule-of-law-editor> (examples/editor.html, built drop-in, Chromium, the Han font of the stated
// condition when installed): the reference report (11 KB of text) and a 100 KB text (the reference's body repeated,
// as a long report with ten times the figures), and two hostile texts (1 MB and 5 MB, far more figures than a report
// has: drafted in the worker, then refused with a message). Timed in the page from the click on "识别数据" to the end of
// the frame that shows the outline and the marked text, or the refusal (a requestAnimationFrame, then a posted task),
// 5 rounds, medians; with the longest task on the page's thread meanwhile (the Long Tasks API), which says whether
// the page stayed responsive. Side by side in the same run: draftReport alone in Node on the same texts. Then the
// data editors' guide followed on the reference report (guide-walk.mjs).
import { spawnSync } from 'node:child_process';
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
/** The reference report's body repeated until the text is `bytes` long in UTF-8. */
const repeated = (bytes) => {
  let text = reference;
  while (Buffer.byteLength(text) < bytes) text += `\n${body}`;
  return text;
};
const texts = [
  ['reference report', reference],
  ['100 KB text', repeated(100 * 1024)],
  ['1 MB text (refused)', repeated(1024 * 1024)],
  ['5 MB text (refused)', repeated(5 * 1024 * 1024)],
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
    const longestTasks = [];
    let figures = 0;
    let refused = false;
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.context.newPage();
      // Each round starts from the empty editor: no work saved by the round before.
      await page.addInitScript(() => localStorage.clear());
      await page.goto(`${url}/examples/editor.html`);
      await page.locator('rule-of-law-editor').evaluate((editor) => editor.updateComplete);
      const result = await page.locator('rule-of-law-editor').evaluate(async (editor, pasted) => {
        const shadow = editor.shadowRoot;
        shadow.querySelector('#paste').value = pasted;
        // The pasted text laid out in the box first (what pasting costs, whatever the editor does), then the clock starts.
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
        observer.observe({ type: 'longtask' });
        const start = performance.now();
        // The draft drawn (rol-change), or the text refused (an error message): whichever comes.
        const settled = new Promise((done) => {
          editor.addEventListener('rol-change', done, { once: true });
          new MutationObserver((_, watcher) => shadow.querySelector('.notice.error') && (watcher.disconnect(), done())).observe(shadow, {
            subtree: true,
            childList: true,
          });
        });
        shadow.querySelector('button[name="read"]').click();
        await settled;
        await editor.updateComplete;
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        const ms = performance.now() - start;
        await new Promise((done) => setTimeout(done, 50));
        observer.disconnect();
        return {
          ms,
          longest: Math.max(0, ...tasks),
          marks: shadow.querySelectorAll('mark[data-id]').length,
          outline: shadow.querySelectorAll('.outline button.item').length,
          refused: shadow.querySelector('.notice.error') !== null,
        };
      }, text);
      if (result.outline === 0 && !result.refused) throw new Error(`${name}: neither an outline nor a refusal was drawn`);
      browserTimes.push(result.ms);
      longestTasks.push(result.longest);
      refused = result.refused;
      figures = result.marks;
      await page.close();
      const t0 = performance.now();
      draftReport(text);
      nodeTimes.push(performance.now() - t0);
    }
    rows.push({ name, kb: Buffer.byteLength(text) / 1024, figures, refused, browser: median(browserTimes), longest: median(longestTasks), node: median(nodeTimes) });
  }
} finally {
  await browser.close();
  await closeServer();
}

console.log(`Chromium ${browser.version}, ${font ? `default Han font ${font}` : 'this machine’s fonts'}; ${ROUNDS} rounds, medians`);
console.log('');
console.log('| text | size | figures marked | paste → highlighted draft (or refusal) | longest task on the page | draftReport alone (Node) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows)
  console.log(
    `| ${row.name} | ${row.kb.toFixed(0)} KB | ${row.refused ? 'refused' : row.figures} | ${row.browser.toFixed(0)} ms | ${row.longest.toFixed(0)} ms | ${row.node.toFixed(0)} ms |`,
  );

// The data editors' guide followed on the reference report (guide-walk.mjs): what it asks of a person.
console.log('');
const walk = spawnSync(process.execPath, [fileURLToPath(new URL('./guide-walk.mjs', import.meta.url))], { stdio: 'inherit' });
if (walk.status !== 0) process.exit(walk.status ?? 1);
