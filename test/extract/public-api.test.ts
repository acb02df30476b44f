// What `@rule-of-law/core/extract` offers a service developer, and nothing more. The lists below are a
// contract: adding or removing a name is a deliberate change of this test (and of docs/reference/core/extract.md,
// which `npm run docs` regenerates). The extractor's internal helpers are tested from their source modules.
// Each public name has TSDoc where it is declared, and each function an example, as the house style asks.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readEntry } from '../support/entry-exports.js';
import type { Quantity, Report } from '@rule-of-law/core';
import * as extract from '@rule-of-law/core/extract';

/** The runtime exports, sorted as `Array.prototype.sort` sorts (upper case first). */
const RUNTIME_EXPORTS = [
  'EXTRACTION_REASONS',
  'decodeText',
  'draftReport',
  'extractFigures',
  'htmlToText',
  'isHtml',
  'parseArabicNumber',
  'parseChineseNumeral',
  'pinyinOf',
  'quantityOfFigure',
  'readReportText',
  'reasonsOf',
];

/** The type-only exports, sorted: the types users name when they call the functions above. */
const TYPE_EXPORTS = [
  'DecodedText',
  'DraftReportOptions',
  'ExtractedFigure',
  'ExtractionNote',
  'ExtractionReason',
  'HtmlText',
  'Numeral',
  'ReportText',
  'SkippedFigure',
  'TableCell',
  'TextEncodingName',
  'TextSpan',
];

const { source: entry, exported, tsdocOf } = readEntry(new URL('../../packages/core/src/extract/', import.meta.url));

describe('@rule-of-law/core/extract, the public entry', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(extract).sort()).toEqual(RUNTIME_EXPORTS);
  });

  it('names each export explicitly (no `export *`), the types among them being exactly these', () => {
    expect(entry).not.toMatch(/^export \*/m);
    expect(
      exported
        .filter((item) => !item.type)
        .map((item) => item.name)
        .sort(),
    ).toEqual(RUNTIME_EXPORTS);
    expect(
      exported
        .filter((item) => item.type)
        .map((item) => item.name)
        .sort(),
    ).toEqual(TYPE_EXPORTS);
  });

  it('has a module TSDoc that says what the entry is for', () => {
    expect(entry.startsWith('/**')).toBe(true);
    expect(entry.slice(0, entry.indexOf('*/'))).toMatch(/draftReport[\s\S]*extractFigures/);
  });

  it.each(exported.map((item) => [item.name, item] as const))('%s has TSDoc where it is declared', (name, { module }) => {
    const doc = tsdocOf(module, name);
    expect(doc, `${module}.ts: ${name}`).toBeDefined();
    expect(doc!.replace(/^\/\*\*|\*\/$|^\s*\*/gm, '').trim(), name).not.toBe('');
    if (typeof (extract as Record<string, unknown>)[name] === 'function') expect(doc, `${name} has no @example`).toContain('@example');
  });

  it('lets a user name every type its functions take and return', () => {
    expectTypeOf(extract.draftReport).parameters.toEqualTypeOf<[text: string, options?: extract.DraftReportOptions]>();
    expectTypeOf(extract.draftReport).returns.toEqualTypeOf<Report>();
    expectTypeOf(extract.extractFigures).returns.toEqualTypeOf<extract.ExtractedFigure[]>();
    expectTypeOf<extract.ExtractedFigure['phrase']>().toEqualTypeOf<extract.TextSpan>();
    expectTypeOf<extract.ExtractedFigure['numeral']>().toEqualTypeOf<extract.Numeral>();
    expectTypeOf<extract.ExtractedFigure['cell']>().toEqualTypeOf<extract.TableCell | undefined>();
    expectTypeOf(extract.reasonsOf).returns.toEqualTypeOf<extract.ExtractionReason[]>();
    expectTypeOf<keyof typeof extract.EXTRACTION_REASONS>().toEqualTypeOf<extract.ExtractionReason>();
    expectTypeOf<extract.ExtractionNote['reasons']>().toEqualTypeOf<extract.ExtractionReason[]>();
    expectTypeOf<extract.SkippedFigure>().toHaveProperty('reason');
    expectTypeOf(extract.readReportText).returns.toEqualTypeOf<extract.ReportText | undefined>();
    expectTypeOf<extract.ReportText['encoding']>().toEqualTypeOf<extract.TextEncodingName>();
    expectTypeOf(extract.decodeText).returns.toEqualTypeOf<extract.DecodedText | undefined>();
    expectTypeOf(extract.htmlToText).returns.toEqualTypeOf<extract.HtmlText>();
    expectTypeOf(extract.quantityOfFigure).returns.toEqualTypeOf<Quantity>();
  });
});
