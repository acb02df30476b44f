// 繁體中文 (zh-Hant): the locale registry resolves tags to it once it is registered, and its conversion writes
// every word the library writes exactly as OpenCC's cn → tw conversion does (OpenCC's full dictionaries,
// 1.1 MB, against the 18 KB table the locale ships).
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import * as core from '@rule-of-law/core';
import {
  compareReports,
  computeReport,
  formatDate,
  formatPeriod,
  formatQuantity,
  localized,
  parseReport,
  registeredLocales,
  resolveLocale,
  translationOf,
} from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { toHant } from '../../../packages/core/src/locale/to-hant.js';
import { zhHant } from '@rule-of-law/core/locales/zh-Hant';
import '../../../packages/elements/src/locales/zh-Hant.js';
import { stringsOf } from '../../../packages/elements/src/internal/i18n/strings.js';
import { comparisonStrings } from '../../../packages/elements/src/internal/i18n/comparison-strings.js';
import reference from '../../../examples/hangzhoudao-2023.json' with { type: 'json' };

const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
const HAN = /\p{Script=Han}/u;

/** Every string with a Han character inside a value: objects, arrays and the strings functions return for sample arguments. */
function hanStrings(value: unknown, out: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (typeof value === 'string') {
    if (HAN.test(value)) out.add(value);
  } else if (typeof value === 'function') {
    const samples = [['甲'], [2], [['甲', '乙']], ['甲', '乙'], ['甲', '乙', '丙'], ['bar', ['甲', '乙']], ['line', 2]];
    for (const args of samples) {
      try {
        hanStrings((value as (...args: unknown[]) => unknown)(...args), out, seen);
      } catch {
        // A function that needs other arguments: its words are read from the tables that call it.
      }
    }
  } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const entry of Object.values(value)) hanStrings(entry, out, seen);
  }
  return out;
}

describe('the locale registry', () => {
  it('resolves any tag to a registered locale, falling back by subtags and then to zh-CN', () => {
    expect(registeredLocales().map((translation) => translation.tag)).toEqual(expect.arrayContaining(['zh-CN', 'en', 'zh-Hant']));
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(resolveLocale('zh-Hant-HK')).toBe('zh-Hant');
    expect(resolveLocale('zh-TW')).toBe('zh-Hant');
    expect(resolveLocale('zh_HK')).toBe('zh-Hant');
    expect(resolveLocale('ZH-MO')).toBe('zh-Hant');
    expect(resolveLocale('fr')).toBe('zh-CN');
    expect(resolveLocale('')).toBe('zh-CN');
    expect(translationOf('zh-Hant')).toMatchObject({ ...zhHant, tag: 'zh-Hant' });
  });

  it('writes numbers, dates and punctuation in zh-Hant as zh-CN does, in Traditional characters', () => {
    expect(formatQuantity({ value: 3900, unit: '元', written: '0.39万元' }, { locale: 'zh-Hant' })).toBe('0.39萬元');
    expect(formatQuantity({ value: 996, unit: '人次', qualifier: 'at_least', marker: '余' }, { locale: 'zh-Hant' })).toBe('996餘人次');
    expect(formatDate('2024-03-26', { locale: 'zh-Hant' })).toBe('2024年3月26日');
    expect(formatPeriod({ start: '2023-01-01', end: '2023-12-31' }, { locale: 'zh-Hant' })).toBe('2023年');
    expect(localized({ 'zh-CN': '行政复议', en: 'Administrative reconsideration' }, 'zh-Hant')).toBe('行政複議');
    expect(translationOf('zh-Hant').punctuation).toEqual(translationOf('zh-CN').punctuation);
  });
});

describe('zh-Hant writes what the library writes as OpenCC does', () => {
  const differences = (texts: Iterable<string>) =>
    [...texts].filter((text) => toHant(text) !== opencc(text)).map((text) => `${text} → ${toHant(text)} (OpenCC: ${opencc(text)})`);

  it("the codelists' and codebook's labels, units and every other word core exports", () => {
    const texts = hanStrings(Object.fromEntries(Object.entries(core).filter(([, value]) => typeof value !== 'function')), new Set());
    expect(texts.size).toBeGreaterThan(500);
    expect(differences(texts)).toEqual([]);
  });

  it("the elements' words and the comparison's words", () => {
    const texts = hanStrings([stringsOf('zh-CN'), comparisonStrings('zh-CN')], new Set());
    expect(texts.size).toBeGreaterThan(100);
    expect(differences(texts)).toEqual([]);
    expect(stringsOf('zh-Hant').findingsHeading).toBe(opencc(stringsOf('zh-CN').findingsHeading));
    expect(comparisonStrings('zh-Hant').noData).toBe(opencc(comparisonStrings('zh-CN').noData));
  });

  it('the findings, comparison notes and validation messages written for the reference report and 48 synthetic ones', () => {
    const reports = [reference as unknown as core.Report, ...generateSyntheticReports({ seed: 15, issuers: 24, years: [2022, 2023] })];
    const messages = new Set<string>();
    for (const report of reports) {
      for (const finding of computeReport(report).findings) messages.add(finding.message['zh-CN']);
    }
    for (const note of compareReports(reports[1]!, reports[2]!).notes) messages.add(note.message['zh-CN']);
    const invalid = parseReport({ ...reference, period: { start: '2023-12-31', end: '2023-01-01' }, indicators: [{ id: 'x', kind: 'count' }] });
    if (!invalid.ok) for (const issue of invalid.issues) messages.add(issue.message['zh-CN']);
    expect(messages.size).toBeGreaterThan(10);
    expect(differences(messages)).toEqual([]);
  });
});
