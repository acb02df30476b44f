// The whole XSS corpus (test/support/xss-corpus.ts) in every string field of a report, through the
// static renderer (renderReportHTML), checked on the HTML string itself: the output with payloads is the
// output with inert placeholders in the same fields, character for character, except that where a
// placeholder stood there is the field's text escaped (only `&amp; &lt; &gt; &quot; &#39;` and no raw
// `& < > " '`) — so no payload can open a tag, end an attribute or start an entity — and that text, once
// unescaped, is the payload. The browser's parser sees the same in test/browser/xss-static.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@rule-of-law/core';
import { renderReportHTML, type RenderReportHTMLOptions } from '../../../packages/elements/src/static/index.js';
import {
  FieldSlots,
  payloadAt,
  payloadsFor,
  placeholder,
  PLACEHOLDERS,
  poisonEverywhere,
  UNSAFE_URLS,
  withEveryKindOfField,
  XSS_PAYLOADS,
} from '../../support/xss-corpus.js';

const reference = (): Report =>
  withEveryKindOfField(JSON.parse(readFileSync(new URL('../../../examples/hangzhoudao-2023.json', import.meta.url), 'utf8')) as Report);

/** Data as the renderer must write it: any character but `& < > " '`, which only appear as entities. */
const ESCAPED = /^(?:[^&<>"']|&(?:amp|lt|gt|quot|#39);)*$/;
const unescape = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
const squeeze = (text: string): string => text.replace(/[\s\u00a0\u3000]+/g, '');

/**
 * Where `hostile` departs from `clean` (its placeholders standing for data): the first problem, or
 * undefined. Each stretch between placeholders must be there unchanged; each placeholder's place must
 * hold escaped text that unescapes to the slot's text (white space aside: figures as written lose it).
 */
function departure(clean: string, hostile: string, textOf: (slot: number) => string): string | undefined {
  const pieces = clean.split(new RegExp(PLACEHOLDERS.source));
  let position = 0;
  for (let index = 0; index < pieces.length; index += 2) {
    const literal = pieces[index]!;
    if (index === 0) {
      if (!hostile.startsWith(literal)) return `the output does not start as the clean one: ${JSON.stringify(hostile.slice(0, 200))}`;
      position = literal.length;
      continue;
    }
    const slot = Number(pieces[index - 1]);
    const found = index === pieces.length - 1 ? (hostile.endsWith(literal) ? hostile.length - literal.length : -1) : hostile.indexOf(literal, position);
    if (found < position)
      return `after slot ${slot}, ${JSON.stringify(literal.slice(0, 120))} is missing (near ${JSON.stringify(hostile.slice(position, position + 300))})`;
    const data = hostile.slice(position, found);
    if (!ESCAPED.test(data)) return `slot ${slot} is written unescaped: ${JSON.stringify(data.slice(0, 300))}`;
    if (squeeze(unescape(data)) !== squeeze(textOf(slot)))
      return `slot ${slot} holds ${JSON.stringify(unescape(data).slice(0, 200))}, not its text ${JSON.stringify(textOf(slot).slice(0, 200))}`;
    position = found + literal.length;
  }
  return position === hostile.length ? undefined : `the output goes on after the clean one ends: ${JSON.stringify(hostile.slice(position, position + 200))}`;
}

const ROUNDS = 3;
const VARIANTS: readonly RenderReportHTMLOptions[] = [
  { lang: 'zh-CN' },
  { lang: 'en' },
  { lang: 'zh-CN', layout: 'compact', theme: 'dark' },
  { lang: 'en', layout: 'compact', findings: 'hide' },
];

describe('renderReportHTML: the XSS corpus in every field', () => {
  const base = reference();

  for (const variant of VARIANTS) {
    const name = Object.entries(variant)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ');
    const options = { ...variant, idPrefix: 'rol-t' };

    it(`${name}: every payload in every field (${ROUNDS} renders, a share of the corpus in each field), escaped in place`, () => {
      const slots = new FieldSlots();
      const clean = renderReportHTML(poisonEverywhere(base, placeholder, slots, 'urn:rol:clean'), options);
      const shown = new Set([...clean.matchAll(PLACEHOLDERS)].map((match) => slots.paths[Number(match[1])]!.replace(/\[[^\]]*\]/g, '[]')));
      // What reaches the page: labels, notes, figures as written, units, groups, categories (as data-category).
      // (English writes figures from their values, Chinese as the report wrote them.)
      for (const kind of ['title', 'source.publisher', 'indicators[].parts[].category', 'indicators[].parts[].groups[]', 'indicators[].group']) {
        expect(shown, kind).toContain(kind);
      }
      const english = [
        'issuer.nameEn',
        'indicators[].label.en',
        'indicators[].note.en',
        'indicators[].parts[].label.en',
        'indicators[].parts[].note.en',
        'unit[].label.en',
      ];
      const chinese = [
        'issuer.name',
        'indicators[].label.zh-CN',
        'indicators[].note.zh-CN',
        'indicators[].parts[].label.zh-CN',
        'indicators[].parts[].note.zh-CN',
        'unit[].label.zh-CN',
      ];
      for (const kind of variant.lang === 'en' ? english : [...chinese, 'indicators[].quantity.written', 'indicators[].parts[].quantity.written']) {
        expect(shown, kind).toContain(kind);
      }
      for (let round = 0; round < ROUNDS; round++) {
        const textOf = (slot: number) => payloadsFor(slot, round, ROUNDS);
        const hostile = renderReportHTML(poisonEverywhere(base, textOf, slots, UNSAFE_URLS[round]!), options);
        expect(departure(clean, hostile, textOf), `round ${round + 1}`).toBeUndefined();
      }
    });
  }

  it(`each payload alone at the start of every field (${XSS_PAYLOADS.length} renders, zh-CN and en alternately)`, () => {
    const slots = new FieldSlots();
    const cleans = VARIANTS.slice(0, 2).map((variant) =>
      renderReportHTML(poisonEverywhere(base, placeholder, slots, 'urn:rol:clean'), { ...variant, idPrefix: 'rol-t' }),
    );
    XSS_PAYLOADS.forEach((_, shift) => {
      const textOf = (slot: number) => payloadAt(slot, shift);
      const hostile = renderReportHTML(poisonEverywhere(base, textOf, slots, UNSAFE_URLS[shift % UNSAFE_URLS.length]!), {
        ...VARIANTS[shift % 2]!,
        idPrefix: 'rol-t',
      });
      expect(departure(cleans[shift % 2]!, hostile, textOf), `shift ${shift}`).toBeUndefined();
    });
  });

  it('links the source only to an http(s) address: every javascript:, data: and vbscript: URL is left unlinked', () => {
    const report = reference();
    const linked = (url: string) => [...renderReportHTML({ ...report, source: { ...report.source, url } }).matchAll(/<a\b[^>]*>/g)].map((match) => match[0]);
    for (const url of UNSAFE_URLS) expect(linked(url), JSON.stringify(url)).toEqual([]);
    const safe = "https://example.org/report?q=\"><img src=x onerror=window.__rolXss=1>#'onmouseover='x";
    const links = linked(safe);
    // The footer and every breakdown's caption cite the report.
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links)).toEqual(new Set([`<a href="${new URL(safe).href.replace(/'/g, '&#39;')}" rel="noopener noreferrer">`]));
  });
});
