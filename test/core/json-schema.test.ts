import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '@rule-of-law/core';
import { exampleReports, referenceJson } from '../support/examples.js';

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
  const schema = reportJsonSchema() as { properties: { indicators: { items: Record<string, Node[]> } } };
  const variants = Object.values(schema.properties.indicators.items).flat() as Node[];
  const rateSchema = variants.find((variant) => variant.properties?.kind?.const === 'rate')!;

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
