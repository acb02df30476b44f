// The benchmark pages of bench/render, written into .cache/bench/ from the templates in pages/: the
// metrics script (pages/metrics.js) inlined into each page's <head> (no request of the bench's own), the
// static HTML of the reference report (renderReportHTML from the build) written in where a page has it,
// and the pages' relative URLs made absolute. Shared by run.mjs and trace.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const templates = `${root}bench/render/pages/`;
export const REPORT_URL = '/examples/hangzhoudao-2023.json';

/**
 * The pages, by name: what each is, its template, and what is changed in it.
 *   static — renderReportHTML + rule-of-law.css, the floor;
 *   plain drop-in — <rule-of-law-report src> + the JSON preloaded (webmasters' guide §2);
 *   recommended embed — the report's JSON as an inline data block, then the static HTML rendered hydratable,
 *     inside <rule-of-law-report render-root="light"> (`rule-of-law render --hydratable --with-data`), + the
 *     stylesheet and the drop-in (webmasters' guide §8): the element reads the JSON without a request and adopts
 *     the static HTML as its own drawing;
 *   embed with src — the same static HTML inside <rule-of-law-report src render-root="light">, with the JSON
 *     preloaded (the guide's §2 and §8 with `src`: what it recommended before the data came inline);
 *   shadow-root embed — the embed the guide recommended before: the plain static HTML inside <rule-of-law-report
 *     src>, drawn anew in the element's shadow root at the take-over (for reference);
 *   echarts — the two outcome breakdowns and the headline rates drawn with ECharts (what portals use);
 *   drop-in, no preload — the plain drop-in without the preload line (only with BENCH_NO_PRELOAD=1).
 */
export const PAGES = {
  static: { template: 'static.html' },
  'plain drop-in': { template: 'drop-in.html' },
  'recommended embed': { template: 'embed-with-data.html', hydratable: true, withData: true },
  'embed with src': { template: 'embed.html', hydratable: true },
  'shadow-root embed': { template: 'embed.html', shadowRoot: true },
  echarts: { template: 'echarts.html' },
  'drop-in, no preload': { template: 'drop-in.html', withoutPreload: true },
  // BENCH_CANDIDATE="<URL path>": another build of the drop-in (a proposal), side by side with the shipped one.
  'candidate drop-in': { template: 'drop-in.html', candidate: true },
  'candidate embed': { template: 'embed-with-data.html', hydratable: true, withData: true, candidate: true },
};

/**
 * The candidate: BENCH_CANDIDATE="<URL path>" another build of the drop-in, and/or
 * BENCH_CANDIDATE_ATTRIBUTES='<attributes>' (e.g. 'theme="dark"') added to its <rule-of-law-report>, and/or
 * BENCH_CANDIDATE_FETCHPRIORITY=low|high on its drop-in's <script> and the JSON's preload.
 */
export const CANDIDATE =
  process.env.BENCH_CANDIDATE || process.env.BENCH_CANDIDATE_ATTRIBUTES || process.env.BENCH_CANDIDATE_FETCHPRIORITY
    ? {
        dropIn: process.env.BENCH_CANDIDATE,
        attributes: process.env.BENCH_CANDIDATE_ATTRIBUTES,
        fetchPriority: process.env.BENCH_CANDIDATE_FETCHPRIORITY,
      }
    : undefined;

/** The drop-in the pages load: BENCH_DROP_IN="<URL path>" benchmarks another build of it (e.g. an instrumented one). */
const DROP_IN = '/packages/elements/dist/rule-of-law.min.js';
const dropIn = process.env.BENCH_DROP_IN ?? DROP_IN;

const slug = (name) => name.replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');

/** The static HTML of the reference report, from the built renderer (with `hydratable`, its hydration comments kept; with `withData`, its JSON first). */
async function staticReport(hydratable = false, withData = false) {
  const elements = await import('@rule-of-law/elements/static').catch(() => undefined);
  if (!elements?.renderReportHTML) throw new Error('bench/render: no @rule-of-law/elements/static build: run `npm run build` first');
  const report = JSON.parse(readFileSync(`${root}${REPORT_URL.slice(1)}`, 'utf8'));
  return elements.renderReportHTML(report, { lang: 'zh-CN', hydratable, withData });
}

/** The URL path of a page written by {@link writePages}. */
export const pagePath = (name) => `/.cache/bench/${slug(name)}.html`;

/** Writes the pages named in `names`; returns their URL paths by name. */
export async function writePages(names) {
  // Its comments left out: they are for readers of the file, not bytes of the page.
  const metrics = readFileSync(`${templates}metrics.js`, 'utf8').replace(/^\s*\/\/.*\n/gm, '');
  const copies = { plain: await staticReport(), hydratable: await staticReport(true), withData: await staticReport(true, true) };
  mkdirSync(`${root}.cache/bench`, { recursive: true });
  const paths = {};
  for (const name of names) {
    const { template, withoutPreload, candidate, hydratable, withData, shadowRoot } = PAGES[name];
    let html = readFileSync(`${templates}${template}`, 'utf8')
      .replace(/<script data-until="([a-z-]+)" src="\.\/metrics\.js"><\/script>/, (_, until) => `<script data-until="${until}">${metrics}</script>`)
      .replace(/<!-- bench:static-report[^>]*-->/, () => (withData ? copies.withData : hydratable ? copies.hydratable : copies.plain))
      .replaceAll(/(src|href)="\.\//g, '$1="/bench/render/pages/')
      .replaceAll(`src="${DROP_IN}"`, `src="${(candidate && CANDIDATE.dropIn) || dropIn}"`);
    if (shadowRoot) html = html.replace(' render-root="light"', '');
    if (candidate && CANDIDATE.attributes) html = html.replace('<rule-of-law-report ', `<rule-of-law-report ${CANDIDATE.attributes} `);
    if (candidate && CANDIDATE.fetchPriority) html = html.replace(/<(link rel="preload"|script type="module")/g, `<$1 fetchpriority="${CANDIDATE.fetchPriority}"`);
    if (withoutPreload) html = html.replace(/\s*<!--[^>]*-->\s*<link rel="preload"[^>]*>/, '');
    if (html.includes('./metrics.js') || html.includes('bench:static-report')) throw new Error(`bench/render: ${template} not written`);
    writeFileSync(`${root}.cache/bench/${slug(name)}.html`, html);
    paths[name] = pagePath(name);
  }
  return paths;
}
