// Test endpoints for the browser tests (web-test-runner middleware), run in Node:
//   GET  /__rol/static-report?lang=&layout=&theme=&hydratable=1   the reference report as static HTML (renderReportHTML, from source)
//   POST /__rol/render-static?lang=&idPrefix=&hydratable=1&withData=1  any report JSON in the body, as static HTML (422 with the reason if invalid)
//   POST /__rol/render-trend-static?indicators=&lang=&chart=&table=&theme=&idPrefix=&width=
//                                                     an array of reports in the body, as a trend's static HTML (renderTrendHTML; 422 if refused)
//   POST /__rol/render-compare-static?lang=&families=&headingLevel=&theme=&idPrefix=
//                                                     { previous, current } in the body, as a comparison's static HTML (renderCompareHTML; 422 if refused)
//   GET  /__rol/huge?mb=30&declare=1|0&for=<key>     ~mb MB of valid-looking JSON, with or without Content-Length
//   GET  /__rol/huge-sent?for=<key>                  how many bytes /__rol/huge has produced for that key so far
//   GET  /__rol/delayed?ms=500&title=…               the reference report after `ms`, with another title
//   GET  /__rol/synthetic/<year>.json                one invented township's report of 2020–2023 (core's generator, seed 7)
//   GET  /__rol/host-page?embed=&site=clean|hostile&doctype=0|1&svg=hidden
//                                                     the hostile-template page (host-template.mjs) with one embed of the guide
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { tsImport } from 'tsx/esm/api';
import { hostPage } from './host-template.mjs';

const reference = new URL('../../examples/hangzhoudao-2023.json', import.meta.url);
let renderer;
/** Core's synthetic data, imported from source once. */
let synthetic;

/** The static renderer, imported from source (so the tests need no build of it). */
function staticRenderer() {
  renderer ??= tsImport('../../packages/elements/src/static/index.ts', import.meta.url);
  return renderer;
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function options(query) {
  const { lang, layout, theme, families, findings, idPrefix } = query;
  const hydratable = query.hydratable === '1' ? true : undefined;
  const withData = query.withData === '1' ? true : undefined;
  return Object.fromEntries(Object.entries({ lang, layout, theme, families, findings, idPrefix, hydratable, withData }).filter(([, value]) => value !== undefined));
}

/** Bytes /__rol/huge has produced, by its `for` key: what the client pulled before it gave up. */
const hugeSent = new Map();

/** Koa middleware of the endpoints above. */
export async function staticEndpoints(context, next) {
  const { path } = context;
  if (path === '/__rol/static-report') {
    const { renderReportHTML } = await staticRenderer();
    context.type = 'text/html; charset=utf-8';
    context.body = renderReportHTML(JSON.parse(await readFile(reference, 'utf8')), options(context.query));
    return undefined;
  }
  if (path === '/__rol/render-static' && context.method === 'POST') {
    const { renderReportHTML } = await staticRenderer();
    try {
      context.type = 'text/html; charset=utf-8';
      context.body = renderReportHTML(JSON.parse(await readBody(context.req)), options(context.query));
    } catch (error) {
      context.status = 422;
      context.type = 'text/plain; charset=utf-8';
      context.body = String(error?.message ?? error);
    }
    return undefined;
  }
  if (path === '/__rol/render-trend-static' && context.method === 'POST') {
    const { renderTrendHTML } = await staticRenderer();
    const { indicators = '', lang, chart, table, theme, idPrefix, width } = context.query;
    const given = Object.entries({ lang, chart, table, theme, idPrefix, width: width === undefined ? undefined : Number(width) }).filter(
      ([, value]) => value !== undefined,
    );
    try {
      context.type = 'text/html; charset=utf-8';
      context.body = renderTrendHTML(JSON.parse(await readBody(context.req)), { indicators, ...Object.fromEntries(given) });
    } catch (error) {
      context.status = 422;
      context.type = 'text/plain; charset=utf-8';
      context.body = String(error?.message ?? error);
    }
    return undefined;
  }
  if (path === '/__rol/render-compare-static' && context.method === 'POST') {
    const { renderCompareHTML } = await staticRenderer();
    const { lang, families, headingLevel, theme, idPrefix } = context.query;
    const given = Object.entries({ lang, families, theme, idPrefix, headingLevel: headingLevel === undefined ? undefined : Number(headingLevel) }).filter(
      ([, value]) => value !== undefined,
    );
    try {
      const { previous, current } = JSON.parse(await readBody(context.req));
      context.type = 'text/html; charset=utf-8';
      context.body = renderCompareHTML(previous, current, Object.fromEntries(given));
    } catch (error) {
      context.status = 422;
      context.type = 'text/plain; charset=utf-8';
      context.body = String(error?.message ?? error);
    }
    return undefined;
  }
  if (path === '/__rol/huge-sent') {
    context.type = 'application/json';
    context.body = JSON.stringify(hugeSent.get(context.query.for) ?? 0);
    return undefined;
  }
  if (path === '/__rol/huge') {
    const megabytes = Number(context.query.mb ?? 30);
    const key = context.query.for;
    const sent = (text) => {
      if (key) hugeSent.set(key, (hugeSent.get(key) ?? 0) + Buffer.byteLength(text));
      return text;
    };
    const head = '{"schemaVersion":1,"title":"';
    const tail = '"}';
    const chunk = '报告'.repeat(10922); // 65,532 bytes of UTF-8
    const count = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(chunk));
    context.type = 'application/json';
    if (context.query.declare !== '0') context.length = Buffer.byteLength(head) + count * Buffer.byteLength(chunk) + Buffer.byteLength(tail);
    context.body = Readable.from(
      (function* pieces() {
        yield sent(head);
        for (let index = 0; index < count; index++) yield sent(chunk);
        yield sent(tail);
      })(),
    );
    return undefined;
  }
  const year = path.match(/^\/__rol\/synthetic\/(\d{4})\.json$/)?.[1];
  if (year) {
    synthetic ??= tsImport('../../packages/core/src/synthetic/index.ts', import.meta.url);
    const { generateSyntheticReports } = await synthetic;
    const report = generateSyntheticReports({ seed: 7, issuers: 1, years: [2020, 2021, 2022, 2023] }).find((each) => each.period.start.startsWith(year));
    if (!report) return next();
    context.type = 'application/json';
    context.body = JSON.stringify(report);
    return undefined;
  }
  if (path === '/__rol/host-page') {
    const { embed, site, doctype, svg } = context.query;
    const { renderReportHTML } = await staticRenderer();
    const report = JSON.parse(await readFile(reference, 'utf8'));
    context.type = 'text/html; charset=utf-8';
    context.body = hostPage({ embed, site, doctype: doctype !== '0', svgHidden: svg === 'hidden', renderStatic: (options) => renderReportHTML(report, options) });
    return undefined;
  }
  if (path === '/__rol/delayed') {
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 500)));
    const report = JSON.parse(await readFile(reference, 'utf8'));
    if (context.query.title) report.title = String(context.query.title);
    context.type = 'application/json';
    context.body = JSON.stringify(report);
    return undefined;
  }
  return next();
}
