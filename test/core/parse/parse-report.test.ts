import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@rule-of-law/core';
import { referenceJson } from '../../support/examples.js';
import { minimalReport } from '../../support/minimal-report.js';

const pointers = (input: unknown) => {
  const result = parseReport(input);
  if (result.ok) throw new Error('expected the report to be rejected');
  return result.issues;
};

describe('parseReport', () => {
  it('accepts the reference report and returns the same data', () => {
    const json = referenceJson();
    const result = parseReport(json);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report).toEqual(json);
  });

  it('accepts JSON text as well as parsed JSON', () => {
    const result = parseReport(JSON.stringify(referenceJson()));
    expect(result.ok).toBe(true);
  });

  it('reports text that is not JSON, with both languages', () => {
    const [issue] = pointers('{"schemaVersion": 1,');
    expect(issue?.code).toBe('not_json');
    expect(issue?.message.en).toMatch(/^Not valid JSON/);
    expect(issue?.message['zh-CN']).toMatch(/^不是有效的 JSON/);
  });

  it('says a web page is a web page (a wrong address, or a site answering a missing file with HTML and status 200)', () => {
    const [issue] = pointers('\n  <!DOCTYPE html><html><head><title>页面不存在</title></head><body>404</body></html>');
    expect(issue?.code).toBe('not_json');
    expect(issue?.message.en).toMatch(/^Not valid JSON but a web page \(HTML or XML\): check that the address/);
    expect(issue?.message['zh-CN']).toMatch(/^不是有效的 JSON，而是一个网页（HTML 或 XML）：请检查地址/);
  });

  it('gives a path and zh-CN and English messages for a value of the wrong type', () => {
    const json = referenceJson();
    json.indicators[0].quantity.value = '9';
    const [issue] = pointers(json);
    expect(issue?.pointer).toBe('indicators[0].quantity.value');
    expect(issue?.path).toEqual(['indicators', 0, 'quantity', 'value']);
    expect(issue?.message.en).toBe('Expected a number, got text');
    expect(issue?.message['zh-CN']).toBe('应为数字，实际为字符串');
  });

  it('rejects a negative count', () => {
    const json = referenceJson();
    json.indicators[0].quantity.value = -9;
    const [issue] = pointers(json);
    expect(issue?.pointer).toBe('indicators[0].quantity.value');
    expect(issue?.message.en).toBe('Counts and amounts cannot be negative, got -9');
    expect(issue?.message['zh-CN']).toBe('计数和金额不能为负数，实际为 -9');
  });

  it('rejects a fractional count but accepts fractional money', () => {
    const json = referenceJson();
    json.indicators[0].quantity.value = 9.5;
    expect(pointers(json)[0]?.message.en).toBe('A count must be a whole number, got 9.5');
    const fines = referenceJson();
    expect(fines.indicators[7].quantity.value).toBe(24879.5);
    expect(parseReport(fines).ok).toBe(true);
  });

  it('names an unknown unit and lists the known ones', () => {
    const json = referenceJson();
    json.indicators[0].quantity.unit = '公斤';
    const [issue] = pointers(json);
    expect(issue?.pointer).toBe('indicators[0].quantity.unit');
    expect(issue?.message.en).toMatch(/^Unknown unit "公斤": expected one of 件, 起/);
    expect(issue?.message['zh-CN']).toMatch(/^未知单位 "公斤"/);
  });

  it('accepts a custom unit with a label', () => {
    const report = minimalReport([
      {
        id: 'enforcement.roads_patrolled',
        family: 'enforcement',
        label: { 'zh-CN': '巡查道路' },
        kind: 'count',
        quantity: { value: 120, unit: { custom: '公里', label: { 'zh-CN': '公里', en: 'km' } }, written: '120公里' },
      },
    ]);
    expect(parseReport(report).ok).toBe(true);
  });

  it('refuses a newer schemaVersion with a clear message and nothing else', () => {
    const json = { ...referenceJson(), schemaVersion: 2, indicators: 'whatever' };
    const issues = pointers(json);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('schema_version');
    expect(issues[0]?.message.en).toBe('This report uses schema version 2; this library understands up to 1. Upgrade @rule-of-law/core');
    expect(issues[0]?.message['zh-CN']).toContain('第 2 版');
  });

  it('rejects fields it does not know instead of dropping them', () => {
    const json = referenceJson();
    json.issuer.website = 'http://example.org';
    const [issue] = pointers(json);
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.pointer).toBe('issuer');
    expect(issue?.message.en).toBe('Unknown field: website (free data belongs in extensions)');
    expect(issue?.message['zh-CN']).toBe('未知字段：website（自由数据请放在 extensions 中）');
  });

  it('keeps extensions untouched but accepts only JSON values in them', () => {
    const json = referenceJson();
    json.extensions.nested = { list: [1, 'two', null, { three: true }] };
    const result = parseReport(json);
    expect(result.ok && result.report.extensions).toEqual(json.extensions);
    json.extensions.bad = Number.NaN;
    const [issue] = pointers(json);
    expect(issue?.pointer).toBe('extensions.bad');
    expect(issue?.message.en).toBe('Extensions may hold JSON values only (no NaN, Infinity, undefined, functions or cycles)');
  });

  it('checks references between indicators and sections', () => {
    const json = referenceJson();
    const rate = json.indicators.find((indicator: { id: string }) => indicator.id === 'enforcement.duty_performance_rate');
    rate.numerator = { ref: 'enforcement.no_such_thing' };
    json.indicators[0].sectionId = 'nowhere';
    json.indicators[1].id = json.indicators[0].id;
    const issues = pointers(json);
    expect(issues.map((issue) => issue.message.en)).toEqual(
      expect.arrayContaining([
        'There is no indicator "enforcement.no_such_thing" to refer to',
        'There is no section "nowhere"',
        'Id "enforcement.civility.penalties" is used more than once',
      ]),
    );
  });

  it('checks that a unit fits the kind of indicator', () => {
    const json = referenceJson();
    json.indicators[1].quantity.unit = '件'; // a fine (amount) counted in 件
    const [issue] = pointers(json);
    expect(issue?.pointer).toBe('indicators[1].quantity.unit');
    expect(issue?.message.en).toBe('A money indicator cannot use a count unit (expected a money unit)');
    expect(issue?.message['zh-CN']).toBe('金额类指标不能使用计数单位（应为货币单位）');
  });

  it('checks that a source span matches its text', () => {
    const json = referenceJson();
    json.indicators[0].quantity.source.end += 1;
    expect(pointers(json)[0]?.pointer).toBe('indicators[0].quantity.source.end');
  });

  it('rejects an unknown breakdown part and group in a reference', () => {
    const json = referenceJson();
    const rate = json.indicators.find((indicator: { id: string }) => indicator.id === 'litigation.appearance_rate');
    rate.denominator = { ref: 'litigation.outcomes', group: 'appeal' };
    expect(pointers(json)[0]?.message.en).toBe('Breakdown "litigation.outcomes" has no group "appeal"');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), (input) => {
        const result = parseReport(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) for (const issue of result.issues) expect(issue.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated versions of the reference report', () => {
    const paths = ['schemaVersion', 'issuer', 'period', 'indicators', 'sections', 'title'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (key, value) => {
        const json = referenceJson();
        json[key] = value;
        const result = parseReport(json);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseReport and a rate’s formula', () => {
  const change = (formula: unknown) =>
    minimalReport([
      { id: 'x.cases', family: 'reconsideration', label: { 'zh-CN': '收案' }, kind: 'count', quantity: { value: 486, unit: '件', written: '486件' } },
      {
        id: 'x.cases_change',
        family: 'reconsideration',
        label: { 'zh-CN': '收案同比' },
        kind: 'rate',
        quantity: { value: 32.96, unit: 'percent', written: '32.96%' },
        numerator: { ref: 'x.cases' },
        denominator: { quantity: { value: 725, unit: '件', written: '725件' } },
        formula,
      } as never,
    ]);

  it('accepts ratio, increase and decrease, and returns them as given', () => {
    for (const formula of ['ratio', 'increase', 'decrease']) {
      const result = parseReport(change(formula));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.report.indicators[1]).toMatchObject({ kind: 'rate', formula });
    }
  });

  it('names the allowed formulas when given another', () => {
    const [issue] = pointers(change('growth'));
    expect(issue?.pointer).toBe('indicators[1].formula');
    expect(issue?.message.en).toBe('Expected one of "ratio", "increase", "decrease", "multiple"');
    expect(issue?.message['zh-CN']).toBe('应为以下之一："ratio", "increase", "decrease", "multiple"');
  });

  it('does not reject a stated increase whose figures fell: that is a finding, not a parse error', () => {
    expect(parseReport(change('increase')).ok).toBe(true);
  });
});
