#!/usr/bin/env node
// bench/render/trace.mjs: where the time of a page load goes, under the stated condition (or the condition
// BENCH_HAN_FONT / BENCH_NETWORK name, as in run.mjs), from Chromium's performance trace (the same events
// DevTools' Performance panel shows). For each page (BENCH_TRACE_PAGES, default "plain drop-in,recommended
// embed,static"), BENCH_TRACE_LOADS loads (5), one after another, each traced on its own; medians of:
//   network — when the document, the stylesheet, the drop-in and the JSON finished arriving;
//   main thread up to the rendered mark, by kind of work — HTML parsing, script compile, module
//     evaluation (the drop-in defining its elements), other script (validation, computation and rendering:
//     the bundle is minified, so the trace cannot split them), style, layout, paint and compositing, other;
//   user-timing measures of the page (a build instrumented with performance.measure, e.g. around
//     parseReport, computeReport and the first render, shows them here; the shipped drop-in sets none).
// Not part of `npm run bench`: `node bench/render/trace.mjs` after `npm run build`. BENCH_TRACE_OUT=<dir>
// writes each trace as JSON (open it in DevTools' Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { machineLine, median } from '../lib.mjs';
import { fontInstalled, measure, open } from './browser.mjs';
import { writePages } from './pages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loads = Number(process.env.BENCH_TRACE_LOADS ?? 5);
const names = (process.env.BENCH_TRACE_PAGES ?? 'plain drop-in,recommended embed,static').split(',');
const none = (value) => value === '' || value === 'none' || value === 'loopback';
const font = process.env.BENCH_HAN_FONT === undefined ? 'WenQuanYi Zen Hei' : none(process.env.BENCH_HAN_FONT) ? undefined : process.env.BENCH_HAN_FONT;
const network = process.env.BENCH_NETWORK === undefined ? [10, 40] : none(process.env.BENCH_NETWORK) ? undefined : process.env.BENCH_NETWORK.split(',').map(Number);
const out = process.env.BENCH_TRACE_OUT;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  '__metadata',
];

/** Kinds of main-thread work, by trace event name (self time, so nested events are not counted twice). */
const KINDS = [
  ['HTML parsing', /^ParseHTML$/],
  ['script compile', /^(v8\.compile|v8\.compileModule|V8\.CompileCode|V8\.CompileLazy|v8\.produceModuleCache|v8\.produceCache|V8\.ScriptCompiler)/],
  ['module evaluation', /^(v8\.evaluateModule|EvaluateScript)$/],
  [
    'other script',
    /^(FunctionCall|v8\.run|RunMicrotasks|EventDispatch|TimerFire|FireAnimationFrame|v8\.callFunction|V8\.Execute|HandlePostMessage|XHRLoad|v8\.newInstance|V8\.GCScavenger|MajorGC|MinorGC|V8\.GC.*|BlinkGC.*)$/,
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|StyleInvalidatorInvalidationTracking)$/],
  ['layout', /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections|ComputeIntersections)$/],
  ['paint and compositing', /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|Commit|PaintImage|RasterTask|CompositeLayers|PaintSetup|Decode.*)$/],
];

async function traced(context, url) {
  const events = [];
  const around = {
    async before(client) {
      client.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await client.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
    },
    async after(client, page) {
      const measures = await page.evaluate(() => performance.getEntriesByType('measure').map(({ name, startTime, duration }) => ({ name, startTime, duration })));
      const complete = new Promise((resolve) => client.once('Tracing.tracingComplete', resolve));
      await client.send('Tracing.end');
      await complete;
      return { measures };
    },
  };
  const result = await measure(context, url, network, around);
  return { ...result, events };
}

/** The main thread of the renderer that parsed `url`, the navigation start there, and the summary. */
function analyse(events, url) {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parse) throw new Error(`no ParseHTML of ${url} in the trace`);
  const { pid, tid } = parse;
  const start =
    events.find((event) => event.name === 'navigationStart' && event.pid === pid && event.args?.data?.documentLoaderURL === url) ??
    events.find((event) => event.name === 'navigationStart' && event.pid === pid);
  const t0 = start.ts;
  const ms = (ts) => (ts - t0) / 1000;
  // Network: the end of each resource (ResourceFinish's finishTime is in seconds on the same clock).
  const urls = new Map();
  for (const event of events) {
    const data = event.args?.data;
    if (event.name === 'ResourceSendRequest' && data?.url) urls.set(data.requestId, { url: data.url, sent: ms(event.ts) });
    if (event.name === 'ResourceFinish' && urls.has(data?.requestId))
      urls.get(data.requestId).finished = data.finishTime ? (data.finishTime * 1e6 - t0) / 1000 : ms(event.ts);
  }
  const network = {};
  for (const { url: resource, sent, finished } of urls.values()) {
    const path = new URL(resource).pathname;
    const kind = path.endsWith('.css')
      ? 'stylesheet'
      : path.endsWith('.json')
        ? 'JSON'
        : path.endsWith('.js')
          ? /^\/(node_modules|bench)\//.test(path)
            ? 'script'
            : 'drop-in script'
          : path.endsWith('.html')
            ? 'document'
            : path;
    network[kind] = { sent, finished };
  }
  // Main-thread self time by kind, from navigation start to the end of the page's mark task.
  const main = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined && event.ts >= t0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return { main, network, ms, t0 };
}

function selfTimes(main, endTs) {
  const totals = new Map();
  const stack = [];
  const add = (name, dur) => totals.set(name, (totals.get(name) ?? 0) + dur);
  for (const event of main) {
    if (event.ts > endTs) break;
    while (stack.length > 0 && stack.at(-1).end <= event.ts) stack.pop();
    const end = Math.min(event.ts + event.dur, endTs);
    const parent = stack.at(-1);
    if (parent) add(parent.event.name, -(end - event.ts));
    add(event.name, end - event.ts);
    stack.push({ event, end });
  }
  const byKind = Object.fromEntries([...KINDS.map(([kind]) => [kind, 0]), ['other', 0]]);
  for (const [name, micro] of totals) {
    if (/^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_RunTask|MessageLoop::RunTask)$/.test(name)) {
      byKind.other += micro;
      continue;
    }
    const kind = KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    byKind[kind] += micro;
  }
  return { byKind: Object.fromEntries(Object.entries(byKind).map(([kind, micro]) => [kind, micro / 1000])), totals };
}

const paths = await writePages(names);
const { url, close: closeServer } = await startStaticServer({ root, allowNodeModules: true, gzip: true });
const condition = { font, network };
const browser = await open(condition);
const summaries = Object.fromEntries(names.map((name) => [name, []]));
// One warm-up load (the browser's first page pays for starting its renderer machinery).
await measure(browser.context, `${url}${paths[names[0]]}`, network);
for (let load = 0; load < loads; load += 1) {
  for (const name of names) {
    const pageUrl = `${url}${paths[name]}`;
    const { events, measures, ms, fcp } = await traced(browser.context, pageUrl);
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(`${out}/${paths[name].split('/').at(-1).replace('.html', '')}-${load + 1}.json`, JSON.stringify({ traceEvents: events }));
    }
    const { main, network: resources, t0 } = analyse(events, pageUrl);
    const { byKind, totals } = selfTimes(main, t0 + ms * 1000);
    summaries[name].push({ ms, fcp, byKind, resources, measures, totals });
  }
}
await browser.context.close();
await browser.close();
await closeServer();

const fixed = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
console.log(`bench/render/trace — ${machineLine()} · Chromium ${browser.version}`);
console.log(
  `Condition: ${font ? `Han font ${font}` : "this machine's fonts"}${font && !fontInstalled(font) ? ' (NOT installed)' : ''}, ${network ? `${network[0]} Mbit/s ${network[1]} ms` : 'loopback'}; ${loads} traced loads a page, medians (ms from navigation start)\n`,
);
const columns = names;
const row = (label, pick) => console.log(`| ${label} | ${columns.map((name) => fixed(median(summaries[name].map(pick).filter(Number.isFinite)))).join(' | ')} |`);
console.log(`| | ${columns.join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
row('rendered (mark)', (s) => s.ms);
row('first contentful paint', (s) => s.fcp);
for (const resource of ['document', 'stylesheet', 'drop-in script', 'JSON']) {
  // The document's request is sent by the browser process before the renderer's trace of it begins.
  if (resource !== 'document') row(`${resource}: request sent`, (s) => s.resources[resource]?.sent ?? Number.NaN);
  row(`${resource}: last byte`, (s) => s.resources[resource]?.finished ?? Number.NaN);
}
for (const kind of [...KINDS.map(([kind]) => kind), 'other']) row(`main thread: ${kind}`, (s) => s.byKind[kind]);
row('main thread: busy in all', (s) => Object.values(s.byKind).reduce((a, b) => a + b, 0));
const measureNames = [...new Set(Object.values(summaries).flatMap((list) => list.flatMap((s) => s.measures.map((m) => m.name))))];
for (const measureName of measureNames) {
  row(`measure ${measureName}: start`, (s) => s.measures.find((m) => m.name === measureName)?.startTime ?? Number.NaN);
  row(`measure ${measureName}: duration`, (s) => s.measures.filter((m) => m.name === measureName).reduce((a, m) => a + m.duration, 0) || Number.NaN);
}
if (process.env.BENCH_TRACE_NAMES) {
  for (const name of names) {
    const merged = new Map();
    for (const s of summaries[name]) for (const [event, micro] of s.totals) merged.set(event, (merged.get(event) ?? 0) + micro / 1000 / loads);
    console.log(
      `\n${name}: self time by trace event (ms, mean): ${[...merged]
        .filter(([, v]) => Math.abs(v) >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}`,
    );
  }
}
