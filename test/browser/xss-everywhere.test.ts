// The whole XSS corpus (test/support/xss-corpus.ts) in every string field of a report, through every
// element, in a shadow root and in the light DOM, in both languages. Each render is compared with the
// same render whose fields hold inert placeholders: the same elements in the same order, the same
// attributes, attribute values that differ only where the placeholders stood, no handler and no unsafe
// URL; the payloads are shown as text; and nothing ran (after a positive barrier, not a sleep).
import '../../packages/elements/src/all.js';
import type { Report } from '@rule-of-law/core';
import {
  FieldSlots,
  payloadsFor,
  placeholder,
  poisonEverywhere,
  SAFE_URLS_WITH_PAYLOADS,
  UNSAFE_URLS,
  withEveryKindOfField,
  XSS_PAYLOADS,
} from '../support/xss-corpus.js';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { jsonUrl, syntheticTwoIssuers, syntheticYears } from './helpers/comparison-data.js';
import { cleanup, deepQueryAll, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { afterEverything, differences, isSafeUrl, slotsIn, snapshot, stopWatching, textNotShown, watchForExecution, whatRan, type Snapshot } from './helpers/xss.js';

type Root = 'shadow' | 'light';
type Lang = 'zh-CN' | 'en';
type Poison = (report: Report) => Report;

/** Renders per element: each field gets a different share of the corpus, and over the rounds every payload. */
const ROUNDS = 3;

/** The source URL of the clean render: valid, not http(s), so never a link either. */
const CLEAN_URL = 'urn:rol:clean';

let reference: Report;
let years: Report[];
let twoIssuers: Report[];

before(async () => {
  reference = withEveryKindOfField(await referenceReport());
  years = syntheticYears().map(withEveryKindOfField);
  twoIssuers = syntheticTwoIssuers().map(withEveryKindOfField);
});

afterEach(() => {
  cleanup();
  stopWatching();
});

/** Adds `tag` to the page (one container per scene), drawn in `root` and `lang`, after `setup`. */
function place<K extends keyof HTMLElementTagNameMap>(
  container: HTMLElement,
  tag: K,
  root: Root,
  lang: Lang,
  setup: (element: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (root === 'light') element.setAttribute('render-root', 'light');
  element.setAttribute('lang', lang);
  setup(element);
  container.append(element);
  return element;
}

/** A fixed-width box in the page for one scene (a trend's geometry then does not depend on the data). */
function container(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'test-container';
  box.style.width = '720px';
  document.body.append(box);
  return box;
}

/**
 * Resolves when `check` holds: tested now and after each change inside `elements` (their render roots), for
 * a `previous-src` that loads after the report. No frames (a hidden page renders none), no sleeps.
 */
function until(elements: readonly Element[], check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    for (const element of elements) observer.observe(element.shadowRoot ?? element, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

const ids = (report: Report, kinds: readonly string[]) => report.indicators.filter((indicator) => kinds.includes(indicator.kind)).map((indicator) => indicator.id);

/**
 * The kinds of field every scene shows (`[]` stands for any index): title, publisher, labels, notes (of
 * indicators and of breakdown parts), free categories (in `data-category`), their groups, custom units; in
 * Chinese the figures as written (English writes them from their values).
 */
function shownEverywhere(lang: Lang): string[] {
  const common = ['title', 'source.publisher', 'indicators[].parts[].category', 'indicators[].parts[].groups[]', 'indicators[].group'];
  const labels = ['indicators[].label', 'indicators[].note', 'indicators[].parts[].label', 'indicators[].parts[].note', 'unit[].label'].map(
    (kind) => `${kind}.${lang}`,
  );
  const written = lang === 'zh-CN' ? ['indicators[].quantity.written', 'indicators[].parts[].quantity.written', 'indicators[].total.written'] : [];
  return [...common, ...labels, ...written];
}

const issuerName = (lang: Lang) => (lang === 'en' ? 'issuer.nameEn' : 'issuer.name');

interface Scene {
  readonly name: string;
  /** The kinds of field the scene shows (as text or in attributes). */
  shows(lang: Lang): string[];
  /** Draws the scene from reports passed through `poison`; resolves with its elements once they have loaded. */
  draw(poison: Poison, root: Root, lang: Lang): Promise<Element[]>;
}

const SCENES: readonly Scene[] = [
  {
    name: '<rule-of-law-report> (the report property)',
    shows: (lang) => [...shownEverywhere(lang), issuerName(lang)],
    async draw(poison, root, lang) {
      const element = place(container(), 'rule-of-law-report', root, lang, (el) => (el.report = poison(reference)));
      await nextEvent(element, 'rol-load');
      return [element];
    },
  },
  {
    name: 'every <rule-of-law-figure>, <rule-of-law-rate>, <rule-of-law-breakdown> (bar; donut with the table collapsed) and <rule-of-law-findings>',
    shows: shownEverywhere,
    async draw(poison, root, lang) {
      const report = poison(reference);
      const box = container();
      const elements: Element[] = [];
      for (const id of ids(report, ['count', 'amount', 'measure']))
        elements.push(place(box, 'rule-of-law-figure', root, lang, (el) => ((el.report = report), el.setAttribute('indicator', id))));
      for (const id of ids(report, ['rate']))
        elements.push(place(box, 'rule-of-law-rate', root, lang, (el) => ((el.report = report), el.setAttribute('indicator', id))));
      for (const id of ids(report, ['breakdown'])) {
        for (const chart of ['bar', 'donut'] as const) {
          elements.push(
            place(box, 'rule-of-law-breakdown', root, lang, (el) => {
              el.report = report;
              el.setAttribute('indicator', id);
              el.setAttribute('chart', chart);
              if (chart === 'donut') el.setAttribute('table', 'collapsed');
            }),
          );
        }
      }
      elements.push(place(box, 'rule-of-law-findings', root, lang, (el) => (el.report = report)));
      return elements;
    },
  },
  {
    name: '<rule-of-law-trend> (four years as lines; two issuers as bars), <rule-of-law-compare>, and <rule-of-law-report> with `previous` and with `previous-src`',
    // In Chinese, the comparison quotes a prior figure as the report wrote it.
    shows: (lang) => [...shownEverywhere(lang), issuerName(lang), ...(lang === 'zh-CN' ? ['indicators[].priorFigures[].quantity.written'] : [])],
    async draw(poison, root, lang) {
      const box = container();
      const poisoned = years.map(poison);
      const [previous, current] = poisoned.slice(2) as [Report, Report];
      const both = twoIssuers.map(poison);
      const series = 'enforcement.penalties enforcement.fines petitions.completion_rate publicity.training_hours publicity.lecture_formats publicity.online_share';
      const lines = place(box, 'rule-of-law-trend', root, lang, (el) => ((el.indicators = series), (el.reports = poisoned)));
      const bars = place(box, 'rule-of-law-trend', root, lang, (el) => {
        el.indicators = 'enforcement.penalties publicity.lecture_formats';
        el.chart = 'bars';
        el.reports = both;
      });
      const compare = place(box, 'rule-of-law-compare', root, lang, (el) => ((el.previous = previous), (el.current = current)));
      const withPrevious = place(box, 'rule-of-law-report', root, lang, (el) => ((el.previous = previous), (el.report = current)));
      const withPreviousSrc = place(box, 'rule-of-law-report', root, lang, (el) => ((el.previousSrc = jsonUrl(previous)), (el.report = current)));
      const elements = [lines, bars, compare, withPrevious, withPreviousSrc];
      await Promise.all(elements.map((element) => nextEvent(element, 'rol-load')));
      // The earlier report loads after the report: wait until both reports show the line naming it.
      await until([withPrevious, withPreviousSrc], () => [withPrevious, withPreviousSrc].every((element) => deepQueryAll(element, '.compared-with').length === 1));
      return elements;
    },
  },
];

/** Draws `scene` with `text` in every field, waits for everything, and snapshots it. */
async function drawn(
  scene: Scene,
  text: (slot: number) => string,
  url: string,
  slots: FieldSlots,
  root: Root,
  lang: Lang,
): Promise<{ roots: Element[]; snap: Snapshot }> {
  const roots = await scene.draw((report) => poisonEverywhere(report, text, slots, url), root, lang);
  await afterEverything(...roots);
  return { roots, snap: snapshot(roots) };
}

describe('XSS everywhere: the corpus in every field, through every element', () => {
  it(`the corpus has ${XSS_PAYLOADS.length} payloads, and every field gets each of them over ${ROUNDS} renders`, () => {
    for (let slot = 0; slot < 5; slot++) {
      const all = Array.from({ length: ROUNDS }, (_, round) => payloadsFor(slot, round, ROUNDS)).join('');
      equal(all.length, XSS_PAYLOADS.join('').length, `slot ${slot}`);
    }
  });

  SCENES.forEach((scene, sceneIndex) => {
    for (const root of ['shadow', 'light'] as const) {
      for (const lang of ['zh-CN', 'en'] as const) {
        it(`${scene.name}: render-root="${root}", lang="${lang}"`, async () => {
          const slots = new FieldSlots();
          const clean = await drawn(scene, placeholder, CLEAN_URL, slots, root, lang);
          ok(clean.snap.elements.length > 20, 'the clean render drew something');
          // Which kinds of field reach the page (as text or in an attribute): each must be there.
          const carried = new Set([...slotsIn(clean.snap)].map((slot) => slots.paths[slot]!.replace(/\[[^\]]*\]/g, '[]')));
          deepEqual(
            scene.shows(lang).filter((kind) => !carried.has(kind)),
            [],
            'kinds of field the clean render does not carry',
          );
          cleanup();
          for (let round = 0; round < ROUNDS; round++) {
            watchForExecution();
            const textOf = (slot: number) => payloadsFor(slot, round, ROUNDS);
            const url = UNSAFE_URLS[(sceneIndex * ROUNDS + round) % UNSAFE_URLS.length]!;
            const hostile = await drawn(scene, textOf, url, slots, root, lang);
            const label = `round ${round + 1}/${ROUNDS}`;
            deepEqual(differences(clean.snap, hostile.snap, hostile.roots), [], `${label}: the render differs from the clean one`);
            const { shown, missing } = textNotShown(clean.snap, hostile.snap, textOf);
            ok(shown.length > 10, `${label}: fields are shown`);
            deepEqual(
              missing.map((slot) => slots.paths[slot]),
              [],
              `${label}: fields not shown literally`,
            );
            equal(whatRan().flag, undefined, `${label}: a payload ran`);
            equal(whatRan().dialogs, 0, `${label}: a payload opened a dialog`);
            cleanup();
          }
        });
      }
    }
  });
});

describe('XSS everywhere: source URLs', () => {
  for (const root of ['shadow', 'light'] as const) {
    it(`render-root="${root}": every place that cites a report links it only to an http(s) address — javascript:, data: and vbscript: URLs are never links`, async () => {
      watchForExecution();
      const box = container();
      const drawn: { url: string; elements: Element[] }[] = [];
      for (const url of [...UNSAFE_URLS, ...SAFE_URLS_WITH_PAYLOADS]) {
        const cited = years.map((report) => ({ ...report, title: `${XSS_PAYLOADS[0]}${report.title}`, source: { ...report.source, url } }));
        const [previous, current] = cited.slice(2) as [Report, Report];
        const elements = [
          // The footer, each breakdown's caption and the line naming the earlier report.
          place(box, 'rule-of-law-report', root, 'zh-CN', (el) => ((el.previous = previous), (el.report = current))),
          place(box, 'rule-of-law-breakdown', root, 'zh-CN', (el) => ((el.report = current), el.setAttribute('indicator', 'publicity.lecture_formats'))),
          place(box, 'rule-of-law-trend', root, 'zh-CN', (el) => ((el.indicators = 'enforcement.penalties'), (el.reports = cited))),
          place(box, 'rule-of-law-compare', root, 'zh-CN', (el) => ((el.previous = previous), (el.current = current))),
        ];
        drawn.push({ url, elements });
      }
      const all = drawn.flatMap(({ elements }) => elements);
      await Promise.all(all.map((element) => (element.localName === 'rule-of-law-breakdown' ? settled(element) : nextEvent(element, 'rol-load'))));
      const reports = drawn.map(({ elements }) => elements[0]!);
      await until(reports, () => reports.every((element) => deepQueryAll(element, '.compared-with').length === 1));
      await afterEverything(...all);
      for (const { url, elements } of drawn) {
        const safe = SAFE_URLS_WITH_PAYLOADS.includes(url);
        for (const element of elements) {
          const links = deepQueryAll<HTMLAnchorElement>(element, 'a');
          const where = `${element.localName} with source.url ${JSON.stringify(url)}`;
          if (!safe) {
            deepEqual(
              links.map((link) => link.getAttribute('href')),
              [],
              `${where}: links`,
            );
            continue;
          }
          ok(links.length > 0, `${where}: the source is linked`);
          for (const link of links) {
            const href = link.getAttribute('href') ?? '';
            ok(isSafeUrl(href), `${where}: an http(s) link (${href})`);
            equal(new URL(href).href, new URL(url).href, `${where}: the link goes to the source`);
            equal(link.getAttribute('rel'), 'noopener noreferrer', `${where}: rel`);
            equal(link.attributes.length, 2, `${where}: href and rel only`);
          }
        }
      }
      equal(whatRan().flag, undefined, 'a payload ran');
      equal(whatRan().dialogs, 0, 'a payload opened a dialog');
    });
  }
});
