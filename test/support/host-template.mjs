// The hostile-template page (issue 16): a legacy CMS article template (TRS/开普云-style: a fixed 1000 px
// layout, an `.article` content area, a global reset stylesheet) with one of the webmasters' guide's embeds
// pasted into it. Shared by the browser tests (test/browser/host-template.test.ts, served at
// /__rol/host-page by test/support/static-endpoints.mjs) and the screenshots of the guide
// (scripts/host-template-screenshots.mjs), so both look at the same page.
//
// The page is written as a server would send it, not as an iframe `srcdoc`: a `srcdoc` document is never in
// quirks mode, and the template without a doctype must be.

/** The template's own look, on the clean page and the hostile one alike: the site's font, colour and layout. */
export const SITE_CSS = `body{margin:0;font-family:"Microsoft YaHei","微软雅黑","PingFang SC",SimSun,sans-serif;color:#333;background:#fff}
.w1000{width:1000px;margin:0 auto}
.banner{height:64px;background:#b5161b;color:#fff;line-height:64px;padding:0 24px}
.article{padding:20px 40px}
.crumbs{color:#666}
@media (max-width:640px){.w1000{width:auto}.article{padding:12px}}`;

/**
 * What the issue found in such templates, as they ship it: a global reset (margins, paddings, a 12 px font
 * size on every element, `html` included, so `rem` is 12 px too), flat headings, boxed and centred table
 * cells, no list markers, plain links and the article's paragraph rules (indent, fixed line height).
 */
export const HOSTILE_CSS = `*{margin:0;padding:0;font-size:12px}
ul,ol,li{list-style:none}
h1,h2,h3,h4{font-weight:normal;font-size:14px}
table{border-collapse:collapse;border-spacing:0}
td,th{border:1px solid #999;text-align:center;padding:4px}
a{color:#333;text-decoration:none}
b,strong{font-weight:normal}
em,i,cite{font-style:normal}
button{border:0;background:none}
.article p{text-indent:2em;line-height:30px;font-size:16px}`;

/** Portals that hide icon sprites: every `svg` of the page. */
export const SVG_HIDDEN_CSS = 'svg{display:none}';

export const DROP_IN = '/packages/elements/dist/rule-of-law.min.js';
export const DROP_IN_ALL = '/packages/elements/dist/rule-of-law-all.min.js';
export const STYLESHEET = '/packages/elements/dist/rule-of-law.css';
export const REPORT_JSON = '/examples/hangzhoudao-2023.json';

/** Synthetic years of one invented township, as the test server serves them (`/__rol/synthetic/<year>.json`). */
export const syntheticYear = (year) => `/__rol/synthetic/${year}.json`;

/** The multi-year elements of the guide's §11, in `render-root` `root` (`shadow` or `light`). */
const multiYear = (root) => {
  const light = root === 'light' ? ' render-root="light"' : '';
  return `<rule-of-law-trend${light} indicators="enforcement.penalties enforcement.fines" srcs="${[2021, 2022, 2023].map(syntheticYear).join(' ')}"></rule-of-law-trend>
<rule-of-law-compare${light} previous-src="${syntheticYear(2022)}" current-src="${syntheticYear(2023)}"></rule-of-law-compare>`;
};

/** The parts of the guide's §4 on their own: a chart and a rate, in `render-root` `root`. */
const parts = (root) => {
  const light = root === 'light' ? ' render-root="light"' : '';
  return `<rule-of-law-breakdown${light} src="${REPORT_JSON}" indicator="reconsideration.outcomes" chart="donut"></rule-of-law-breakdown>
<rule-of-law-rate${light} src="${REPORT_JSON}" indicator="enforcement.duty_performance_rate"></rule-of-law-rate>`;
};

/**
 * The embeds of the webmasters' guide, by name: the script (`module`, `defer`, or `all`: `rule-of-law-all.min.js`
 * as a module), the attributes of `<rule-of-law-report>`, whether the static HTML (`renderReportHTML`, with the
 * same options; `hydratable` for the element to adopt it) is pasted inside it and `rule-of-law.css` linked, and whether the script is left out (the static
 * HTML alone: before the script runs, or without JavaScript); or, in place of the report, other `body` markup
 * (the parts on their own, §4; the trend and the comparison, §11).
 */
export const EMBEDS = {
  module: { script: 'module', attributes: {} },
  defer: { script: 'defer', attributes: {} },
  'static inside': { script: 'module', attributes: {}, static: true },
  'static alone': { attributes: {}, static: true },
  light: { script: 'module', attributes: { 'render-root': 'light' } },
  'light, static inside': { script: 'module', attributes: { 'render-root': 'light' }, static: true },
  'light, hydratable static inside': { script: 'module', attributes: { 'render-root': 'light' }, static: true, hydratable: true },
  compact: { script: 'module', attributes: { layout: 'compact' } },
  English: { script: 'module', attributes: { lang: 'en' } },
  dark: { script: 'module', attributes: { theme: 'dark' } },
  'high contrast': { script: 'module', attributes: { theme: 'high-contrast' } },
  parts: { script: 'module', body: parts('shadow') },
  'parts, light': { script: 'module', body: parts('light') },
  'trend and comparison': { script: 'all', body: multiYear('shadow') },
  'trend and comparison, light': { script: 'all', body: multiYear('light') },
};

/** The options of `renderReportHTML` that draw `embed` as its element does. */
function staticOptions(embed) {
  const { lang, layout, theme } = EMBEDS[embed].attributes ?? {};
  const hydratable = EMBEDS[embed].hydratable;
  return Object.fromEntries(Object.entries({ lang: lang ?? 'zh-CN', layout, theme, hydratable }).filter(([, value]) => value !== undefined));
}

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The page: the template (banner, crumbs, the article's title and a paragraph, the report, a paragraph after
 * it) with `embed` pasted into the article. `window.rolLoaded` lists the elements that have fired `rol-load`,
 * recorded from before any script runs (a test opening the page misses none). `site`: `clean` (the template's look only) or `hostile` (with
 * {@link HOSTILE_CSS}); `doctype: false` leaves `<!doctype html>` out (quirks mode); `svgHidden` adds
 * {@link SVG_HIDDEN_CSS}; `renderStatic` draws the report's static HTML for the embeds that paste it
 * (`renderReportHTML` of the reference report, given the options that match the embed's element).
 */
export function hostPage({ embed, site = 'hostile', doctype = true, svgHidden = false, renderStatic }) {
  const chosen = EMBEDS[embed];
  if (!chosen) throw new Error(`no embed "${embed}": ${Object.keys(EMBEDS).join(', ')}`);
  const css = [SITE_CSS, site === 'hostile' ? HOSTILE_CSS : '', svgHidden ? SVG_HIDDEN_CSS : ''].filter(Boolean).join('\n');
  const attributes = Object.entries({ src: REPORT_JSON, ...chosen.attributes })
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const scripts = {
    module: `<script type="module" src="${DROP_IN}"></script>`,
    defer: `<script defer src="${DROP_IN}"></script>`,
    all: `<script type="module" src="${DROP_IN_ALL}"></script>`,
  };
  const content = chosen.body ?? `<rule-of-law-report${attributes}>${chosen.static ? renderStatic(staticOptions(embed)) : ''}</rule-of-law-report>`;
  return `${doctype ? '<!doctype html>\n' : ''}<html lang="zh-CN"><head><meta charset="utf-8"><title>区政府信息公开 · ${embed}</title>
<style>${css}</style>
<script>window.rolLoaded = []; addEventListener('rol-load', (event) => rolLoaded.push(event.target), true);</script>
${chosen.static ? `<link rel="stylesheet" href="${STYLESHEET}">\n` : ''}${scripts[chosen.script] ?? ''}
</head><body>
<div class="banner w1000">某区人民政府门户网站</div>
<div class="w1000"><div class="article">
<p class="crumbs">首页 &gt; 政务公开 &gt; 法治政府建设</p>
<h1 class="title">杭州市上城区某街道2023年法治政府建设年度报告</h1>
<p>根据《法治政府建设与责任落实督察工作规定》，现将本单位2023年法治政府建设情况报告如下。</p>
${content}
<p class="after">以上报告，请予审阅。</p>
</div></div>
</body></html>`;
}
