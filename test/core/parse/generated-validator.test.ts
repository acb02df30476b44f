// The validator generated from the zod schemas (packages/core/src/parse/generated/) is what parseReport runs;
// the schemas stay the definition. These tests hold the two together: the committed file is what the generator
// writes from the schemas as they are, and over thousands of damaged reports the generated validator gives
// exactly the issues zod gives (path, code, both messages, order).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema, type ReportIssue } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { PriorFigureSchema } from '../../../packages/core/src/compare/prior-figure-schema.js';
import { validatePriorFigure, validateReport } from '../../../packages/core/src/parse/generated/report-validator.js';
import { bilingualMessage } from '../../../packages/core/src/parse/messages.js';
import type { ValidationIssue } from '../../../packages/core/src/parse/validation-issue.js';
import { mulberry32 } from '../../../packages/core/src/synthetic/prng.js';
import { REPORT_VALIDATOR_FILE, reportValidatorSource } from '../../../scripts/write-report-validator.js';

const reference = JSON.parse(readFileSync(new URL('../../../examples/hangzhoudao-2023.json', import.meta.url), 'utf8')) as unknown;

/** What parseReport gave before the generated validator: zod's issues, read the same way. */
function zodIssues(value: unknown): Pick<ReportIssue, 'path' | 'code' | 'message'>[] | 'threw' {
  try {
    const result = ReportSchema.safeParse(value, { reportInput: true });
    if (result.success) return [];
    return result.error.issues.map((found) => {
      const issue = found as unknown as ValidationIssue;
      return { path: issue.path as (string | number)[], code: codeOf(issue), message: bilingualMessage(issue) };
    });
  } catch {
    return 'threw';
  }
}

/** What parseReport gives now, but for what it checks before validating (JSON text, a newer schema version). */
function generatedIssues(value: unknown): Pick<ReportIssue, 'path' | 'code' | 'message'>[] | 'threw' {
  let found: ValidationIssue[];
  try {
    found = validateReport(value);
  } catch {
    return 'threw';
  }
  const result = parseReport(value);
  if (typeof value !== 'string' && !(isObject(value) && typeof value.schemaVersion === 'number' && value.schemaVersion > 1)) {
    expect(result.ok ? [] : result.issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual(
      found.map((issue) => ({ path: issue.path, code: codeOf(issue), message: bilingualMessage(issue) })),
    );
  }
  return found.map((issue) => ({ path: issue.path as (string | number)[], code: codeOf(issue), message: bilingualMessage(issue) }));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const codeOf = (issue: ValidationIssue): ReportIssue['code'] =>
  (issue.message?.startsWith('rol:') ? issue.message.slice(4).replace(/-/g, '_') : issue.code) as ReportIssue['code'];

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Values that break the schemas in every way they can be broken, and a few that are valid somewhere. */
const REPLACEMENTS: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => 0,
  () => -1,
  () => 1.5,
  () => 1e16,
  () => 0.1234567,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => 2 ** 60,
  () => '',
  () => 'x',
  () => '\u{20000}',
  () => 'litigation.cases',
  () => 'Bad Id',
  () => '2023-02-29',
  () => '2024-02-29',
  () => '2023-12-31T24:00:00',
  () => '2024-03-26T17:24:00+08:00',
  () => 'http://',
  () => ' https://example.org/a ',
  () => '123456',
  () => 'count',
  () => 'rate',
  () => 'breakdown',
  () => '件',
  () => 'percent',
  () => 'uphold',
  () => true,
  () => [],
  () => [1],
  () => ['a'],
  () => ({}),
  () => ({ length: 0 }),
  () => ({ ref: 'litigation.cases' }),
  () => ({ ref: 'nowhere', part: 'x', group: 'y' }),
  () => ({ quantity: { value: 1, unit: '件', written: '1件' } }),
  () => ({ value: 1, unit: '件', written: '1件' }),
  () => ({ value: -2.5, unit: '位', written: '第-2.5位' }),
  () => ({ custom: '公里', label: { 'zh-CN': '公里' } }),
  () => ({ custom: '公里', label: { 'zh-CN': '公里' }, dimension: 'distance', extra: 1 }),
  () => ({ 'zh-CN': '中文', en: '' }),
  () => ({ text: 'ab', start: 3, end: 4 }),
  () => ({ start: '2023-12-31', end: '2023-01-01' }),
  () => Object.create({ inherited: 1 }) as unknown,
  () => new Date(0),
];

/** Every place in `value` (as a path) where a mutation can go. */
function places(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => places(item, [...path, index], into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) places(item, [...path, key], into);
  return into;
}

function parentOf(root: unknown, path: readonly (string | number)[]): Record<string | number, unknown> | undefined {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

/** One random damage to a deep copy of `report`. */
function mutate(report: unknown, random: Random): unknown {
  const copy = structuredClone(report) as Record<string, unknown>;
  const all = places(copy).filter((path) => path.length > 0);
  const path = pick(random, all);
  const parent = parentOf(copy, path)!;
  const key = path[path.length - 1]!;
  const choice = random();
  if (choice < 0.12 && !Array.isArray(parent)) delete parent[key];
  else if (choice < 0.2 && parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key]))
    (parent[key] as Record<string, unknown>)[pick(random, ['extra', 'ref', 'quantity', '__proto__'])] = 1;
  else if (choice < 0.26 && Array.isArray(parent[key])) (parent[key] as unknown[]).length = 0;
  else if (choice < 0.32 && Array.isArray(parent)) parent.push(structuredClone(parent[key]));
  else if (choice < 0.4)
    parent[key] = structuredClone(
      pick(
        random,
        all.map((other) => parentOf(copy, other)![other[other.length - 1]!]),
      ),
    );
  else parent[key] = pick(random, REPLACEMENTS)();
  return copy;
}

describe('the validator generated from the schemas', () => {
  it('is what the generator writes from the schemas as they are now (run `npx tsx scripts/write-report-validator.ts` after changing a schema)', () => {
    expect(readFileSync(REPORT_VALIDATOR_FILE, 'utf8')).toBe(reportValidatorSource());
  });

  it('accepts what zod accepts: the reference report and synthetic reports', () => {
    const reports = [reference, ...generateSyntheticReports({ seed: 7, issuers: 6, years: [2022, 2023] })];
    for (const report of reports) expect(generatedIssues(report)).toEqual(zodIssues(report));
    expect(generatedIssues(reference)).toEqual([]);
  });

  it('gives zod’s issues, in zod’s order, for 4,000 damaged reports (one to three damages each)', () => {
    const random = mulberry32(20261203);
    const bases = [reference, ...generateSyntheticReports({ seed: 11, issuers: 3, years: [2023] })];
    let differing = 0;
    const firstDifferences: unknown[] = [];
    const codes = new Set<string>();
    for (let round = 0; round < 4000; round++) {
      let damaged: unknown = pick(random, bases);
      const damages = 1 + Math.floor(random() * 3);
      for (let time = 0; time < damages; time++) damaged = mutate(damaged, random);
      const expected = zodIssues(damaged);
      const actual = generatedIssues(damaged);
      if (Array.isArray(expected)) for (const issue of expected) codes.add(issue.code);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        differing++;
        if (firstDifferences.length < 3) firstDifferences.push({ damaged, expected, actual });
      }
    }
    expect(firstDifferences).toEqual([]);
    expect(differing).toBe(0);
    // The damage reaches the rules of every kind: shape, format, the library's own rules, references.
    for (const code of [
      'invalid_type',
      'invalid_value',
      'invalid_union',
      'unrecognized_keys',
      'too_small',
      'id_format',
      'date',
      'negative',
      'unknown_indicator',
      'unit',
      'operand',
    ])
      expect(codes, code).toContain(code);
  }, 120_000);

  it('gives zod’s issues for whole values of every kind, not only reports', () => {
    for (const make of REPLACEMENTS) {
      const value = make();
      expect(generatedIssues(value)).toEqual(zodIssues(value));
    }
  });

  it('checks a quoted prior-period figure as PriorFigureSchema does', () => {
    const random = mulberry32(5);
    const figure = { period: { start: '2022-01-01', end: '2022-12-31' }, quantity: { value: 558, unit: '件', written: '558件' }, part: 'uphold' };
    expect(validatePriorFigure(figure)).toEqual([]);
    for (let round = 0; round < 500; round++) {
      const damaged = mutate(figure, random);
      const zod = PriorFigureSchema.safeParse(damaged, { reportInput: true });
      const generated = validatePriorFigure(damaged);
      expect(
        generated.map((issue) => [issue.path, issue.code]),
        JSON.stringify(damaged),
      ).toEqual(zod.success ? [] : zod.error.issues.map((issue) => [issue.path, issue.code]));
    }
  });
});
