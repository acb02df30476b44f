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
  // Breaking out of an attribute value, quoted or not.
  '" onmouseover="window.__rolXss=35" data-x="',
  "' onfocus='window.__rolXss=36' autofocus tabindex='0",
  '" autofocus onfocus="window.__rolXss=37',
  'x onerror=window.__rolXss=38 ',
  '"/><svg/onload=window.__rolXss=39>',
  '` onpointerenter=`window.__rolXss=40`',
  // SVG and MathML: animation, <use>, links, foreign content that parses differently (mutation XSS).
  '<svg><animate onbegin="window.__rolXss=41" attributeName="x" dur="1s"></animate></svg>',
  '<svg><a><set attributeName="href" to="javascript:window.__rolXss=42"/><text y="10">x</text></a></svg>',
  "<svg><use href=\"data:image/svg+xml,<svg id='u' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='window.__rolXss=43'/></svg>#u\"/></svg>",
  '<math><maction actiontype="statusline" xlink:href="javascript:window.__rolXss=44">x</maction></math>',
  '<math href="javascript:window.__rolXss=45"><mi>x</mi></math>',
  '<svg><style><img src=x onerror=window.__rolXss=46></style></svg>',
  '<svg></p><style><a id="</style><img src=x onerror=window.__rolXss=47>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__rolXss=48>',
  '</title><img src=x onerror=window.__rolXss=49>',
  '</textarea></style></noscript></template><img src=x onerror=window.__rolXss=50>',
  '<svg><script href="data:,window.__rolXss=51"/></svg>',
  // Script URLs: case, white space and control characters the URL parser drops, entities, other schemes.
  'JaVaScRiPt:window.__rolXss=52',
  ' \tjavascript:window.__rolXss=53',
  'java\tscript:window.__rolXss=54',
  '\u0001javascript:window.__rolXss=55',
  'vbscript:window.__rolXss=56',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3JvbFhzcz01NyIvPg==',
  '&#106;avascript:window.__rolXss=58',
  '<a href="&#x6A;avascript&colon;window.__rolXss=59">x</a>',
  'javascript://%0Awindow.__rolXss=60',
  // Other ways in: srcdoc, media error, entity-encoded calls, base, a polyglot.
  '<iframe srcdoc="<script>parent.__rolXss=61</script>"></iframe>',
  '<video><source onerror="window.__rolXss=62"></video>',
  '<img src=x onerror=alert&#40;63&#41;>',
  '<base href="javascript:window.__rolXss=64//">',
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=window.__rolXss=65 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\x3csVg/<sVg/oNloAd=window.__rolXss=65//>\x3e',
  // Template literals and template engines, including Lit's own markers.
  '`${window.__rolXss=66}`',
  '${`${window.__rolXss=67}`}',
  '#{window.__rolXss=68}{{7*7}}[[${7*7}]]',
  '<?lit$123$><!--?lit$123$--><!--lit-part x--><!--/lit-part-->',
  // Line separators that end a string in old JSON-in-script parsers.
  '\u2028\u2029</script><script>window.__rolXss=69</script>',
];

/**
 * URLs that must never become a link (`href`) or any other URL attribute: `javascript:`, `data:` and
 * `vbscript:`, with the case, white space and control characters that the URL parser drops. Each is a
 * valid `source.url` for the schema (`new URL` parses it).
 */
export const UNSAFE_URLS: readonly string[] = [
  'javascript:window.__rolXss=101',
  'JaVaScRiPt:window.__rolXss=102',
  ' javascript:window.__rolXss=103',
  'java\tscript:window.__rolXss=104',
  '\u0001javascript:window.__rolXss=105',
  'javascript://%0Awindow.__rolXss=106',
  'vbscript:window.__rolXss=107',
  'data:text/html,<script>window.__rolXss=108</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3JvbFhzcz0xMDkiLz4=',
];

/** http(s) URLs with markup in them: linked, but only as the parsed (percent-encoded) URL, in a quoted `href`. */
export const SAFE_URLS_WITH_PAYLOADS: readonly string[] = [
  "https://example.org/report?q=\"><img src=x onerror=window.__rolXss=110>#'onmouseover='window.__rolXss=111",
  'HTTP://example.org/a b/<svg onload=window.__rolXss=112>?`${window.__rolXss=113}`',
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

// ---------------------------------------------------------------------------------------------------
// Every string field of a report, each with its own text: a placeholder for the clean render, payloads
// for the hostile ones. The same field gets the same slot in every report poisoned with one `FieldSlots`
// (the previous year's report, a trend's years), so that indicators, categories and units still match.
// ---------------------------------------------------------------------------------------------------

/** The text of a clean field: a placeholder that says which slot it is (no markup, no white space). */
export const placeholder = (slot: number): string => `⟦${slot}⟧`;

/** Finds the placeholders in a clean render. */
export const PLACEHOLDERS = /⟦(\d+)⟧/g;

/** Numbers the string fields of reports by where they are (`indicators[petitions.channels].parts[visits].label.en`). */
export class FieldSlots {
  private readonly slots = new Map<string, number>();

  /** The slot of the field at `path`, the same each time it is asked. */
  of(path: string): number {
    let slot = this.slots.get(path);
    if (slot === undefined) this.slots.set(path, (slot = this.slots.size));
    return slot;
  }

  /** The paths, by slot. */
  get paths(): string[] {
    return [...this.slots.keys()];
  }
}

/**
 * What goes into the field of `slot` in render `round` of `rounds`: the payloads whose index is congruent
 * to `round - slot` modulo `rounds`, one after another. Neighbouring fields get different payloads, and
 * over the `rounds` renders every field gets every payload of the corpus exactly once.
 */
export function payloadsFor(slot: number, round: number, rounds: number, corpus: readonly string[] = XSS_PAYLOADS): string {
  return corpus.filter((_, index) => (index + slot) % rounds === round % rounds).join('');
}

/** One payload per field: the corpus rotated by `shift`, so that each payload also stands alone, at the start of a field. */
export function payloadAt(slot: number, shift: number, corpus: readonly string[] = XSS_PAYLOADS): string {
  return corpus[(slot + shift) % corpus.length]!;
}

type Obj = { [key: string]: Json };
const isObject = (value: Json | undefined): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `report` with text in front of every string field a reader may see or a renderer may copy (the original
 * kept after a `·`, so the report still reads the same): the title; the issuer's name, English name and
 * parent; the source's publisher; each section's numbering, heading and source text; each indicator's
 * zh-CN and English label and note; every quantity's `written` and `marker` (adding one where there is
 * none) and source text, in indicators, inline operands, totals, parts and the prior figures an indicator
 * quotes (`extensions.priorFigures`); each custom unit's name and labels; the category of every part of a
 * breakdown without a codelist (free categories, with their references renamed alike), its labels, note
 * and groups (one shared group added per breakdown); and every string under `extensions`. `source.url`
 * becomes `url`. Labels and notes get their English text when they have none, the issuer its English
 * name and parent. Still a valid report (`text` must be non-empty).
 */
export function poisonEverywhere(input: Report, text: (slot: number) => string, slots: FieldSlots, url: string): Report {
  const report = structuredClone(input) as unknown as Obj;
  const put = (path: string, original?: Json): string => `${text(slots.of(path))}${typeof original === 'string' ? `·${original}` : ''}`;
  const localized = (path: string, value: Json | undefined): Obj => {
    const own = isObject(value) ? value : {};
    return { 'zh-CN': put(`${path}.zh-CN`, own['zh-CN'] ?? null), en: put(`${path}.en`, own.en ?? null) };
  };
  const span = (path: string, value: Json | undefined): void => {
    if (!isObject(value) || typeof value.text !== 'string' || typeof value.start !== 'number') return;
    value.text = put(`${path}.text`, value.text);
    value.end = value.start + value.text.length;
  };
  const unit = (value: Json): Json => {
    if (!isObject(value) || typeof value.custom !== 'string') return value;
    // Keyed by the unit's own name: every figure in that unit keeps one unit.
    const key = `unit[${value.custom}]`;
    return { ...value, custom: put(`${key}.custom`, value.custom), label: localized(`${key}.label`, value.label) };
  };
  const quantity = (path: string, value: Json | undefined): void => {
    if (!isObject(value) || typeof value.written !== 'string') return;
    value.written = put(`${path}.written`, value.written);
    value.marker = put(`${path}.marker`, value.marker ?? null);
    value.unit = unit(value.unit ?? null);
    span(`${path}.source`, value.source);
  };
  const anything = (path: string, value: Json): Json => {
    if (typeof value === 'string') return put(path, value);
    if (Array.isArray(value)) return value.map((item, index) => anything(`${path}[${index}]`, item));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, anything(`${path}.${key}`, item)]));
    return value;
  };

  report.title = put('title', report.title);
  const issuer = report.issuer as Obj;
  for (const key of ['name', 'nameEn', 'parent']) issuer[key] = put(`issuer.${key}`, issuer[key] ?? null);
  const source = isObject(report.source) ? report.source : {};
  report.source = { ...source, publisher: put('source.publisher', source.publisher ?? null), url };
  for (const section of report.sections as Obj[]) {
    const path = `sections[${String(section.id)}]`;
    if (typeof section.numbering === 'string') section.numbering = put(`${path}.numbering`, section.numbering);
    section.heading = put(`${path}.heading`, section.heading);
    span(`${path}.source`, section.source);
  }
  report.extensions = {
    ...(anything('extensions', isObject(report.extensions) ? report.extensions : {}) as Obj),
    hostile: { text: put('extensions.hostile.text'), list: [put('extensions.hostile.list[0]'), { nested: put('extensions.hostile.list[1].nested') }] },
  };

  // Free categories get new names: first collect them, so that references to them can follow.
  const renamed = new Map<string, Map<string, string>>();
  const indicators = report.indicators as Obj[];
  for (const indicator of indicators) {
    if (indicator.kind !== 'breakdown' || indicator.codelist !== undefined) continue;
    const names = new Map<string, string>();
    for (const part of indicator.parts as Obj[])
      names.set(String(part.category), put(`indicators[${String(indicator.id)}].parts[${String(part.category)}].category`, part.category));
    renamed.set(String(indicator.id), names);
  }
  const rename = (ref: Json | undefined): void => {
    if (isObject(ref) && typeof ref.ref === 'string' && typeof ref.part === 'string') ref.part = renamed.get(ref.ref)?.get(ref.part) ?? ref.part;
  };

  for (const indicator of indicators) {
    const id = String(indicator.id);
    const path = `indicators[${id}]`;
    indicator.label = localized(`${path}.label`, indicator.label);
    indicator.note = localized(`${path}.note`, indicator.note);
    quantity(`${path}.quantity`, indicator.quantity);
    for (const side of ['numerator', 'denominator', 'total']) {
      const operand = indicator[side];
      if (isObject(operand) && 'quantity' in operand) quantity(`${path}.${side}.quantity`, operand.quantity);
      else if (isObject(operand) && 'written' in operand) quantity(`${path}.${side}`, operand);
      else rename(operand);
    }
    if (indicator.kind === 'breakdown') {
      const names = renamed.get(id);
      for (const part of indicator.parts as Obj[]) {
        const partPath = `${path}.parts[${String(part.category)}]`;
        part.label = localized(`${partPath}.label`, part.label);
        part.note = localized(`${partPath}.note`, part.note);
        quantity(`${partPath}.quantity`, part.quantity);
        if (names) {
          part.groups = [
            ...((part.groups as Json[] | undefined) ?? []).map((group, index) => put(`${partPath}.groups[${index}]`, group)),
            put(`${path}.group`, '分组'),
          ];
          part.category = names.get(String(part.category)) ?? String(part.category);
        }
      }
    }
    if (isObject(indicator.extensions)) {
      const { priorFigures, ...others } = indicator.extensions;
      const extensions = anything(`${path}.extensions`, others) as Obj;
      if (Array.isArray(priorFigures)) {
        extensions.priorFigures = priorFigures.map((entry, index) => {
          if (!isObject(entry)) return entry;
          const prior = structuredClone(entry);
          const priorPath = `${path}.priorFigures[${typeof prior.part === 'string' ? prior.part : ''}@${index}]`;
          quantity(`${priorPath}.quantity`, prior.quantity);
          if (typeof prior.part === 'string') prior.part = renamed.get(id)?.get(prior.part) ?? prior.part;
          return prior;
        });
      }
      indicator.extensions = extensions;
    }
  }
  return report as unknown as Report;
}

const year = (report: Report): number => Number(report.period.start.slice(0, 4));

/**
 * `report` with what the reference report lacks, so that every kind of field is there to poison: a
 * measure in a custom unit (学时) quoting last year's figure; a breakdown in another custom unit (讲) with
 * free categories and groups, quoting last year's total and one part; a rate bound to one of those free
 * categories; and a rate of two inline figures. Values depend on the year, so years differ.
 */
export function withEveryKindOfField(input: Report): Report {
  const report = structuredClone(input);
  const y = year(report);
  const step = y - 2020;
  const hours = { custom: '学时', label: { 'zh-CN': '学时', en: 'training hours' }, dimension: 'duration' } as const;
  const lectures = { custom: '讲', label: { 'zh-CN': '讲', en: 'lectures' } } as const;
  const before = { start: `${y - 1}-01-01`, end: `${y - 1}-12-31` };
  const [online, offline] = [18 + step, 12];
  report.indicators.push(
    {
      id: 'publicity.training_hours',
      family: 'publicity',
      kind: 'measure',
      label: { 'zh-CN': '普法培训', en: 'Legal training' },
      quantity: { value: 120 + 10 * step, unit: hours, qualifier: 'at_least', marker: '余', written: `${120 + 10 * step}余学时` },
      // Quoted exact, one above last year's "at least" figure: the comparison cannot tell whether they differ.
      extensions: { priorFigures: [{ period: before, quantity: { value: 111 + 10 * step, unit: hours, written: `${111 + 10 * step}学时` } }] },
    },
    {
      id: 'publicity.lecture_formats',
      family: 'publicity',
      kind: 'breakdown',
      label: { 'zh-CN': '普法讲座形式', en: 'Lecture formats' },
      total: { value: online + offline, unit: lectures, written: `${online + offline}讲` },
      exhaustive: true,
      parts: [
        { category: 'online', label: { 'zh-CN': '线上', en: 'Online' }, quantity: { value: online, unit: lectures, written: `${online}讲` }, groups: ['remote'] },
        {
          category: 'offline',
          label: { 'zh-CN': '线下', en: 'In person' },
          quantity: { value: offline, unit: lectures, written: `${offline}讲` },
          groups: ['in_person'],
        },
      ],
      extensions: {
        priorFigures: [
          // One below last year's own total (both exact): the comparison notes it, quoting this figure as written.
          { period: before, quantity: { value: online + offline - 2, unit: lectures, written: `${online + offline - 2}讲` } },
          { period: before, part: 'online', quantity: { value: online - 1, unit: lectures, written: `${online - 1}讲` } },
        ],
      },
    },
    {
      id: 'publicity.online_share',
      family: 'publicity',
      kind: 'rate',
      label: { 'zh-CN': '线上讲座占比', en: 'Share of online lectures' },
      numerator: { ref: 'publicity.lecture_formats', part: 'online' },
      denominator: { ref: 'publicity.lecture_formats' },
    },
    {
      id: 'publicity.attendance_rate',
      family: 'publicity',
      kind: 'rate',
      label: { 'zh-CN': '参训率', en: 'Attendance rate' },
      numerator: { quantity: { value: 450, unit: '人', written: '450人' } },
      denominator: { quantity: { value: 500, unit: '人', written: '500人' } },
      quantity: { value: 90, unit: 'percent', written: '90%' },
    },
  );
  return report;
}
