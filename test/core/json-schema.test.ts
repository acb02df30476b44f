import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARSE_REPORT_ONLY_ISSUE_CODES, REPORT_ISSUE_CODES, reportJsonSchema } from '@rule-of-law/core';
import { exampleReports, referenceJson } from '../support/examples.js';
import { ajvWarnings, errorLines, reportSchemaValidator } from '../support/report-schema-validator.js';
import { asciiDigits } from '../../packages/core/src/json-schema/ascii-digit-patterns.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });

describe('reportJsonSchema', () => {
  const validate = ajv.compile(reportJsonSchema());

  it('validates every example report with an independent validator', () => {
    const examples = exampleReports();
    expect(examples.length).toBeGreaterThan(0);
    for (const { name, json } of examples) {
      expect(validate(json), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what the model rejects field by field', () => {
    const wrongUnit = referenceJson();
    wrongUnit.indicators[0].quantity.unit = '公斤';
    expect(validate(wrongUnit)).toBe(false);
    const extraField = referenceJson();
    extraField.title2 = 'x';
    expect(validate(extraField)).toBe(false);
  });

  it('is the file the build ships in the package', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../packages/core/report.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(reportJsonSchema());
  });
});

describe('reportJsonSchema of a rate', () => {
  type Node = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };
  const schema = reportJsonSchema() as { $defs: Record<string, Node> };
  const rateSchema = schema.$defs.RateIndicator!;

  it('describes the formula, its four values and what each computes', () => {
    const formula = rateSchema.properties!.formula!;
    expect(formula.enum).toEqual(['ratio', 'increase', 'decrease', 'multiple']);
    expect(formula.description).toContain('`multiple` (比值, 2.5:1): numerator ÷ denominator, in times');
    expect(formula.description).toMatch(/`ratio` when absent/);
    expect(formula.description).toContain('`increase` (同比增长): (numerator − denominator) ÷ denominator × 100');
    expect(formula.description).toContain('`decrease` (同比下降): (denominator − numerator) ÷ denominator × 100');
    expect(rateSchema.properties!.quantity!.description).toContain('同比下降3.9% is 3.9 with formula `decrease`');
    expect(rateSchema.properties!.denominator!.description).toMatch(/the earlier figure/);
    expect((rateSchema.required as string[]).includes('formula')).toBe(false);
  });

  it('lets an independent validator accept a stated change and refuse an unknown formula', () => {
    const validate = ajv.getSchema('https://rule-of-law.invalid/schema/report.schema.json') ?? ajv.compile(reportJsonSchema());
    const report = referenceJson();
    report.indicators.push({
      id: 'x.cases_change',
      family: 'reconsideration',
      label: { 'zh-CN': '收案同比' },
      kind: 'rate',
      quantity: { value: 32.96, unit: 'percent', written: '32.96%' },
      numerator: { quantity: { value: 486, unit: '件', written: '486件' } },
      denominator: { quantity: { value: 725, unit: '件', written: '725件' } },
      formula: 'decrease',
    });
    expect(validate(report), ajv.errorsText(validate.errors)).toBe(true);
    report.indicators[report.indicators.length - 1].formula = 'growth';
    expect(validate(report)).toBe(false);
  });
});

describe('reportJsonSchema definitions', () => {
  const schema = reportJsonSchema() as { $defs: Record<string, Record<string, unknown>> };

  it('has stable, readable names under $defs, one per concept', () => {
    expect(Object.keys(schema.$defs).sort()).toEqual(
      [
        'AmountIndicator',
        'BreakdownIndicator',
        'BreakdownPart',
        'CountIndicator',
        'CustomUnit',
        'Extensions',
        'Family',
        'Id',
        'IndicatorRef',
        'Indicator',
        'InlineQuantity',
        'IsoDate',
        'IsoDateOrDateTime',
        'Issuer',
        'LocalizedText',
        'MeasureIndicator',
        'Operand',
        'Period',
        'Qualifier',
        'Quantity',
        'RateIndicator',
        'ReportPart',
        'ReportSource',
        'Section',
        'SourceSpan',
        'Unit',
      ].sort(),
    );
  });

  it('chooses an indicator’s definition by its kind (if/then), not by trying every kind (oneOf)', () => {
    const indicator = schema.$defs.Indicator!;
    expect(indicator.oneOf).toBeUndefined();
    expect(indicator.required).toEqual(['kind']);
    expect(indicator.allOf).toContainEqual({ if: { properties: { kind: { const: 'rate' } }, required: ['kind'] }, then: { $ref: '#/$defs/RateIndicator' } });
  });

  it('writes digits as [0-9] in its patterns, as parseReport reads them, whatever the validator’s regular expressions', () => {
    expect(asciiDigits('^\\d{6}[\\d-]\\\\d$')).toBe('^[0-9]{6}[\\d-]\\\\d$');
    expect(JSON.stringify(schema)).not.toContain('\\\\d');
  });

  it('compiles in the recommended ajv setup without a warning', () => {
    reportSchemaValidator();
    expect(ajvWarnings).toEqual([]);
  });
});

describe('reportJsonSchema errors point at the wrong field', () => {
  const validate = reportSchemaValidator({ verbose: true });
  const INDICATOR_KINDS_IN_ORDER = ['count', 'amount', 'measure', 'rate', 'breakdown'];

  /** The errors of the reference report with one field of its first indicator of `kind` edited. */
  function errorsWith(kind: string, edit: (indicator: Record<string, any>) => void) {
    const report = referenceJson();
    const index = report.indicators.findIndex((indicator: { kind: string }) => indicator.kind === kind);
    edit(report.indicators[index]);
    expect(validate(report)).toBe(false);
    return { index, errors: validate.errors ?? [] };
  }

  /**
   * Every error is at `field`, or is an `if` whose `then` failed at one of its ancestors: the indicator's kind
   * (the branch of that kind, by its position) and any unit-dependent rule on the way.
   */
  function expectOnlyAt(kind: string, index: number, errors: readonly ErrorObject[], field: string) {
    const at = `/indicators/${index}${field}`;
    for (const error of errors) {
      if (error.instancePath === at) continue;
      expect(error.keyword, errorLines([error]).join()).toBe('if');
      expect(at.startsWith(`${error.instancePath}/`)).toBe(true);
    }
    expect(errors.filter((error) => error.instancePath === at).length).toBeGreaterThan(0);
    const branch = errors.find((error) => error.instancePath === `/indicators/${index}` && error.keyword === 'if')!;
    expect(branch.schemaPath).toBe(`#/allOf/${INDICATOR_KINDS_IN_ORDER.indexOf(kind)}/if`);
  }

  it('a rate with an unknown formula: the formula, in the rate’s branch only', () => {
    const { index, errors } = errorsWith('rate', (rate) => (rate.formula = 'growth'));
    expectOnlyAt('rate', index, errors, '/formula');
    expect(errorLines(errors)).toEqual([
      `/indicators/${index}/formula enum: must be equal to one of the allowed values`,
      `/indicators/${index} if: must match "then" schema`,
    ]);
  });

  it('a breakdown part with a negative count: its value', () => {
    const { index, errors } = errorsWith('breakdown', (breakdown) => (breakdown.parts[0].quantity.value = -2));
    expectOnlyAt('breakdown', index, errors, '/parts/0/quantity/value');
    expect(errors.find((error) => error.keyword === 'minimum')?.parentSchema?.description).toMatch(/\(issue codes: count_integer, negative\)/);
  });

  it('a count with an unknown family, a missing label or an extra field: that field or the count itself', () => {
    const family = errorsWith('count', (count) => (count.family = 'bogus'));
    expectOnlyAt('count', family.index, family.errors, '/family');
    const missing = errorsWith('count', (count) => delete count.label);
    expectOnlyAt('count', missing.index, missing.errors, '');
    expect(missing.errors[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'label' } });
    const extra = errorsWith('count', (count) => (count.total = 3));
    expectOnlyAt('count', extra.index, extra.errors, '');
    expect(extra.errors[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'total' } });
  });

  it('a count in percent: its unit, with the issue code of the rule', () => {
    const { index, errors } = errorsWith('count', (count) => (count.quantity.unit = 'percent'));
    expectOnlyAt('count', index, errors, '/quantity/unit');
    const described = errors.map((error) => error.parentSchema?.description).filter(Boolean);
    expect(described).toContain('A count is stated in a count unit. (issue code: unit_for_kind)');
  });
});

describe('reportJsonSchema descriptions carry the issue codes', () => {
  const text = JSON.stringify(reportJsonSchema());
  const named = new Set([...text.matchAll(/\(issue codes?: ([^)]*)\)/g)].flatMap((match) => [...match[1]!.matchAll(/[a-z_]+(?=[,;)]|$)/g)].map((code) => code[0])));

  it('names only codes that parseReport gives', () => {
    for (const code of named) if (code !== 'checked' && code !== 'by' && code !== 'only') expect(REPORT_ISSUE_CODES).toContain(code);
  });

  it('names the code of every rule of the library (zod’s shape codes and the codes before validation aside)', () => {
    const shapeOrInput = [
      'invalid_type',
      'invalid_value',
      'invalid_format',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'too_small',
      'too_big',
      'unrecognized_keys',
      'not_multiple_of',
      'custom',
      'not_json',
      'invalid_input',
    ];
    const rules = REPORT_ISSUE_CODES.filter((code) => !shapeOrInput.includes(code));
    expect(rules.filter((code) => !text.includes(code))).toEqual([]);
  });

  it('says which codes only parseReport checks', () => {
    expect(text).toContain('(issue code: period_order; checked by parseReport only)');
    expect(text).toContain('(issue code: out_of_range; checked by parseReport only: decimals)');
    for (const code of PARSE_REPORT_ONLY_ISSUE_CODES.filter((code) => code !== 'custom'))
      expect(text).toMatch(new RegExp(`checked by parseReport only[^)]*\\b${code}\\b|${code}; checked by parseReport only`));
  });
});
