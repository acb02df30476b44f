import { describe, expect, it } from 'vitest';
import { computeBreakdown, type BreakdownIndicator, type Quantity } from '@rule-of-law/core';

const q = (value: number, unit: Quantity['unit'] = '件', extra: Partial<Quantity> = {}): Quantity => ({ value, unit, written: `${value}`, ...extra });

function breakdown(parts: [string, Quantity][], options: Partial<BreakdownIndicator> = {}): BreakdownIndicator {
  return {
    id: 'test.breakdown',
    family: 'other',
    label: { 'zh-CN': '测试', en: 'Test' },
    kind: 'breakdown',
    parts: parts.map(([category, quantity]) => ({ category, label: { 'zh-CN': category }, quantity })),
    exhaustive: true,
    ...options,
  };
}

const run = (indicator: BreakdownIndicator) => computeBreakdown(indicator, () => undefined);
const codes = (indicator: BreakdownIndicator) => run(indicator).findings.map((finding) => finding.code);

describe('computeBreakdown', () => {
  it('warns when an exhaustive breakdown does not add up to its total', () => {
    const { findings } = run(
      breakdown(
        [
          ['a', q(3)],
          ['b', q(4)],
        ],
        { total: q(8) },
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'sum-mismatch', severity: 'warning', expected: 8, actual: 7 });
    expect(findings[0]?.message.en).toBe('The parts of “Test” add up to 7 items, not the stated total of 8 items');
  });

  it('reports the coverage of a partial breakdown as info', () => {
    const { computed, findings } = run(breakdown([['a', q(3)]], { total: q(8), exhaustive: false }));
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([['partial-breakdown', 'info']]);
    expect(computed.coverage).toMatchObject({ defined: true, value: 37.5 });
  });

  it('warns when the listed parts of a partial breakdown exceed the total', () => {
    expect(codes(breakdown([['a', q(9)]], { total: q(8), exhaustive: false }))).toEqual(['sum-exceeds-total']);
  });

  it('says nothing when the parts add up', () => {
    expect(
      codes(
        breakdown(
          [
            ['a', q(3)],
            ['b', q(5)],
          ],
          { total: q(8) },
        ),
      ),
    ).toEqual([]);
  });

  it('makes the sum "at least" when a part is, and only flags what is certain', () => {
    const atLeast = q(3, '件', { qualifier: 'at_least', marker: '余' });
    const { computed } = run(
      breakdown([
        ['a', atLeast],
        ['b', q(4)],
      ]),
    );
    expect(computed.sum).toEqual({ value: 7, unit: '件', qualifier: 'at_least' });
    // 3余 + 4 is at least 7: a stated total of 8 may well be right…
    expect(
      codes(
        breakdown(
          [
            ['a', atLeast],
            ['b', q(4)],
          ],
          { total: q(8) },
        ),
      ),
    ).toEqual([]);
    // …but a total of 6 cannot be.
    expect(
      codes(
        breakdown(
          [
            ['a', atLeast],
            ['b', q(4)],
          ],
          { total: q(6) },
        ),
      ),
    ).toEqual(['sum-mismatch']);
  });

  it('sums money exactly', () => {
    const { computed } = run(
      breakdown([
        ['a', q(24879.5, '元')],
        ['b', q(650, '元')],
      ]),
    );
    expect(computed.sum?.value).toBe(25529.5);
  });

  it('refuses to add batches to person-visits unless the breakdown says the source does', () => {
    const parts: [string, Quantity][] = [
      ['a', q(3, '批次')],
      ['b', q(4, '人次')],
    ];
    const refused = run(breakdown(parts, { total: q(7, '批次') }));
    expect(refused.computed.sum).toBeUndefined();
    expect(refused.findings.map((finding) => finding.code)).toEqual(['incompatible-units']);
    expect(refused.findings[0]?.message.en).toContain('batches, person-visits');
    const summed = run(breakdown(parts, { total: q(7, '批次'), sumAcrossUnits: true }));
    expect(summed.computed.sum?.value).toBe(7);
    expect(summed.findings.map((finding) => finding.code)).toEqual(['mixed-units']);
  });

  it('never sums percentages', () => {
    const { computed } = run(
      breakdown([
        ['a', q(30, 'percent')],
        ['b', q(70, 'percent')],
      ]),
    );
    expect(computed.sum).toBeUndefined();
  });

  it('shares parts of the stated total, or of their sum without one', () => {
    expect(
      run(
        breakdown([
          ['a', q(1)],
          ['b', q(3)],
        ]),
      ).computed.parts.map((part) => part.share.defined && part.share.value),
    ).toEqual([25, 75]);
    expect(
      run(
        breakdown(
          [
            ['a', q(1)],
            ['b', q(3)],
          ],
          { total: q(8), exhaustive: false },
        ),
      ).computed.parts.map((part) => part.share.defined && part.share.value),
    ).toEqual([12.5, 37.5]);
  });

  it('gives an explicit undefined share, never NaN, when everything is zero', () => {
    const { computed } = run(
      breakdown([
        ['a', q(0)],
        ['b', q(0)],
      ]),
    );
    expect(computed.parts.map((part) => part.share)).toEqual([
      expect.objectContaining({ defined: false, reason: 'zero_denominator' }),
      expect.objectContaining({ defined: false, reason: 'zero_denominator' }),
    ]);
  });

  it('groups reconsideration outcomes and derives the official rates with their bases', () => {
    const indicator: BreakdownIndicator = {
      ...breakdown([]),
      codelist: 'reconsideration_outcome',
      total: q(20),
      parts: [
        { category: 'revoke', quantity: q(2) },
        { category: 'confirm_illegal', quantity: q(1) },
        { category: 'uphold', quantity: q(10) },
        { category: 'mediation', quantity: q(2) },
        { category: 'settlement', quantity: q(1) },
        { category: 'not_accepted', quantity: q(1) },
        { category: 'pending', quantity: q(3) },
      ],
    };
    const { computed, findings } = run(indicator);
    expect(findings).toEqual([]);
    const rates = Object.fromEntries(computed.derivedRates.map((rate) => [rate.id, rate.result.defined ? rate.result.value : rate.result.reason]));
    // concluded = 2 + 1 + 10 + 2 + 1 = 16; corrections 3; mediation/settlement 3.
    expect(rates).toEqual({
      correction_rate: 18.75,
      mediation_rate: 18.75,
      resolution_rate: 37.5,
      uphold_rate: 62.5,
      completion_rate: 80,
    });
    const correction = computed.derivedRates.find((rate) => rate.id === 'correction_rate');
    expect(correction?.numeratorCategories).toEqual(['revoke', 'confirm_illegal']);
    expect(correction?.base.en).toBe('concluded cases');
    expect(computed.parts[0]?.label).toEqual({ 'zh-CN': '撤销', en: 'Revoked' });
  });

  it('derives no official rates from a breakdown that is not exhaustive', () => {
    const indicator: BreakdownIndicator = { ...breakdown([]), codelist: 'litigation_outcome', exhaustive: false, parts: [{ category: 'revoke', quantity: q(1) }] };
    expect(run(indicator).computed.derivedRates).toEqual([]);
  });

  it('resolves a total given by reference', () => {
    const indicator = breakdown([['a', q(3)]], { total: { ref: 'x.total' }, exhaustive: false });
    const { computed } = computeBreakdown(indicator, ({ ref }) => (ref === 'x.total' ? { value: 6, unit: '件', qualifier: 'exact' } : undefined));
    expect(computed.total?.value).toBe(6);
    expect(computed.coverage).toMatchObject({ value: 50 });
  });
});
