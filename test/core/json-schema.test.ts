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
