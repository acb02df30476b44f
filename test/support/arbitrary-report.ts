import fc from 'fast-check';
import { COUNT_UNITS, FAMILIES, ISSUER_LEVELS, QUALIFIERS, RATE_FORMULAS, ROUNDING_MODES, type Indicator, type Quantity, type Report } from '@rule-of-law/core';

const text = fc.string({ minLength: 1, maxLength: 12 });
const label = fc.record({ 'zh-CN': text, en: fc.option(text, { nil: undefined }) }, { requiredKeys: ['zh-CN'] });

const countQuantity: fc.Arbitrary<Quantity> = fc
  .record({ value: fc.nat({ max: 1_000_000 }), unit: fc.constantFrom(...COUNT_UNITS), qualifier: fc.constantFrom(...QUALIFIERS) })
  .map(({ value, unit, qualifier }) => ({ value, unit, qualifier, written: `${value}${unit}` }));

const moneyQuantity: fc.Arbitrary<Quantity> = fc
  .nat({ max: 100_000_000 })
  .map((fen) => ({ value: fen / 100, unit: '元', written: `${fen / 100}元` }));

const percentQuantity: fc.Arbitrary<Quantity> = fc
  .integer({ min: 0, max: 1000 })
  .map((tenths) => ({ value: tenths / 10, unit: 'percent', written: `${tenths / 10}%` }));

/** A figure stated inline as a rate's operand: a count in 件 (so both operands share a unit), sometimes zero. */
const inlineOperand = countQuantity.map((quantity) => ({ quantity: { ...quantity, unit: '件' as const, written: `${quantity.value}件` } }));

/**
 * A rate with inline operands, as a ratio, a year-on-year change (`increase`/`decrease`) or a multiple
 * in 倍 (sometimes with no formula at all): stated, computed, or both, with any qualifiers — so reconciliation, implied earlier
 * figures, zero earlier figures and changes that went the other way are all reached.
 */
const operandRate = fc
  .record(
    {
      quantity: percentQuantity,
      numerator: inlineOperand,
      denominator: inlineOperand,
      formula: fc.constantFrom(...RATE_FORMULAS),
      rounding: fc.constantFrom(...ROUNDING_MODES),
    },
    { requiredKeys: [] },
  )
  .filter((rate) => rate.quantity !== undefined || (rate.numerator !== undefined && rate.denominator !== undefined))
  // A multiple (复议诉讼比值达2.6) is stated in 倍, not percent.
  .map((rate) => (rate.formula === 'multiple' && rate.quantity ? { ...rate, quantity: { ...rate.quantity, unit: '倍' as const, written: `${rate.quantity.value}倍` } } : rate));

function indicatorAt(index: number): fc.Arbitrary<Indicator> {
  const common = { id: fc.constant(`family_${index}.indicator_${index}`), family: fc.constantFrom(...FAMILIES), label };
  return fc.oneof(
    fc.record({ ...common, kind: fc.constant('count' as const), quantity: countQuantity }),
    fc.record({ ...common, kind: fc.constant('amount' as const), quantity: moneyQuantity }),
    fc.record({ ...common, kind: fc.constant('rate' as const), quantity: percentQuantity }),
    fc.record({ ...common, kind: fc.constant('rate' as const) }).chain((head) => operandRate.map((rate) => ({ ...head, ...rate }))),
    fc.record({
      ...common,
      kind: fc.constant('breakdown' as const),
      total: fc.option(countQuantity.map((quantity) => ({ ...quantity, unit: '件' as const, written: `${quantity.value}件` })), { nil: undefined }),
      parts: fc.array(countQuantity.map((quantity) => ({ ...quantity, unit: '件' as const, written: `${quantity.value}件` })), { minLength: 1, maxLength: 5 }).map((quantities) =>
        quantities.map((quantity, part) => ({ category: `part_${part}`, label: { 'zh-CN': `类别${part}` }, quantity })),
      ),
      exhaustive: fc.boolean(),
      sumAcrossUnits: fc.option(fc.boolean(), { nil: undefined }),
    }, { requiredKeys: ['id', 'family', 'label', 'kind', 'parts', 'exhaustive'] }),
  ) as fc.Arbitrary<Indicator>;
}

/** Valid reports of every indicator kind, with free extensions, for property tests and fuzzing. */
export const arbitraryReport: fc.Arbitrary<Report> = fc
  .record({
    issuer: fc.record({ name: text, level: fc.constantFrom(...ISSUER_LEVELS) }),
    title: text,
    year: fc.integer({ min: 2015, max: 2030 }),
    count: fc.nat({ max: 8 }),
    extensions: fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue()), { nil: undefined }),
  })
  .chain(({ issuer, title, year, count, extensions }) =>
    fc.tuple(...Array.from({ length: count }, (_, index) => indicatorAt(index))).map((indicators) => ({
      schemaVersion: 1 as const,
      issuer,
      title,
      period: { start: `${year}-01-01`, end: `${year}-12-31` },
      sections: [],
      indicators: indicators.map((indicator) => JSON.parse(JSON.stringify(indicator)) as Indicator),
      ...(extensions && { extensions: JSON.parse(JSON.stringify(extensions)) }),
    })),
  );
