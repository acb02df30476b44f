// The classic cross-site-scripting vectors, and a way to put one into every text field of a report.
// Each payload that could run sets `window.__rolXss` (or calls alert, which the tests replace), so a
// test only has to look at one global afterwards.
import type { Report } from '@rule-of-law/core';

/** The global a payload sets when it runs. */
export const XSS_FLAG = '__rolXss';

/** The payloads: markup, event handlers, URLs, SVG, broken markup, template syntaxes, bidi overrides. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__rolXss=1</script>',
  '<img src=x onerror="window.__rolXss=2">',
  '<svg onload="window.__rolXss=3"></svg>',
  '<svg><script>window.__rolXss=4</script></svg>',
  'javascript:window.__rolXss=5',
  '"><img src=x onerror=window.__rolXss=6>',
  "'><svg/onload=window.__rolXss=7>",
  '</script><script>window.__rolXss=8</script>',
  '<iframe src="javascript:parent.__rolXss=9"></iframe>',
  '<a href="javascript:window.__rolXss=10">link</a>',
  '<style>*{display:none!important}</style>',
  '<b onmouseover=window.__rolXss=11>bold',
  '<details open ontoggle=window.__rolXss=12>',
  '<input autofocus onfocus=window.__rolXss=13>',
  '<body onload=window.__rolXss=14>',
  '<svg><a href="javascript:window.__rolXss=15"><text x="0" y="10">x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=window.__rolXss=16></foreignObject></svg>',
  '<math><mtext><img src=x onerror=window.__rolXss=17></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__rolXss=18>">',
  '<template><script>window.__rolXss=19</script></template><img src=x onerror=window.__rolXss=19>',
  '<object data="javascript:window.__rolXss=20"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__rolXss=21">',
  '<form><button formaction="javascript:window.__rolXss=22">go</button></form>',
  '<!-- <img src=x onerror=window.__rolXss=23> -->',
  ']]><![CDATA[<img src=x onerror=window.__rolXss=24>',
  '<div <img src=x onerror=window.__rolXss=25>',
  '<<script>window.__rolXss=26//<</script>',
  '${window.__rolXss=27}',
  '`${alert(28)}`',
  '{{constructor.constructor("window.__rolXss=29")()}}',
  '<%= window.__rolXss=30 %>',
  '\u202Efdp.exe\u202C \u2066<img src=x onerror=window.__rolXss=31>\u2069',
  '&lt;img src=x onerror=window.__rolXss=32&gt; &amp;amp;',
  'data:text/html,<script>window.__rolXss=33</script>',
  '<img src="x" onerror="alert(34)">',
];

/** Text fields a report may hold anything in (ids, units, dates, codes and enums are validated as such). */
const FREE_TEXT = new Set(['name', 'nameEn', 'parent', 'title', 'publisher', 'numbering', 'heading', 'text', 'zh-CN', 'en', 'written', 'marker', 'note']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function poison(value: Json, payload: string, key: string, inExtensions: boolean): Json {
  if (Array.isArray(value)) return value.map((item) => poison(item, payload, key, inExtensions));
  if (value !== null && typeof value === 'object') {
    const result: { [key: string]: Json } = {};
    for (const [name, item] of Object.entries(value)) {
      // A section's `parent` is an id; the issuer's `parent` is a name.
      result[name] = name === 'parent' && key !== 'issuer' ? item : poison(item, payload, name, inExtensions || name === 'extensions');
    }
    // A source span must keep matching the length of its text.
    if (typeof result.text === 'string' && typeof result.start === 'number') result.end = result.start + result.text.length;
    return result;
  }
  if (typeof value === 'string' && (inExtensions || FREE_TEXT.has(key))) return `${payload}${value}`;
  return value;
}

/**
 * `report` with `payload` in front of every free-text field — title, issuer, source publisher, section
 * headings and numbering, every label and note, every figure's `written` and `marker`, source-span texts,
 * every string under `extensions` — plus `source.url` set to the payload (or a `javascript:` URL) and a
 * note on every indicator. Still a valid report.
 */
export function hostileReport(report: Report, payload: string): Report {
  const hostile = poison(structuredClone(report) as unknown as Json, payload, '', false) as unknown as Report & { extensions?: Record<string, unknown> };
  hostile.source = { ...hostile.source, url: payload.startsWith('javascript:') ? payload : `javascript:window.__rolXss=99//${payload}` };
  hostile.extensions = { ...hostile.extensions, hostile: { payload, list: [payload, { nested: payload }] } };
  for (const indicator of hostile.indicators) indicator.note = { 'zh-CN': `${payload}备注`, en: `${payload} note` };
  return hostile;
}

/** `report` made invalid by the payload in an id: the error state then shows it (as text) in the issue list. */
export function hostileInvalidReport(report: Report, payload: string): unknown {
  const hostile = structuredClone(report) as Report;
  (hostile.indicators[0] as { id: string }).id = payload;
  (hostile.issuer as { level: string }).level = payload;
  return hostile;
}

/** JSON for an inline `<script type="application/json">`: `<` escaped so that `</script>` in the data cannot end the script. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
