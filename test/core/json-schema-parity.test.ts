// The JSON Schema accepts what parseReport accepts for the rules JSON Schema can say: each figure below is
// tried in an indicator of a kind its unit fits, through ajv and through parseReport, and both must agree.
// (The decimals of a value and the cross-field rules are parseReport's alone; they are not in this corpus.)
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseReport, reportJsonSchema, type Indicator, type Unit } from '@rule-of-law/core';
import { minimalReport } from '../support/minimal-report.js';

const validate = new Ajv2020({ strict: false }).compile(reportJsonSchema());

/** An indicator of the kind `unit` fits, stating `value`. */
function holding(value: number, unit: Unit): Indicator {
  const quantity = { value, unit, written: `${value}` };
  const common = { id: 'x.figure', family: 'enforcement', label: { 'zh-CN': '数' } } as const;
  if (unit === '元') return { ...common, kind: 'amount', quantity };
  if (unit === 'percent') return { ...common, kind: 'rate', quantity };
  if (unit === '位' || unit === 'percentage_point' || (typeof unit === 'object' && unit.dimension !== undefined && unit.dimension !== 'count'))
    return { ...common, kind: 'measure', quantity };
  return { ...common, kind: 'count', quantity };
}

const customCount: Unit = { custom: '篇', label: { 'zh-CN': '篇' } };
const customHours: Unit = { custom: '学时', label: { 'zh-CN': '学时' }, dimension: 'duration' };

/** [value, unit, valid?] — the validity worked out from the documented rules. */
const CORPUS: readonly (readonly [number, Unit, boolean])[] = [
  [12, '件', true],
  [0, '件', true],
  [-3, '件', false], // a count is never negative
  [2.5, '件', false], // nor fractional
  [2.5, customCount, false], // a custom unit without a dimension is a count
  [2.5, customHours, true], // 2.5 学时 is a duration
  [1e15, '人次', true],
  [1e16, '人次', false], // beyond 10¹⁵
  [0.39, '元', true],
  [-1, '元', false], // money is never negative
  [1, '位', true],
  [0, '位', false], // a rank starts at 1
  [1.5, '位', false],
  [96.2, 'percent', true],
  [1e6, 'percent', true],
  [1e6 + 1, 'percent', false], // beyond 10⁶ percent
  [-4.4, 'percentage_point', true],
  [-2e6, 'percentage_point', false],
];

describe('the JSON Schema and parseReport agree', () => {
  it.each(CORPUS.map(([value, unit, valid]) => [JSON.stringify(unit), value, valid] as const))('on %s %d (valid: %s)', (unitText, value, valid) => {
    const report = minimalReport([holding(value, JSON.parse(unitText) as Unit)]);
    expect(parseReport(report).ok).toBe(valid);
    expect(validate(report)).toBe(valid);
  });
});
