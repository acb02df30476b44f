/**
 * `@rule-of-law/core/synthetic`: clearly labelled synthetic reports of invented bodies, for tests, demos,
 * stories and benchmarks — never real figures.
 *
 * - {@link generateSyntheticReports} makes any number of issuers over any years from a seed: the same options
 *   always give the same reports, and every report passes `parseReport`. Each is marked synthetic three ways:
 *   its title starts with {@link SYNTHETIC_TITLE_PREFIX}, `extensions.synthetic` is true, and the issuer's
 *   English name ends "(synthetic data)".
 * - {@link mulberry32}, {@link deriveSeed} and {@link drawFrom} are the seeded draws behind them, for datasets
 *   of one's own that must be reproducible too.
 *
 * A separate entry point so that services and pages, which never need invented data, do not carry it. The
 * reports it returns are `Report`s of `@rule-of-law/core`.
 *
 * @example
 * ```ts
 * import { aggregateReports } from '@rule-of-law/core';
 * import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
 *
 * const reports = generateSyntheticReports({ seed: 7, issuers: 3, years: [2022, 2023] });
 * const rollup = aggregateReports(reports, { groupBy: 'year' });
 * ```
 *
 * @packageDocumentation
 */
// The reports: options in, labelled synthetic reports out.
export { generateSyntheticReports, SYNTHETIC_TITLE_PREFIX, type SyntheticReportsOptions } from './generate-synthetic-reports.js';

// The seeded draws behind them.
export { deriveSeed, drawFrom, mulberry32, type Draw, type Random } from './prng.js';
