// Stable issue codes: every rule of the library has its own code (not zod's `custom`), listed in
// REPORT_ISSUE_CODES and in the table of docs/developers.md, so a service can map issues to its errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, REPORT_ISSUE_CODES, type Indicator } from '@rule-of-law/core';
import { catalogKeys } from '../../../packages/core/src/parse/messages.js';
import { minimalReport } from '../../support/minimal-report.js';

const codes = (input: unknown) => {
  const result = parseReport(input);
  return result.ok ? [] : result.issues.map((issue) => [issue.pointer, issue.code]);
};
const count = (id: string, value: number, unit = '件'): Indicator => ({
  id,
  family: 'enforcement',
  label: { 'zh-CN': '案件' },
  kind: 'count',
  quantity: { value, unit, written: `${value}${unit}` } as never,
});

describe('stable issue codes', () => {
  it('gives each rule of the library its own code, never "custom"', () => {
    expect(codes(minimalReport([count('x.cases', -3)]))).toEqual([['indicators[0].quantity.value', 'negative']]);
    expect(codes(minimalReport([count('x.cases', 2.5)]))).toEqual([['indicators[0].quantity.value', 'count_integer']]);
    expect(codes(minimalReport([count('x.cases', 1e16)]))).toEqual([['indicators[0].quantity.value', 'out_of_range']]);
    expect(codes(minimalReport([count('x.cases', 1), count('x.cases', 2)]))).toEqual([['indicators[1].id', 'duplicate_id']]);
    expect(codes(minimalReport([count('x.cases', 1, 'percent')]))).toEqual([['indicators[0].quantity.unit', 'unit_for_kind']]);
    const rate: Indicator = {
      id: 'x.rate',
      family: 'enforcement',
      label: { 'zh-CN': '率' },
      kind: 'rate',
      numerator: { ref: 'x.none' },
      denominator: { ref: 'x.none' },
    };
    expect(codes(minimalReport([rate]))).toEqual([
      ['indicators[0].numerator.ref', 'unknown_indicator'],
      ['indicators[0].denominator.ref', 'unknown_indicator'],
    ]);
    expect(codes({ ...minimalReport(), surplus: 1 })).toEqual([['', 'unrecognized_keys']]);
    expect(codes('<html>')).toEqual([['', 'not_json']]);
    expect(codes({ ...minimalReport(), schemaVersion: 99 })).toEqual([['schemaVersion', 'schema_version']]);
  });

  it('lists every code a rule of the library can give, and only codes that exist', () => {
    const fromRules = catalogKeys()
      .filter((key) => !['not-json-markup', 'schema-version-newer', 'not-json'].includes(key))
      .map((key) => key.replace(/-/g, '_'));
    for (const code of fromRules) expect(REPORT_ISSUE_CODES).toContain(code);
    expect(new Set(REPORT_ISSUE_CODES).size).toBe(REPORT_ISSUE_CODES.length);
  });

  it('are the codes of the table in docs/developers.md, each explained', () => {
    const doc = readFileSync(new URL('../../../docs/developers.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- issue-codes:start -->'), doc.indexOf('<!-- issue-codes:end -->'));
    const documented = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([a-z_]+)`/g)].map((code) => code[1]!));
    expect([...documented].sort()).toEqual([...REPORT_ISSUE_CODES].sort());
  });
});
