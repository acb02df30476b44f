// Golden test of the reference report. Every expected value below was worked out by hand from the
// published text (examples/hangzhoudao-2023.txt), not taken from the code's output.
import { describe, expect, it } from 'vitest';
import { computeReport, parseReport, type ComputedBreakdownIndicator, type ComputedRateIndicator } from '@rule-of-law/core';
import { referenceJson, referenceText } from '../../support/examples.js';

function computed() {
  const parsed = parseReport(referenceJson());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return computeReport(parsed.report);
}

const breakdown = (id: string) => computed().byId[id] as ComputedBreakdownIndicator;
const rate = (id: string) => computed().byId[id] as ComputedRateIndicator;
const shares = (id: string) => breakdown(id).parts.map((part) => (part.share.defined ? part.share.value : part.share.reason));
const group = (id: string, name: string) => breakdown(id).groups.find((entry) => entry.group === name)?.figure.value;
const derived = (id: string, name: string) => {
  const result = breakdown(id).derivedRates.find((entry) => entry.id === name)?.result;
  return result?.defined ? { value: result.value, numerator: result.numerator.value, denominator: result.denominator.value } : result;
};

describe('the reference report (杭州道街道 2023)', () => {
  it('holds all 56 figures of the text, each at its place in the text', () => {
    const text = referenceText();
    const json = referenceJson();
    const quantities = json.indicators.flatMap((indicator: any) => [
      ...(indicator.quantity ? [indicator.quantity] : []),
      ...(indicator.total?.written ? [indicator.total] : []),
      ...(indicator.parts ?? []).map((part: any) => part.quantity),
    ]);
    expect(quantities).toHaveLength(56);
    for (const quantity of quantities) {
      expect(text.slice(quantity.source.start, quantity.source.end)).toBe(quantity.written);
      expect(quantity.source.text).toBe(quantity.written);
    }
    const written = quantities.sort((a: any, b: any) => a.source.start - b.source.start).map((quantity: any) => quantity.written.replace(/[\s\u00a0]+/g, ''));
    expect(written).toEqual([
      '9起',
      '650元',
      '362起',
      '4237人次',
      '2619家',
      '1008个次',
      '41起',
      '24879.5元',
      '19家次',
      '149次',
      '955人',
      '264家',
      '296次',
      '378人',
      '13起',
      '16起',
      '8起',
      '650元',
      '32次',
      '16件次',
      '16件次',
      '100%',
      '16%以上',
      '102项',
      '96.2%',
      '100%',
      '897件',
      '1件',
      '500元',
      '32件',
      '0.39万元',
      '186批次',
      '390人次',
      '1355批次',
      '631批次',
      '996余人次',
      '318批次',
      '184批次',
      '212件次',
      '12件',
      '57件',
      '40件',
      '45件',
      '15件',
      '160件',
      '100%',
      '9件',
      '1件',
      '3件',
      '4件',
      '1件',
      '16件',
      '6件',
      '3件',
      '4件',
      '3件',
    ]);
  });

  it('keeps qualifiers and units as written: 996余人次 is at least 996, 0.39万元 is 3900 元', () => {
    const json = referenceJson();
    const visits = json.indicators.find((indicator: any) => indicator.id === 'petitions.visits.persons').quantity;
    expect(visits).toMatchObject({ value: 996, unit: '人次', qualifier: 'at_least', marker: '余' });
    const fines = json.indicators.find((indicator: any) => indicator.id === 'enforcement.platform_fines_by_procedure');
    expect(fines.parts[1].quantity).toMatchObject({ value: 3900, unit: '元', written: '0.39万元' });
  });

  it('finds the petition channels cover 1345 of 1355 batches, summing 件次 with 批次 as the text does', () => {
    const petitions = breakdown('petitions.channels');
    expect(petitions.total?.value).toBe(1355);
    expect(petitions.sum?.value).toBe(631 + 318 + 184 + 212);
    const findings = computed().findings.filter((finding) => finding.indicatorIds.includes('petitions.channels'));
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['mixed-units', 'info'],
      ['partial-breakdown', 'info'],
    ]);
    const partial = findings.find((finding) => finding.code === 'partial-breakdown');
    expect(partial).toMatchObject({ expected: 1355, actual: 1345 });
    expect(partial?.message.en).toContain('1,345 batches of 1,355 batches (99.26%)');
  });

  it('infers 106 duties from 102 duties at 96.2%', () => {
    expect(rate('enforcement.duty_performance_rate').impliedDenominators).toEqual([106]);
    const finding = computed().findings.find((entry) => entry.code === 'implied-denominator');
    expect(finding).toMatchObject({ severity: 'info', expected: [106] });
    expect(finding?.indicatorIds).toEqual(['enforcement.duty_performance_rate', 'enforcement.duties_performed']);
    expect(finding?.message['zh-CN']).toContain('可推知分母为 106项');
  });

  it('shares the 16 reconsideration cases 6/3/4/3 as 37.5/18.75/25/18.75 %', () => {
    expect(shares('reconsideration.outcomes')).toEqual([37.5, 18.75, 25, 18.75]);
  });

  it('corrects 0 of the 13 concluded reconsideration cases, with 3 pending', () => {
    expect(group('reconsideration.outcomes', 'concluded')).toBe(13);
    expect(group('reconsideration.outcomes', 'pending')).toBe(3);
    expect(derived('reconsideration.outcomes', 'correction_rate')).toEqual({ value: 0, numerator: 0, denominator: 13 });
    expect(derived('reconsideration.outcomes', 'uphold_rate')).toMatchObject({ numerator: 6, denominator: 13 });
    expect(derived('reconsideration.outcomes', 'completion_rate')).toEqual({ value: 81.25, numerator: 13, denominator: 16 });
  });

  it('computes the litigation loss rate on the 4 concluded suits: 3 confirmed illegal of 4', () => {
    expect(group('litigation.outcomes', 'concluded')).toBe(4);
    expect(group('litigation.outcomes', 'pending')).toBe(5);
    expect(group('litigation.outcomes', 'heard')).toBe(7);
    expect(derived('litigation.outcomes', 'loss_rate')).toEqual({ value: 75, numerator: 3, denominator: 4 });
    expect(derived('litigation.outcomes', 'withdrawal_rate')).toEqual({ value: 25, numerator: 1, denominator: 4 });
  });

  it('adds the platform fines exactly: 500 元 + 0.39万元 = 4400 元', () => {
    expect(breakdown('enforcement.platform_fines_by_procedure').sum).toEqual({ value: 4400, unit: '元', qualifier: 'exact' });
    expect(breakdown('enforcement.platform_cases_by_procedure').sum?.value).toBe(33);
    expect(breakdown('legal_advice.work').sum?.value).toBe(12 + 57 + 40 + 45 + 15 + 160);
  });

  it('notes it was signed on 2023-11-20, before the period ended, and published on time on 2024-03-26', () => {
    const { timeline, findings } = computed();
    expect(timeline).toEqual({ publicationDeadline: '2024-04-01', signedOn: '2023-11-20', publishedOn: '2024-03-26', publishedOnTime: true });
    expect(findings.find((finding) => finding.code === 'signed-before-period-end')).toMatchObject({
      severity: 'info',
      expected: '2023-12-31',
      actual: '2023-11-20',
    });
    expect(findings.some((finding) => finding.code === 'published-late')).toBe(false);
  });

  it('reports exactly these findings, and no warning or error', () => {
    expect(
      computed()
        .findings.map((finding) => finding.code)
        .sort(),
    ).toEqual(['implied-denominator', 'mixed-units', 'partial-breakdown', 'signed-before-period-end'].sort());
  });

  it('does not change the report it computes', () => {
    const json = referenceJson();
    const parsed = parseReport(json);
    if (!parsed.ok) throw new Error('invalid');
    computeReport(parsed.report);
    expect(parsed.report).toEqual(referenceJson());
  });
});
