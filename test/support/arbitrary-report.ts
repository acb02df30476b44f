// Valid reports for property tests and fuzzing, reaching every part of the model and its arithmetic:
// every indicator kind; counts in built-in and custom units; money to the millionth; measures in every
// dimension; rates with stated, inline and referenced operands (whole indicators, parts of breakdowns,
// groups of codelist and free breakdowns), in every formula, with zero denominators; codelist and free
// breakdowns, exhaustive or not, with stated, referenced and nested totals and mixed count units;
// sections with parents; prior-period figures; and values from 0 to the documented bounds.
import fc from 'fast-check';
import {
  CODELISTS,
  COUNT_UNITS,
  FAMILIES,
  ISSUER_LEVELS,
  MAX_PERCENT,
  MAX_QUANTITY,
  QUALIFIERS,
  RATE_FORMULAS,
  REPORT_PARTS,
  ROUNDING_MODES,
  type BreakdownIndicator,
  type BreakdownPart,
  type CodelistId,
  type Indicator,
  type IndicatorRef,
  type JsonValue,
  type Operand,
  type Quantity,
  type RateIndicator,
  type Report,
  type Section,
  type Unit,
} from '@rule-of-law/core';

// Never the words the fuzz tests look for in the library's own texts (NaN, Infinity, [object …): a label is
// quoted verbatim in findings, and a generated label "NaN " once failed the readability check on its own words.
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => !/NaN|Infinity|\[object /.test(value));
const label = fc.record({ 'zh-CN': text, en: fc.option(text, { nil: undefined }) }, { requiredKeys: ['zh-CN'] });

/** Whole numbers: mostly small, sometimes at or near the bound. */
const wholeValue = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 10_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, MAX_QUANTITY, MAX_QUANTITY - 1) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: MAX_QUANTITY }) },
);
/** Money in 元: to the fen, to the millionth, or at the bound. */
const moneyValue = fc.oneof(
  { weight: 5, arbitrary: fc.nat({ max: 100_000_000 }).map((fen) => fen / 100) },
  { weight: 2, arbitrary: fc.nat({ max: 1_000_000_000 }).map((millionths) => millionths / 1e6) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.000001, MAX_QUANTITY) },
);
/** A percentage: to one decimal below 100, any up to the bound, or the bound itself. */
const percentValue = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 1000 }).map((tenths) => tenths / 10) },
  { weight: 2, arbitrary: fc.nat({ max: MAX_PERCENT * 100 }).map((hundredths) => hundredths / 100) },
  { weight: 1, arbitrary: fc.constantFrom(0, 100, MAX_PERCENT) },
);

const customUnit = (dimension?: 'duration' | 'distance' | 'area' | 'weight' | 'volume') =>
  fc.record({ custom: text, label: fc.record({ 'zh-CN': text }) }).map((unit) => ({ ...unit, ...(dimension && { dimension }) }));
/** A count unit: built-in, or custom with its label. */
const countUnit: fc.Arbitrary<Unit> = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...COUNT_UNITS) }, { weight: 1, arbitrary: customUnit() });

/** A stated quantity: its qualifier and marker sometimes, its source span sometimes. */
function quantity(unit: fc.Arbitrary<Unit>, value: fc.Arbitrary<number>): fc.Arbitrary<Quantity> {
  return fc
    .record({
      unit,
      value,
      qualifier: fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
      marker: fc.option(fc.constantFrom('余', '以上', '约', '近', '不足'), { nil: undefined }),
      at: fc.option(fc.nat({ max: 5000 }), { nil: undefined }),
    })
    .map(({ unit, value, qualifier, marker, at }) => {
      const written = `${value}${typeof unit === 'string' ? unit : unit.custom}`;
      return {
        value,
        unit,
        written,
        ...(qualifier && { qualifier }),
        ...(marker && qualifier && qualifier !== 'exact' && { marker }),
        ...(at !== undefined && { source: { text: written, start: at, end: at + written.length } }),
      };
    });
}

const countQuantity = quantity(countUnit, wholeValue);
/** Counts in 件 only: parts and operands that add up and divide. */
const casesQuantity = quantity(fc.constant('件'), wholeValue);
const moneyQuantity = quantity(fc.constant('元'), moneyValue);
const measureQuantity = fc.oneof(
  quantity(
    fc.constant('percentage_point'),
    fc.integer({ min: -10_000, max: 10_000 }).map((tenths) => tenths / 10),
  ),
  quantity(
    fc.constant('倍'),
    fc.nat({ max: 10_000 }).map((tenths) => tenths / 10),
  ),
  quantity(fc.constant('位'), fc.integer({ min: 1, max: 100 })),
  quantity(
    fc.constantFrom('duration', 'distance', 'area', 'weight', 'volume').chain((dimension) => customUnit(dimension)),
    moneyValue,
  ),
);

/** What a base indicator offers to the ones that refer to it. */
interface Offer {
  readonly id: string;
  readonly kind: Indicator['kind'];
  readonly parts: readonly string[];
  readonly groups: readonly string[];
}

const CODELIST_IDS = Object.keys(CODELISTS) as CodelistId[];
const FREE_GROUPS = ['group_a', 'group_b'];

/** A breakdown: outcome categories of a codelist, or free categories with labels and groups. */
function breakdownAt(id: string): fc.Arbitrary<BreakdownIndicator> {
  const codelistParts = fc.constantFrom(...CODELIST_IDS).chain((codelist) =>
    fc
      .subarray(
        CODELISTS[codelist].categories.map((category) => category.code),
        { minLength: 1 },
      )
      .chain((codes) =>
        fc
          .tuple(...codes.map(() => casesQuantity))
          .map((quantities) => ({ codelist, parts: codes.map((category, at): BreakdownPart => ({ category, quantity: quantities[at]! })) })),
      ),
  );
  const freeParts = fc
    .array(
      fc.record({
        label,
        quantity: fc.oneof({ weight: 4, arbitrary: casesQuantity }, { weight: 1, arbitrary: countQuantity }),
        groups: fc.option(fc.subarray(FREE_GROUPS, { minLength: 1 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((entries) => ({
      codelist: undefined,
      parts: entries.map((entry, at): BreakdownPart => ({
        category: `part_${at}`,
        label: entry.label,
        quantity: entry.quantity,
        ...(entry.groups && { groups: entry.groups }),
      })),
    }));
  return fc
    .record({
      family: fc.constantFrom(...FAMILIES),
      label,
      content: fc.oneof(codelistParts, freeParts),
      total: fc.option(casesQuantity, { nil: undefined }),
      exhaustive: fc.boolean(),
      sumAcrossUnits: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ family, label, content, total, exhaustive, sumAcrossUnits }) => ({
      id,
      family,
      label,
      kind: 'breakdown' as const,
      ...(content.codelist && { codelist: content.codelist }),
      ...(total && { total }),
      parts: content.parts,
      exhaustive,
      ...(sumAcrossUnits !== undefined && { sumAcrossUnits }),
    }));
}

/** A count, an amount, a measure or a breakdown: the indicators others may refer to. */
function baseAt(index: number): fc.Arbitrary<Indicator> {
  const id = `family_${index}.indicator_${index}`;
  const common = { id: fc.constant(id), family: fc.constantFrom(...FAMILIES), label };
  return fc.oneof(
    fc.record({ ...common, kind: fc.constant('count' as const), quantity: countQuantity }),
    fc.record({ ...common, kind: fc.constant('count' as const), quantity: casesQuantity }),
    fc.record({ ...common, kind: fc.constant('amount' as const), quantity: moneyQuantity }),
    fc.record({ ...common, kind: fc.constant('measure' as const), quantity: measureQuantity }),
    breakdownAt(id),
    breakdownAt(id),
  );
}

const offerOf = (indicator: Indicator): Offer => ({
  id: indicator.id,
  kind: indicator.kind,
  parts: indicator.kind === 'breakdown' ? indicator.parts.map((part) => part.category) : [],
  groups:
    indicator.kind === 'breakdown'
      ? [...new Set([...(indicator.codelist ? Object.keys(CODELISTS[indicator.codelist].groups) : []), ...indicator.parts.flatMap((part) => part.groups ?? [])])]
      : [],
});

/** A reference to an earlier indicator: the whole of it, or a part or group of a breakdown. */
function refTo(offers: readonly Offer[]): fc.Arbitrary<IndicatorRef> {
  return fc.constantFrom(...offers).chain((offer) => {
    const whole = fc.constant({ ref: offer.id });
    if (offer.kind !== 'breakdown') return whole;
    const choices: fc.Arbitrary<IndicatorRef>[] = [whole, fc.constantFrom(...offer.parts).map((part) => ({ ref: offer.id, part }))];
    if (offer.groups.length > 0) choices.push(fc.constantFrom(...offer.groups).map((group) => ({ ref: offer.id, group })));
    return fc.oneof(...choices);
  });
}

/** A numerator or denominator: inline (zero sometimes), or a reference when there is something to refer to. */
function operand(offers: readonly Offer[]): fc.Arbitrary<Operand> {
  const usable = offers.filter((offer) => offer.kind !== 'rate');
  const inline = fc.oneof(casesQuantity, quantity(fc.constant('件'), fc.constant(0))).map((quantity) => ({ quantity }));
  return usable.length > 0 ? fc.oneof(inline, refTo(usable)) : inline;
}

/** A rate: stated, computed from its operands, or both, in any formula (a multiple stated in 倍). */
function rateAt(index: number, offers: readonly Offer[]): fc.Arbitrary<RateIndicator> {
  return fc
    .record(
      {
        family: fc.constantFrom(...FAMILIES),
        label,
        stated: percentValue,
        hasStated: fc.boolean(),
        numerator: operand(offers),
        denominator: operand(offers),
        operands: fc.constantFrom('both', 'numerator', 'none'),
        formula: fc.option(fc.constantFrom(...RATE_FORMULAS), { nil: undefined }),
        rounding: fc.option(fc.constantFrom(...ROUNDING_MODES), { nil: undefined }),
      },
      { requiredKeys: ['family', 'label', 'stated', 'hasStated', 'numerator', 'denominator', 'operands'] },
    )
    .map(({ family, label, stated, hasStated, numerator, denominator, operands, formula, rounding }) => {
      const withBoth = operands === 'both';
      const unit = formula === 'multiple' ? '倍' : 'percent';
      const value = formula === 'multiple' ? Math.min(stated, 100) : stated;
      return {
        id: `family_${index}.rate_${index}`,
        family,
        label,
        kind: 'rate' as const,
        ...((hasStated || !withBoth) && { quantity: { value, unit, written: `${value}${formula === 'multiple' ? '倍' : '%'}` } }),
        ...(operands !== 'none' && { numerator }),
        ...(withBoth && { denominator }),
        ...(formula && { formula }),
        ...(rounding && { rounding }),
      };
    });
}

/** A breakdown nested in a part of an earlier one, or whose total refers to an earlier count. */
function dependentBreakdownAt(index: number, offers: readonly Offer[]): fc.Arbitrary<Indicator> | undefined {
  const totals: fc.Arbitrary<IndicatorRef>[] = [];
  const counts = offers.filter((offer) => offer.kind === 'count' || offer.kind === 'amount');
  const breakdowns = offers.filter((offer) => offer.kind === 'breakdown');
  if (counts.length > 0) totals.push(fc.constantFrom(...counts).map((offer) => ({ ref: offer.id })));
  if (breakdowns.length > 0) totals.push(fc.constantFrom(...breakdowns).chain((offer) => fc.constantFrom(...offer.parts).map((part) => ({ ref: offer.id, part }))));
  if (totals.length === 0) return undefined;
  const id = `family_${index}.nested_${index}`;
  return fc.tuple(breakdownAt(id), fc.oneof(...totals)).map(([breakdown, total]) => ({ ...breakdown, total }));
}

/** Prior-period figures quoted by an indicator: its own, or a part's. */
function withPriors(indicator: Indicator, year: number): fc.Arbitrary<Indicator> {
  if (indicator.kind === 'rate') return fc.constant(indicator);
  const parts = indicator.kind === 'breakdown' ? indicator.parts.map((part) => part.category) : [];
  const prior = fc
    .record({
      quantity: indicator.kind === 'amount' ? moneyQuantity : casesQuantity,
      part: parts.length > 0 ? fc.option(fc.constantFrom(...parts), { nil: undefined }) : fc.constant(undefined),
    })
    .map(({ quantity, part }) => ({
      period: { start: `${year - 1}-01-01`, end: `${year - 1}-12-31` },
      quantity,
      ...(part && { part }),
    }));
  return fc
    .option(fc.array(prior, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 })
    .map((priors): Indicator =>
      priors ? { ...indicator, extensions: { ...indicator.extensions, priorFigures: JSON.parse(JSON.stringify(priors)) as JsonValue } } : indicator,
    );
}

/** Sections 一、 / (一): each may have an earlier one as its parent, and name the required parts. */
const sections: fc.Arbitrary<Section[]> = fc
  .array(
    fc.record({
      heading: text,
      parentAt: fc.option(fc.nat(), { nil: undefined }),
      parts: fc.option(fc.subarray([...REPORT_PARTS], { minLength: 1 }), { nil: undefined }),
    }),
    { maxLength: 4 },
  )
  .map((entries) =>
    entries.map((entry, index) => ({
      id: `section_${index}`,
      heading: entry.heading,
      order: index,
      ...(entry.parentAt !== undefined && index > 0 && { parent: `section_${entry.parentAt % index}` }),
      ...(entry.parts && { parts: entry.parts }),
    })),
  );

/** Valid reports of every indicator kind and field, for property tests and fuzzing. */
export const arbitraryReport: fc.Arbitrary<Report> = fc
  .record({
    issuer: fc.record({ name: text, level: fc.constantFrom(...ISSUER_LEVELS) }),
    title: text,
    year: fc.integer({ min: 2015, max: 2030 }),
    bases: fc.nat({ max: 6 }),
    dependents: fc.nat({ max: 4 }),
    sections,
    signedDay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
    extensions: fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue()), { nil: undefined }),
  })
  .chain(({ issuer, title, year, bases, dependents, sections, signedDay, extensions }) =>
    fc
      .tuple(...Array.from({ length: bases }, (_, index) => baseAt(index)))
      .chain((base) => {
        const offers = base.map(offerOf);
        const more = Array.from({ length: dependents }, (_, at) => {
          const index = bases + at;
          const nested = dependentBreakdownAt(index, offers);
          return nested ? fc.oneof(rateAt(index, offers), rateAt(index, offers), nested) : rateAt(index, offers);
        });
        return fc.tuple(fc.constant(base), ...more).map(([first, ...rest]) => [...(first as Indicator[]), ...(rest as Indicator[])]);
      })
      .chain((indicators) => fc.tuple(...indicators.map((indicator) => withPriors(indicator, year))))
      .chain((indicators) =>
        fc.tuple(
          ...indicators.map((indicator) =>
            (sections.length > 0 ? fc.option(fc.constantFrom(...sections.map((section) => section.id)), { nil: undefined }) : fc.constant(undefined)).map(
              (sectionId) => (sectionId ? { ...indicator, sectionId } : indicator),
            ),
          ),
        ),
      )
      .map((indicators) => ({
        schemaVersion: 1 as const,
        issuer,
        title,
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
        ...(signedDay && { signedOn: `${year + 1}-03-${String(signedDay).padStart(2, '0')}` }),
        sections,
        indicators: indicators as Indicator[],
        ...(extensions && { extensions: JSON.parse(JSON.stringify(extensions)) }),
      })),
  );
