import type { IssuerLevel } from '../schema/issuer.js';
import type { Quantity } from '../schema/quantity.js';
import type { Period, Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { SYNTHETIC_SECTIONS } from './labels.js';
import { deriveSeed, drawFrom, mulberry32, type Draw } from './prng.js';
import { REFERENCE_LEVELS, syntheticIndicators, type Metric } from './synthetic-indicators.js';

/** The title prefix that marks every synthetic report. */
export const SYNTHETIC_TITLE_PREFIX = '【合成数据】';

/** Options of {@link generateSyntheticReports}. */
export interface SyntheticReportsOptions {
  /** The seed: the same options always give the same reports. */
  readonly seed: number;
  /** How many issuing bodies (default 12). */
  readonly issuers?: number;
  /** The reporting years, each one report per issuer (default [2022, 2023]). */
  readonly years?: readonly number[];
  /** How many parent governments the issuers belong to (default: one per 12 issuers). */
  readonly parents?: number;
  /** Probability that a block of indicators is missing from a report (default 0.08). */
  readonly missingRate?: number;
  /** Probability that a report quotes last year's figure of a quotable indicator (default 0.25). */
  readonly quoteRate?: number;
}

interface IssuerProfile {
  readonly name: string;
  readonly nameEn: string;
  readonly level: IssuerLevel;
  readonly parent: string;
  /** Size of the body relative to the reference subdistrict. */
  readonly size: number;
  /** Per-metric scale and yearly growth. */
  readonly scale: Map<Metric, number>;
  readonly growth: Map<Metric, number>;
}

function checkOptions(issuers: number, years: readonly number[], parents: number, rates: readonly number[]): void {
  if (!Number.isInteger(issuers) || issuers < 0) throw new RangeError(`issuers must be a whole number ≥ 0, not ${issuers}`);
  if (!Number.isInteger(parents) || parents < 1) throw new RangeError(`parents must be a whole number ≥ 1, not ${parents}`);
  for (const year of years) if (!Number.isInteger(year) || year < 1000 || year > 9998) throw new RangeError(`Not a year: ${year}`);
  for (const rate of rates) if (!(rate >= 0 && rate <= 1)) throw new RangeError(`A probability must be in [0, 1], not ${rate}`);
}

function profile(draw: Draw, index: number, perParent: number): IssuerProfile {
  const parentNumber = Math.floor(index / perParent) + 1;
  const number = (index % perParent) + 1;
  const parent = `合成市虚构${parentNumber}区`;
  const subdistrict = draw.chance(0.65);
  const size = draw.factor(0.5);
  const scale = new Map<Metric, number>();
  const growth = new Map<Metric, number>();
  for (const metric of Object.keys(REFERENCE_LEVELS) as Metric[]) {
    scale.set(metric, draw.factor(0.25));
    growth.set(metric, draw.normal(0.03, 0.08));
  }
  return {
    name: subdistrict ? `${parent}虚构第${number}街道办事处` : `${parent}虚构第${number}镇人民政府`,
    nameEn: `${subdistrict ? 'Invented Subdistrict' : 'Invented Town'} ${number}, Invented District ${parentNumber}, Synthetic City (synthetic data)`,
    level: subdistrict ? 'subdistrict' : 'township',
    parent,
    size,
    scale,
    growth,
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A calendar date `days` after 1 January of `year` (pure calendar arithmetic, no clock). */
function dayOfYear(year: number, days: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Synthetic annual reports of invented bodies, for tests, stories and benchmarks: every report passes
 * `parseReport`, is labelled synthetic three ways (title prefixed "【合成数据】", `extensions.synthetic:
 * true`, issuers named "合成市虚构N区虚构第M街道办事处"), and is the same on every run for the same
 * options (a seeded mulberry32 generator per issuer; no `Math.random`, no clock).
 *
 * Proportions follow the reference report (杭州道街道 2023): penalties and fines with decimals in 元
 * (sometimes written in 万元), petitions in 批次 and 人次 (never mixed), "余" and "约" figures, petition
 * channels (some listed only in part), reconsideration and litigation outcome breakdowns on the
 * codelists, rates with numerators and denominators (some with only a numerator, like 履职率 96.2%, or
 * none). Each issuer has its own size and per-indicator growth, so years drift plausibly; blocks of
 * indicators are occasionally missing; some reports quote last year's figure (`extensions.priorFigures`),
 * now and then a revised one, and then state the year-on-year change over it (同比增长/下降, a rate with
 * `formula` `increase` or `decrease`). Reports come issuer by issuer, years in the order given.
 *
 * @example
 * ```ts
 * const reports = generateSyntheticReports({ seed: 42, issuers: 12, years: [2022, 2023] });
 * reports.length;                   // 24
 * reports[0]!.title;                // '【合成数据】合成市虚构1区虚构第1…2022年法治政府建设工作报告'
 * parseReport(reports[0]).ok;       // true
 * ```
 */
export function generateSyntheticReports(options: SyntheticReportsOptions): Report[] {
  const { seed, issuers = 12, years = [2022, 2023], missingRate = 0.08, quoteRate = 0.25 } = options;
  const parents = options.parents ?? Math.max(1, Math.ceil(issuers / 12));
  checkOptions(issuers, years, parents, [missingRate, quoteRate]);
  const perParent = Math.max(1, Math.ceil(issuers / parents));
  const firstYear = Math.min(...years);
  const reports: Report[] = [];
  for (let index = 0; index < issuers; index += 1) {
    const draw = drawFrom(mulberry32(deriveSeed(seed, index)));
    const issuer = profile(draw, index, perParent);
    let last: { period: Period; figures: ReadonlyMap<string, Quantity> } | undefined;
    for (const year of years) {
      const elapsed = year - firstYear;
      const level = (metric: Metric) =>
        REFERENCE_LEVELS[metric] * (metric === 'finePerPenalty' ? 1 : issuer.size) * issuer.scale.get(metric)! * (1 + issuer.growth.get(metric)!) ** elapsed;
      const { indicators, quotable } = syntheticIndicators({ draw, level, missingRate, quoteRate, ...(last && { last }) });
      const period = { start: `${year}-01-01`, end: `${year}-12-31` };
      // Most sign in the first quarter and publish within weeks; a few sign before the year ends or publish late.
      const signedOn = draw.chance(0.03) ? dayOfYear(year, draw.int(310, 350)) : dayOfYear(year + 1, draw.int(5, 80));
      const publishedAt = draw.chance(0.05) ? dayOfYear(year + 1, draw.int(95, 150)) : dayOfYear(year + 1, draw.int(82, 89));
      reports.push({
        schemaVersion: 1,
        issuer: { name: issuer.name, nameEn: issuer.nameEn, level: issuer.level, parent: issuer.parent },
        title: `${SYNTHETIC_TITLE_PREFIX}${issuer.name}${year}年法治政府建设工作报告`,
        period,
        signedOn,
        publishedAt: publishedAt < signedOn ? signedOn : publishedAt,
        source: { publisher: '合成数据生成器（虚构，非真实报告）' },
        sections: SYNTHETIC_SECTIONS as Section[],
        indicators,
        extensions: {
          synthetic: true,
          generator: 'generateSyntheticReports',
          seed,
          notice:
            '合成数据：机关名称与全部数字均为虚构，仅供测试、演示和性能测试使用。Synthetic data: invented bodies and figures, for tests, demos and benchmarks only.',
        },
      });
      last = { period, figures: quotable };
    }
  }
  return reports;
}
