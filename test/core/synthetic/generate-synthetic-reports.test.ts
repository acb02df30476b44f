import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, parseReport, readPriorFigures, type Indicator, type Report } from '@rule-of-law/core';
import { generateSyntheticReports, mulberry32, SYNTHETIC_TITLE_PREFIX } from '@rule-of-law/core/synthetic';

const find = (report: Report, id: string): Indicator | undefined => report.indicators.find((indicator) => indicator.id === id);
const value = (report: Report, id: string): number | undefined => {
  const indicator = find(report, id);
  return indicator && 'quantity' in indicator ? indicator.quantity?.value : undefined;
};

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => first());
    expect(values).toEqual(Array.from({ length: 1000 }, () => second()));
    expect(values[0]).toBe(0.6011037519201636);
    expect(values.every((entry) => entry >= 0 && entry < 1)).toBe(true);
    // Roughly uniform: the mean of 1000 draws is near 0.5.
    expect(Math.abs(values.reduce((sum, entry) => sum + entry, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });
});

describe('generateSyntheticReports', () => {
  const reports = generateSyntheticReports({ seed: 42, issuers: 12, years: [2021, 2022, 2023] });

  it('gives one report per issuer and year, the same for the same seed', () => {
    expect(reports).toHaveLength(36);
    expect(generateSyntheticReports({ seed: 42, issuers: 12, years: [2021, 2022, 2023] })).toEqual(reports);
    expect(generateSyntheticReports({ seed: 43, issuers: 12, years: [2021, 2022, 2023] })).not.toEqual(reports);
    expect(reports.slice(0, 3).map((report) => report.period.start)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01']);
  });

  it('keeps an issuer’s reports the same when more issuers are added', () => {
    const few = generateSyntheticReports({ seed: 5, issuers: 5, years: [2023] });
    const more = generateSyntheticReports({ seed: 5, issuers: 10, years: [2023] });
    expect(more.slice(0, 5)).toEqual(few);
  });

  it('gives reports that all pass parseReport', () => {
    for (const report of reports) {
      const parsed = parseReport(JSON.parse(JSON.stringify(report)));
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    }
  });

  it('gives valid reports for any seed and options', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, issuers, missingRate, quoteRate) => {
          for (const report of generateSyntheticReports({ seed, issuers, years: [2022, 2023], missingRate, quoteRate })) {
            const parsed = parseReport(JSON.parse(JSON.stringify(report)));
            expect(parsed.ok ? [] : parsed.issues).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('labels every report as synthetic, three ways', () => {
    for (const report of reports) {
      expect(report.title.startsWith(SYNTHETIC_TITLE_PREFIX)).toBe(true);
      expect(report.title.startsWith('【合成数据】')).toBe(true);
      expect(report.extensions?.synthetic).toBe(true);
      expect(report.issuer.name).toMatch(/^合成市虚构\d+区虚构第\d+(街道办事处|镇人民政府)$/);
      expect(report.issuer.nameEn).toMatch(/\(synthetic data\)$/);
      expect(report.source?.url).toBeUndefined();
    }
  });

  it('writes figures as reports do: 元 with decimals or in 万元, 余 and 约, 批次 apart from 人次', () => {
    const many = generateSyntheticReports({ seed: 1, issuers: 200, years: [2023] });
    const fines = many.flatMap((report) => {
      const indicator = find(report, 'enforcement.fines');
      return indicator?.kind === 'amount' ? [indicator.quantity] : [];
    });
    expect(fines.some((quantity) => !Number.isInteger(quantity.value))).toBe(true);
    expect(fines.some((quantity) => quantity.written.endsWith('万元'))).toBe(true);
    for (const quantity of fines) {
      if (quantity.written.endsWith('万元')) expect(Number(quantity.written.slice(0, -2)) * 10_000).toBeCloseTo(quantity.value, 6);
      else expect(quantity.written).toBe(`${quantity.value}元`);
    }
    const visitors = many.flatMap((report) => {
      const indicator = find(report, 'petitions.visits.persons');
      return indicator?.kind === 'count' ? [indicator.quantity] : [];
    });
    expect(visitors.some((quantity) => quantity.qualifier === 'at_least' && quantity.written.includes('余'))).toBe(true);
    const batches = many.map((report) => find(report, 'petitions.leader_receptions.batches')).filter((indicator) => indicator?.kind === 'count');
    expect(batches.every((indicator) => indicator?.kind === 'count' && indicator.quantity.unit === '批次')).toBe(true);
  });

  it('keeps the reference report’s proportions on average', () => {
    const many = generateSyntheticReports({ seed: 2, issuers: 400, years: [2023] });
    const mean = (id: string) => {
      const values = many.map((report) => value(report, id)).filter((entry): entry is number => entry !== undefined);
      return values.reduce((sum, entry) => sum + entry, 0) / values.length;
    };
    // The reference subdistrict: 41 penalties, 24879.5 元 of fines, 16 reconsideration cases, 9 suits.
    expect(mean('enforcement.penalties')).toBeGreaterThan(25);
    expect(mean('enforcement.penalties')).toBeLessThan(75);
    expect(mean('enforcement.fines') / mean('enforcement.penalties')).toBeGreaterThan(400);
    expect(mean('enforcement.fines') / mean('enforcement.penalties')).toBeLessThan(900);
    expect(mean('petitions.leader_receptions.persons') / mean('petitions.leader_receptions.batches')).toBeGreaterThan(1.5);
  });

  it('drifts plausibly from year to year', () => {
    for (let issuer = 0; issuer < 12; issuer += 1) {
      const [first, , last] = reports.slice(issuer * 3, issuer * 3 + 3);
      const before = value(first!, 'enforcement.inspection_records');
      const after = value(last!, 'enforcement.inspection_records');
      if (before === undefined || after === undefined || before === 0) continue;
      expect(after / before).toBeGreaterThan(0.4);
      expect(after / before).toBeLessThan(2.5);
    }
  });

  it('leaves indicators out now and then, and rates without denominators', () => {
    const many = generateSyntheticReports({ seed: 3, issuers: 100, years: [2023] });
    const counts = many.map((report) => report.indicators.length);
    expect(Math.min(...counts)).toBeLessThan(Math.max(...counts));
    const dutyRates = many.map((report) => find(report, 'enforcement.duty_performance_rate')).filter((indicator) => indicator?.kind === 'rate');
    expect(dutyRates.some((indicator) => indicator?.kind === 'rate' && !indicator.denominator)).toBe(true);
    expect(dutyRates.some((indicator) => indicator?.kind === 'rate' && indicator.denominator)).toBe(true);
    const complete = generateSyntheticReports({ seed: 3, issuers: 20, years: [2023], missingRate: 0 });
    expect(complete.every((report) => find(report, 'enforcement.inspection_records'))).toBe(true);
  });

  it('quotes last year’s figures in extensions.priorFigures, mostly as last year’s report states them', () => {
    const many = generateSyntheticReports({ seed: 4, issuers: 100, years: [2022, 2023], quoteRate: 1, missingRate: 0 });
    let same = 0;
    let revised = 0;
    for (let issuer = 0; issuer < 100; issuer += 1) {
      const [previous, current] = [many[issuer * 2]!, many[issuer * 2 + 1]!];
      const penalties = find(current, 'enforcement.penalties')!;
      const { figures, invalid } = readPriorFigures(penalties);
      expect(invalid).toEqual([]);
      expect(figures).toHaveLength(1);
      expect(figures[0]!.period).toEqual(previous.period);
      if (figures[0]!.quantity.value === value(previous, 'enforcement.penalties')) same += 1;
      else revised += 1;
      // The first year quotes nothing.
      expect(readPriorFigures(find(previous, 'enforcement.penalties')!).figures).toEqual([]);
    }
    expect(same).toBeGreaterThan(75);
    expect(revised).toBeGreaterThan(0);
  });

  it('states the year-on-year change over the quoted figure, both ways, and it reconciles', () => {
    const many = generateSyntheticReports({ seed: 4, issuers: 100, years: [2022, 2023], quoteRate: 1, missingRate: 0 });
    const formulas = new Set<string>();
    for (let issuer = 0; issuer < 100; issuer += 1) {
      const [previous, current] = [many[issuer * 2]!, many[issuer * 2 + 1]!];
      // The first year quotes nothing, so it states no change.
      expect(find(previous, 'petitions.accepted_change')).toBeUndefined();
      const change = find(current, 'petitions.accepted_change');
      const quoted = readPriorFigures(find(current, 'petitions.accepted')!).figures[0]!.quantity;
      if (quoted.value === 0) {
        expect(change).toBeUndefined();
        continue;
      }
      if (change?.kind !== 'rate') throw new Error(`${current.title} states no change`);
      formulas.add(change.formula!);
      expect(change.numerator).toEqual({ ref: 'petitions.accepted' });
      expect(change.denominator).toEqual({ quantity: quoted });
      const accepted = value(current, 'petitions.accepted')!;
      expect(change.formula).toBe(accepted >= quoted.value ? 'increase' : 'decrease');
      // Written positive, to one decimal: |accepted − quoted| ÷ quoted, rounded half up.
      expect(change.quantity?.value).toBe(Math.round((Math.abs(accepted - quoted.value) * 1000) / quoted.value) / 10);
      const computed = computeReport(current);
      expect(computed.findings.filter((finding) => finding.indicatorIds.includes('petitions.accepted_change'))).toEqual([]);
      expect(computed.byId['petitions.accepted_change']).toMatchObject({ reconciliation: 'match' });
    }
    expect([...formulas].sort()).toEqual(['decrease', 'increase']);
    const unquoted = generateSyntheticReports({ seed: 4, issuers: 20, years: [2022, 2023], quoteRate: 0 });
    expect(unquoted.some((report) => find(report, 'petitions.accepted_change'))).toBe(false);
  });

  it('refuses impossible options', () => {
    expect(() => generateSyntheticReports({ seed: 1, issuers: -1 })).toThrow(RangeError);
    expect(() => generateSyntheticReports({ seed: 1, missingRate: 2 })).toThrow(RangeError);
    expect(() => generateSyntheticReports({ seed: 1, years: [2023.5] })).toThrow(RangeError);
    expect(generateSyntheticReports({ seed: 1, issuers: 0 })).toEqual([]);
  });
});
