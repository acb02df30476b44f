// The JSON Schema and parseReport agree, with ajv set up as docs/developers.md recommends (Ajv2020 and
// ajv-formats), over one corpus:
// - valid reports (every example report, synthetic reports, fast-check samples of arbitraryReport): both accept;
// - invalid reports made from them (targeted edits of each rule, hostile and numeric random edits): whenever the
//   schema refuses, parseReport refuses too (the schema is never stricter); whenever parseReport refuses with
//   codes that are all in SCHEMA_DECIDABLE_ISSUE_CODES, the schema refuses too. The codes only parseReport
//   checks (PARSE_REPORT_ONLY_ISSUE_CODES: references, unique ids, decimals…) are its alone: a targeted edit
//   breaking only such a rule passes the schema.
// Runs are seeded: the same corpus every time.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CODELISTS,
  ISSUE_CODE_DECIDERS,
  parseReport,
  PARSE_REPORT_ONLY_ISSUE_CODES,
  SCHEMA_DECIDABLE_ISSUE_CODES,
  UNIT_CODES,
  UNIT_DIMENSIONS,
  type ReportIssueCode,
  type Unit,
} from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { exampleReports } from '../support/examples.js';
import { hostileValue, mutate } from '../support/mutate-json.js';
import { minimalReport } from '../support/minimal-report.js';
import { errorLines, reportSchemaValidator } from '../support/report-schema-validator.js';

const SEED = 20_240_331;
const validate = reportSchemaValidator();
const decidable = new Set<ReportIssueCode>(SCHEMA_DECIDABLE_ISSUE_CODES);

type Json = Record<string, any>;
const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

/** What the run covered, printed at the end. */
const tally = {
  valid: { examples: 0, synthetic: 0, arbitrary: 0 },
  invalid: 0,
  refusedBySchema: 0,
  parseReportOnly: 0,
  parseReportOnlyCodes: new Set<string>(),
  stayedValid: 0,
};

/** ajv's and parseReport's answers on one input, held to agreement; the codes parseReport gave, if any. */
function expectAgreement(name: string, input: unknown): { schemaOk: boolean; codes: ReportIssueCode[] } {
  const schemaOk = validate(input);
  const parsed = parseReport(input);
  const codes = parsed.ok ? [] : parsed.issues.map((issue) => issue.code);
  // (Checked before calling expect: tens of thousands of passing expects would cost seconds.)
  if (!schemaOk && parsed.ok) expect.fail(`${name}: the schema refuses what parseReport accepts:\n${errorLines(validate.errors).join('\n')}`);
  if (schemaOk && !parsed.ok && codes.every((code) => decidable.has(code))) expect.fail(`${name}: parseReport refuses (${codes.join(', ')}), the schema accepts`);
  return { schemaOk, codes };
}

/** An invalid (or edited) report: checked, and counted. */
function expectAgreementOnEdit(name: string, input: unknown): { schemaOk: boolean; codes: ReportIssueCode[] } {
  const verdict = expectAgreement(name, input);
  if (verdict.codes.length === 0) tally.stayedValid += 1;
  else {
    tally.invalid += 1;
    if (!verdict.schemaOk) tally.refusedBySchema += 1;
    else {
      tally.parseReportOnly += 1;
      for (const code of verdict.codes) tally.parseReportOnlyCodes.add(code);
    }
  }
  return verdict;
}

const examples = exampleReports().filter(({ json }) => typeof json === 'object' && json !== null && 'schemaVersion' in json);
const synthetic = generateSyntheticReports({ seed: SEED, issuers: 24 }).map(asJson);
const arbitrary = fc.sample(arbitraryReport, { seed: SEED, numRuns: 300 }).map(asJson);

describe('valid reports: the schema and parseReport both accept', () => {
  it.each([
    ['example', examples.map(({ name, json }) => [name, json as Json] as const), 'examples'],
    ['synthetic', synthetic.map((report, at) => [`synthetic ${at}`, report] as const), 'synthetic'],
    ['arbitrary', arbitrary.map((report, at) => [`arbitrary ${at}`, report] as const), 'arbitrary'],
  ] as const)('%s reports', (_, reports, key) => {
    expect(reports.length).toBeGreaterThan(0);
    for (const [name, report] of reports) {
      const parsed = parseReport(report);
      expect(parsed.ok, `${name}: ${parsed.ok ? '' : parsed.issues.map((issue) => `${issue.pointer} ${issue.code}`).join('; ')}`).toBe(true);
      expect(validate(report), `${name}:\n${errorLines(validate.errors).join('\n')}`).toBe(true);
      tally.valid[key] += 1;
    }
  });
});

// ——— Targeted edits: each breaks one rule, named by the code parseReport gives for it. ———

/** An edit of a valid report (a fresh copy, edited in place); false when the report has nothing to edit. */
type Edit = (report: Json) => boolean;

const indicatorsOf = (report: Json, kind: string): Json[] => report.indicators.filter((indicator: Json) => indicator.kind === kind);
/** Applies `change` to the first indicator of `kind` (that passes `where`), if any. */
const onFirst =
  (kind: string, change: (indicator: Json, report: Json) => unknown, where: (indicator: Json) => boolean = () => true): Edit =>
  (report) => {
    const indicator = indicatorsOf(report, kind).find(where);
    if (!indicator) return false;
    change(indicator, report);
    return true;
  };
const always =
  (change: (report: Json) => unknown): Edit =>
  (report) => {
    change(report);
    return true;
  };
const quantityOf = (value: number, unit: Unit) => ({ value, unit, written: `${value}` });
const statesPercent = (rate: Json) => rate.quantity?.unit === 'percent';
const firstQuantityWithSource = (report: Json): Json | undefined =>
  report.indicators
    .flatMap((indicator: Json) => [indicator.quantity, indicator.total, ...(indicator.parts ?? []).map((part: Json) => part.quantity)])
    .find((quantity: Json | undefined) => quantity?.source);
const aCodelistBreakdown = (breakdown: Json) => breakdown.codelist !== undefined;

/** [what is wrong, the code parseReport gives for it, the edit]. */
const EDITS: readonly (readonly [string, ReportIssueCode, Edit])[] = [
  // Wrong types and missing or unknown fields.
  ['a title that is a number', 'invalid_type', always((report) => (report.title = 2023))],
  ['a count whose value is text', 'invalid_type', onFirst('count', (count) => (count.quantity.value = '12'))],
  ['a breakdown whose exhaustive is text', 'invalid_type', onFirst('breakdown', (breakdown) => (breakdown.exhaustive = 'yes'))],
  ['sections that are an object', 'invalid_type', always((report) => (report.sections = {}))],
  ['a report without a title', 'invalid_type', always((report) => delete report.title)],
  ['an indicator without a label', 'invalid_type', onFirst('count', (count) => delete count.label)],
  ['a quantity without its written form', 'invalid_type', onFirst('amount', (amount) => delete amount.quantity.written)],
  ['a breakdown without parts', 'invalid_type', onFirst('breakdown', (breakdown) => delete breakdown.parts)],
  ['a report with an unknown field', 'unrecognized_keys', always((report) => (report.titel = 'x'))],
  ['an indicator with an unknown field', 'unrecognized_keys', onFirst('rate', (rate) => (rate.unit = 'percent'))],
  ['a quantity with an unknown field', 'unrecognized_keys', onFirst('count', (count) => (count.quantity.exact = true))],
  ['a label with an unknown locale', 'unrecognized_keys', onFirst('count', (count) => (count.label['zh-TW'] = '案件'))],
  ['an empty title', 'too_small', always((report) => (report.title = ''))],
  ['a breakdown with no parts', 'too_small', onFirst('breakdown', (breakdown) => (breakdown.parts = []))],
  // Values.
  ['a negative count', 'negative', onFirst('count', (count) => (count.quantity.value = -1))],
  ['a fractional count', 'count_integer', onFirst('count', (count) => (count.quantity.value = 2.5))],
  ['negative money', 'negative', onFirst('amount', (amount) => (amount.quantity.value = -0.5))],
  ['a rank of 0', 'rank_positive', onFirst('measure', (measure) => (measure.quantity = quantityOf(0, '位')))],
  ['a count beyond 10^15', 'out_of_range', onFirst('count', (count) => (count.quantity.value = 1e16))],
  ['a percentage beyond 10^6', 'out_of_range', onFirst('rate', (rate) => (rate.quantity.value = 2e6), statesPercent)],
  ['a 30 February', 'date', always((report) => (report.period.start = `${report.period.start.slice(0, 4)}-02-30`))],
  ['a thirteenth month', 'date', always((report) => (report.signedOn = '2024-13-01'))],
  ['a date-time at 25 o’clock', 'date_time', always((report) => (report.publishedAt = '2024-03-26T25:00:00'))],
  ['a badly formed indicator id', 'id_format', onFirst('count', (count) => (count.id = 'Enforcement.Cases'))],
  ['a section id starting with a digit', 'id_format', always((report) => (report.sections = [{ id: '1st', heading: '一', order: 0 }]))],
  ['a reference that is not an id', 'id_format', onFirst('rate', (rate) => (rate.numerator = { ref: 'x..y' }))],
  ['an unknown family', 'invalid_value', onFirst('count', (count) => (count.family = 'bogus'))],
  ['an unknown issuer level', 'invalid_value', always((report) => (report.issuer.level = 'city'))],
  ['an unknown qualifier', 'invalid_value', onFirst('count', (count) => (count.quantity.qualifier = 'roughly'))],
  ['an unknown formula', 'invalid_value', onFirst('rate', (rate) => (rate.formula = 'growth'))],
  ['an unknown codelist', 'invalid_value', onFirst('breakdown', (breakdown) => (breakdown.codelist = 'outcomes'))],
  ['schemaVersion as text', 'invalid_value', always((report) => (report.schemaVersion = '1'))],
  ['a newer schemaVersion', 'schema_version', always((report) => (report.schemaVersion = 2))],
  ['an unknown kind', 'invalid_union', onFirst('count', (count) => (count.kind = 'number'))],
  ['an unknown unit', 'unit', onFirst('count', (count) => (count.quantity.unit = '公斤'))],
  ['a custom unit without a label', 'unit', onFirst('count', (count) => (count.quantity.unit = { custom: '篇' }))],
  ['a division code of 5 digits', 'division_code', always((report) => (report.issuer.divisionCode = '12010'))],
  ['a division code in full-width digits', 'division_code', always((report) => (report.issuer.divisionCode = '１２０１０７'))],
  ['an operand that is neither a reference nor a quantity', 'operand', onFirst('rate', (rate) => (rate.numerator = { value: 3 }))],
  ['a total that is text', 'total', onFirst('breakdown', (breakdown) => (breakdown.total = 'all'))],
  // Rules JSON Schema says beyond field types.
  ['a count in 元', 'unit_for_kind', onFirst('count', (count) => (count.quantity = quantityOf(3, '元')))],
  [
    'a count in a custom unit of distance',
    'unit_for_kind',
    onFirst('count', (count) => (count.quantity = quantityOf(3, { custom: '公里', label: { 'zh-CN': '公里' }, dimension: 'distance' }))),
  ],
  ['an amount in 件', 'unit_for_kind', onFirst('amount', (amount) => (amount.quantity = quantityOf(3, '件')))],
  ['a measure in 件', 'unit_for_kind', onFirst('measure', (measure) => (measure.quantity = quantityOf(3, '件')))],
  ['a rate in 件', 'unit_for_kind', onFirst('rate', (rate) => (rate.quantity = quantityOf(3, '件')))],
  ['a multiple stated in percent', 'unit_for_kind', onFirst('rate', (rate) => (rate.formula = 'multiple'), statesPercent)],
  ['a rate with neither a value nor both operands', 'rate_needs_value', onFirst('rate', (rate) => (delete rate.quantity, delete rate.denominator))],
  [
    'a free category without a label',
    'free_category_label',
    onFirst('breakdown', (breakdown) => (breakdown.parts[0] = { category: 'something_else', quantity: quantityOf(1, '件') })),
  ],
  [
    'a reference to a part and a group',
    'part_and_group',
    (report) => {
      const breakdown = indicatorsOf(report, 'breakdown').find(aCodelistBreakdown);
      const rate = indicatorsOf(report, 'rate')[0];
      if (!breakdown || !rate) return false;
      const group = Object.keys(CODELISTS[breakdown.codelist as keyof typeof CODELISTS].groups)[0];
      rate.numerator = { ref: breakdown.id, part: breakdown.parts[0].category, group };
      return true;
    },
  ],
  // Rules only parseReport checks.
  [
    'two indicators with one id',
    'duplicate_id',
    (report) => {
      if (report.indicators.length < 2) return false;
      report.indicators[1].id = report.indicators[0].id;
      return true;
    },
  ],
  ['a reference to no indicator', 'unknown_indicator', onFirst('rate', (rate) => (rate.numerator = { ref: 'nowhere.none' }))],
  ['a rate referring to itself', 'self_reference', onFirst('rate', (rate) => (rate.numerator = { ref: rate.id }))],
  [
    'a reference to a rate',
    'ref_kind',
    (report) => {
      const [first, second] = indicatorsOf(report, 'rate');
      if (!first || !second) return false;
      first.numerator = { ref: second.id };
      return true;
    },
  ],
  ['a sectionId naming no section', 'unknown_section', onFirst('count', (count) => (count.sectionId = 'nowhere'))],
  [
    'sections that are each other’s parents',
    'section_cycle',
    always(
      (report) =>
        (report.sections = [
          { id: 'a', heading: '甲', order: 0, parent: 'b' },
          { id: 'b', heading: '乙', order: 0, parent: 'a' },
        ]),
    ),
  ],
  ['a period that ends before it starts', 'period_order', always((report) => ([report.period.start, report.period.end] = [report.period.end, report.period.start]))],
  ['money to seven decimal places', 'decimals', onFirst('amount', (amount) => (amount.quantity.value = 1.1234567))],
  [
    'a source span one longer than its text',
    'span_length',
    (report) => {
      const quantity = firstQuantityWithSource(report);
      if (!quantity) return false;
      quantity.source.end += 1;
      return true;
    },
  ],
  [
    'a category twice in one breakdown',
    'duplicate_category',
    onFirst('breakdown', (breakdown) => (breakdown.parts = [breakdown.parts[0], { ...breakdown.parts[0] }])),
  ],
  ['a source URL that is not a URL', 'invalid_format', always((report) => (report.source = { ...report.source, url: 'not a url' }))],
];

describe('invalid reports: the schema refuses what parseReport refuses, wherever JSON Schema can decide', () => {
  const bases: readonly (readonly [string, Json])[] = [
    ...examples.map(({ name, json }) => [name, json as Json] as const),
    ...synthetic.slice(0, 6).map((report, at) => [`synthetic ${at}`, report] as const),
    ...arbitrary.slice(0, 40).map((report, at) => [`arbitrary ${at}`, report] as const),
  ];

  it('lists a decider for every code, and the shared lists follow it', () => {
    expect(SCHEMA_DECIDABLE_ISSUE_CODES.every((code) => ISSUE_CODE_DECIDERS[code] === 'json-schema')).toBe(true);
    expect(PARSE_REPORT_ONLY_ISSUE_CODES.every((code) => ISSUE_CODE_DECIDERS[code] === 'parse-report')).toBe(true);
    expect(new Set([...SCHEMA_DECIDABLE_ISSUE_CODES, ...PARSE_REPORT_ONLY_ISSUE_CODES]).size).toBe(
      SCHEMA_DECIDABLE_ISSUE_CODES.length + PARSE_REPORT_ONLY_ISSUE_CODES.length,
    );
  });

  it('docs/developers.md lists the codes only parseReport checks, as the shared list has them', () => {
    const doc = readFileSync(new URL('../../docs/developers.md', import.meta.url), 'utf8');
    const list = doc.slice(doc.indexOf('<!-- parse-report-only-codes:start -->'), doc.indexOf('<!-- parse-report-only-codes:end -->'));
    expect([...list.matchAll(/`([a-z_]+)`/g)].map((match) => match[1])).toEqual([...PARSE_REPORT_ONLY_ISSUE_CODES]);
  });

  it.each(EDITS.map(([what, code, edit]) => [what, code, edit] as const))('%s (%s)', (what, code, edit) => {
    let applied = 0;
    for (const [name, base] of bases) {
      const report = structuredClone(base);
      if (!edit(report)) continue;
      applied += 1;
      const { schemaOk, codes } = expectAgreementOnEdit(`${name} with ${what}`, report);
      if (!codes.includes(code)) expect.fail(`${name} with ${what}: parseReport gave ${codes.join(', ') || 'no issue'}, not ${code}`);
      // An edit that breaks only rules parseReport alone checks passes the schema: those rules are not the schema's.
      if (!schemaOk && codes.every((given) => ISSUE_CODE_DECIDERS[given] === 'parse-report'))
        expect.fail(`${name} with ${what}: the schema refuses ${codes.join(', ')}`);
    }
    expect(applied, 'the corpus has something to edit').toBeGreaterThan(0);
  });

  it('hostile values anywhere (fast-check, seeded)', { timeout: 30_000 }, () => {
    const edits = fc.sample(fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), hostileValue), {
      seed: SEED,
      numRuns: 800,
    });
    for (const [at, steps, value] of edits) {
      const [name, base] = bases[at]!;
      expectAgreementOnEdit(`${name} with ${JSON.stringify(value) ?? 'undefined'} at ${steps.join('.')}`, asJson(mutate(base, steps, value)));
    }
  });

  it('numbers, enumeration values and ids anywhere (fast-check, seeded)', { timeout: 30_000 }, () => {
    const replacement = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(0.5, -0.5, 1e15, 1e15 + 2, 1e6, 1e6 + 1, -1e6 - 1, 1e16, 0.1234567),
      fc.constantFrom(
        'count',
        'rate',
        'percent',
        '件',
        '元',
        '位',
        '倍',
        'multiple',
        'ratio',
        'uphold',
        'enforcement',
        'a.b',
        'A.b',
        '2024-02-29',
        '2023-02-29',
        '',
      ),
      fc.constantFrom(true, false, null, [], {}),
    );
    const edits = fc.sample(fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(fc.nat(), { minLength: 2, maxLength: 8 }), replacement), {
      seed: SEED + 1,
      numRuns: 1200,
    });
    for (const [at, steps, value] of edits) {
      const [name, base] = bases[at]!;
      expectAgreementOnEdit(`${name} with ${JSON.stringify(value)} at ${steps.join('.')}`, asJson(mutate(base, steps, value)));
    }
  });
});

describe('every unit in every place a quantity stands, at the edges of every bound: exactly the same answers', () => {
  const label = { 'zh-CN': '单位' };
  const UNITS: readonly Unit[] = [
    ...UNIT_CODES,
    { custom: '篇', label },
    ...UNIT_DIMENSIONS.map((dimension): Unit => ({ custom: `单位${dimension}`, label, dimension })),
  ];
  const VALUES = [-1e16, -1e6 - 1, -1e6, -1, -0.5, 0, 0.5, 1, 2, 1e6, 1e6 + 1, 1e15, 1e15 + 2];
  const common = { family: 'enforcement', label: { 'zh-CN': '数' } } as const;
  const PLACES: Record<string, (quantity: Json) => Json[]> = {
    count: (quantity) => [{ ...common, id: 'x.figure', kind: 'count', quantity }],
    amount: (quantity) => [{ ...common, id: 'x.figure', kind: 'amount', quantity }],
    measure: (quantity) => [{ ...common, id: 'x.figure', kind: 'measure', quantity }],
    rate: (quantity) => [{ ...common, id: 'x.figure', kind: 'rate', quantity }],
    'rate of formula multiple': (quantity) => [{ ...common, id: 'x.figure', kind: 'rate', formula: 'multiple', quantity }],
    'inline operand': (quantity) => [{ ...common, id: 'x.figure', kind: 'rate', numerator: { quantity }, denominator: { quantity } }],
    'breakdown part and total': (quantity) => [
      { ...common, id: 'x.figure', kind: 'breakdown', exhaustive: false, total: quantity, parts: [{ category: 'a', label, quantity }] },
    ],
  };

  it.each(Object.keys(PLACES))('%s', (place) => {
    for (const unit of UNITS) {
      for (const value of VALUES) {
        const report = asJson(minimalReport(PLACES[place]!({ value, unit, written: `${value}` }) as never));
        const name = `${place}: ${value} ${JSON.stringify(unit)}`;
        const { schemaOk, codes } = expectAgreementOnEdit(name, report);
        // No reference, no decimals: nothing here is parseReport's alone, so the answers are the same.
        if (schemaOk !== (codes.length === 0))
          expect.fail(`${name}: the schema ${schemaOk ? 'accepts' : 'refuses'}, parseReport gives ${codes.join(', ') || 'no issue'}`);
      }
    }
  });
});

afterAll(() => {
  const { examples: fromExamples, synthetic: fromSynthetic, arbitrary: fromArbitrary } = tally.valid;
  console.log(
    `json-schema agreement: ${fromExamples + fromSynthetic + fromArbitrary} valid reports accepted by both (${fromExamples} example, ${fromSynthetic} synthetic, ${fromArbitrary} arbitrary); ` +
      `${tally.invalid} invalid reports refused by parseReport, ${tally.refusedBySchema} of them by the schema too and ${tally.parseReportOnly} by parseReport alone (${[...tally.parseReportOnlyCodes].sort().join(', ') || 'no codes'}); ` +
      `${tally.stayedValid} edits that stayed valid, accepted by both`,
  );
});
