/**
 * Throughput of `extractFigures` and of the whole `draftReport` over the reference report repeated to
 * about 4 MB: several timed rounds on one core, median MB/s (UTF-8 megabytes of the input, 10⁶ bytes)
 * and million characters per second; then `draftReport` on hostile inputs at two sizes, whose time
 * ratio shows whether drafting stays linear (2.0 for twice the input). Run with `node bench/extract/run.mjs [rounds] [megabytes]` after `npm run build`.
 * Prints a Markdown table row for docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { draftReport, extractFigures, htmlToText } from '@rule-of-law/core/extract';
import { median } from '../lib.mjs';

const rounds = Number(process.argv[2] ?? 7);
const targetMegabytes = Number(process.argv[3] ?? 4);

const reference = readFileSync(new URL('../../examples/hangzhoudao-2023.txt', import.meta.url), 'utf8');
const referenceBytes = Buffer.byteLength(reference, 'utf8');
const copies = Math.ceil((targetMegabytes * 1e6) / referenceBytes);
const text = Array.from({ length: copies }, () => reference).join('\n');
const bytes = Buffer.byteLength(text, 'utf8');
const figuresPerCopy = extractFigures(reference).length;

// Warm up the JIT on a smaller slice first.
extractFigures(text.slice(0, 200_000));

const seconds = [];
let found = 0;
for (let round = 0; round < rounds; round += 1) {
  const start = performance.now();
  found = extractFigures(text).length;
  seconds.push((performance.now() - start) / 1000);
}

const medianSeconds = median(seconds);
const megabytesPerSecond = bytes / 1e6 / medianSeconds;
const megacharsPerSecond = text.length / 1e6 / medianSeconds;
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';

if (found !== figuresPerCopy * copies) {
  console.error(`Expected ${figuresPerCopy * copies} figures, found ${found}: the repeated text is not read like the original.`);
  process.exitCode = 1;
}

console.log(
  `Input: ${copies} copies of the reference text, ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${(text.length / 1e6).toFixed(2)} M characters; ${found} figures.`,
);
console.log(`Rounds (s): ${seconds.map((s) => s.toFixed(3)).join(', ')}`);
console.log('');
console.log('| benchmark | input | rounds | median time | MB/s (UTF-8) | M chars/s | machine |');
console.log('|---|---|---|---|---|---|---|');
console.log(
  `| extractFigures | ${(bytes / 1e6).toFixed(1)} MB (reference × ${copies}) | ${rounds} | ${(medianSeconds * 1000).toFixed(0)} ms | ${megabytesPerSecond.toFixed(1)} | ${megacharsPerSecond.toFixed(2)} | ${cpu}, Node ${process.versions.node}, 1 core |`,
);

// The whole draft: figures, labels, families, sections, breakdowns, rate binding, priors and ids.
draftReport(text.slice(0, 200_000));
/** Seconds of each of the slower benchmarks' rounds (half as many as extractFigures', at least 3). */
function timedRounds(run) {
  const seconds = [];
  for (let round = 0; round < Math.max(3, Math.ceil(rounds / 2)); round += 1) {
    const start = performance.now();
    run();
    seconds.push((performance.now() - start) / 1000);
  }
  return seconds;
}
const draftSeconds = timedRounds(() => draftReport(text));
const draftMedian = median(draftSeconds);
console.log(
  `| draftReport | ${(bytes / 1e6).toFixed(1)} MB (reference × ${copies}) | ${draftSeconds.length} | ${(draftMedian * 1000).toFixed(0)} ms | ${(bytes / 1e6 / draftMedian).toFixed(1)} | ${(text.length / 1e6 / draftMedian).toFixed(2)} | ${cpu}, Node ${process.versions.node}, 1 core |`,
);

// A portal's web page reduced to its article (the editor and `rule-of-law extract page.html`): the reference text
// as a TRS-style page (menus, the article in paragraphs with inline styles and spans, a footer), repeated to the
// same size. Each copy is a page of its own, so the article box of every copy is weighed.
const escape = (line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = `<html><head><title>报告</title></head><body><div class="nav">${'<a href="/x">首页</a>'.repeat(50)}</div><div class="TRS_Editor">${reference
  .split('\n')
  .map((line) => `<p style="text-indent:2em"><span>${escape(line)}</span></p>`)
  .join('\n')}</div><div class="footer">版权所有&copy;</div></body></html>`;
const pages = page.repeat(Math.ceil((targetMegabytes * 1e6) / Buffer.byteLength(page, 'utf8')));
const pageBytes = Buffer.byteLength(pages, 'utf8');
htmlToText(page.repeat(5));
const htmlSeconds = timedRounds(() => htmlToText(pages));
const htmlMedian = median(htmlSeconds);
console.log(
  `| htmlToText | ${(pageBytes / 1e6).toFixed(1)} MB of HTML (a page of the reference × ${Math.round(pageBytes / Buffer.byteLength(page, 'utf8'))}) | ${htmlSeconds.length} | ${(htmlMedian * 1000).toFixed(0)} ms | ${(pageBytes / 1e6 / htmlMedian).toFixed(1)} | ${(pages.length / 1e6 / htmlMedian).toFixed(2)} | ${cpu}, Node ${process.versions.node}, 1 core |`,
);

/**
 * One table row per input: the median of 3 runs of `read` on the input made at each of the two sizes, and their
 * time ratio (2.0 when the work is linear in the input).
 */
function printLinearity(inputs, read, [small, large]) {
  for (const [name, make] of Object.entries(inputs)) {
    const timed = (n) => {
      const input = make(n);
      const times = [];
      for (let round = 0; round < 3; round += 1) {
        const start = performance.now();
        read(input);
        times.push(performance.now() - start);
      }
      return median(times);
    };
    const smallTime = timed(small);
    const largeTime = timed(large);
    console.log(`| ${name} | ${smallTime.toFixed(0)} ms | ${largeTime.toFixed(0)} ms | ${(largeTime / smallTime).toFixed(2)} |`);
  }
}

/** Hostile inputs: a figure every 3 characters, one number a line, a 100,000-item list, rates everywhere, prior years everywhere. */
const HOSTILE = {
  'figures back to back ("1件," × n)': (n) => '1件,'.repeat(n),
  'one number a line (a table of n rows)': (n) => `表1\n${'1\n'.repeat(n)}`,
  'one list of n items': (n) => `共100件，其中${'1件、'.repeat(n)}`,
  'rates everywhere (n/5 sentences)': (n) => '受理10件，办结10件，办结率100%。'.repeat(n / 5),
  'prior years everywhere': (n) => '2022年1件、'.repeat(n),
};
console.log('');
console.log('| hostile input | n = 25,000 | n = 50,000 | time ratio (linear: 2.0) |');
console.log('|---|---:|---:|---:|');
printLinearity(HOSTILE, draftReport, [25_000, 50_000]);

/** Broken markup for htmlToText: stray quotes in tags that never close, bare brackets, references without ends, boxes never closed. */
const HOSTILE_HTML = {
  'tags never closed, a stray quote each (`<a "` × n)': (n) => '<a "'.repeat(n),
  'bare brackets (`<` × n)': (n) => '<'.repeat(n),
  'references without an end (`&amp` × n)': (n) => '&amp'.repeat(n),
  'article boxes never closed (n/20)': (n) => '<div class="content">'.repeat(n / 20),
};
console.log('');
console.log('| hostile HTML (htmlToText) | n = 100,000 | n = 200,000 | time ratio (linear: 2.0) |');
console.log('|---|---:|---:|---:|');
printLinearity(HOSTILE_HTML, htmlToText, [100_000, 200_000]);
