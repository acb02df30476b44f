/**
 * The reports the stories show. They come from `examples/` (the reference report, as published):
 * variants are deep copies with a few fields changed, never copies of the data. Stories that need
 * several years or issuers use core's seeded synthetic reports (below).
 */
import type { Indicator, Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import referenceJson from '../../examples/hangzhoudao-2023.json';

/** The reference report: 天津市滨海新区杭州道街道办事处 2023. */
export const reference = referenceJson as unknown as Report;

/** Same-origin URL of the reference report in the built Storybook (`staticDirs` serves `examples/` as `data/`). */
export const REFERENCE_URL = './data/hangzhoudao-2023.json';

/** Same-origin URL of the reference report's published text (for fallback links). */
export const REFERENCE_TEXT_URL = './data/hangzhoudao-2023.txt';

/** A same-origin URL that does not exist in the built Storybook: fetching it gives a real HTTP 404. */
export const MISSING_URL = './data/no-such-report.json';

/**
 * A same-origin web page (the demo page, served with the examples) where the JSON should be: what a wrong `src`
 * gives on a site that answers missing files with a "page not found" page and status 200.
 */
export const WEB_PAGE_URL = './data/index.html';

/** A URL Chromium refuses to connect to (port 9 is on its unsafe-port list): a real network error, with no request made. */
export const UNREACHABLE_URL = 'http://127.0.0.1:9/report.json';

/** Answered by `.storybook/fetch-stubs.ts`: never (so the element stays loading, or times out). */
export const NEVER_URL = './__rol/never.json';

/** Answered by `.storybook/fetch-stubs.ts` with the reference report after `ms` milliseconds. */
export function slowUrl(ms: number): string {
  return `./__rol/slow.json?ms=${ms}`;
}

/** A `data:` URL holding `text` as JSON: a `src` that needs no server. */
export function jsonDataUrl(text: string): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
}

/** A deep copy of the reference report with `change` applied to it. */
export function variant(change: (report: Report) => void): Report {
  const copy = structuredClone(reference);
  change(copy);
  return copy;
}

/** The indicator `id` of `report`; throws when it is missing (a story would silently show an error state). */
export function indicatorOf(report: Report, id: string): Indicator {
  const found = report.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`The report has no indicator ${id}`);
  return found;
}

/** Ids of the reference report's indicators of the given kinds, in report order. */
export function indicatorIds(...kinds: Indicator['kind'][]): string[] {
  return reference.indicators.filter((indicator) => kinds.length === 0 || kinds.includes(indicator.kind)).map((indicator) => indicator.id);
}

/**
 * The reference report with one finding of each severity a reader must notice:
 * an error (published before it was signed), and warnings (a breakdown whose parts do not add up to its
 * stated total; a rate that does not reconcile with its numerator and denominator), beside the
 * reference report's own notes.
 */
export const withWarningsAndErrors: Report = variant((report) => {
  report.publishedAt = '2023-11-10T09:00:00+08:00';
  const outcomes = indicatorOf(report, 'reconsideration.outcomes');
  if (outcomes.kind === 'breakdown' && outcomes.total && 'value' in outcomes.total) {
    outcomes.total = { ...outcomes.total, value: 17, written: '17件' };
  }
  const rate = indicatorOf(report, 'enforcement.duty_performance_rate');
  if (rate.kind === 'rate') rate.denominator = { quantity: { value: 110, unit: '项', written: '110项' } };
});

/** A valid report with no figures at all (a report that publishes none). */
export const withoutIndicators: Report = variant((report) => {
  report.indicators = [];
});

/** Not a valid report: an unknown issuer level and an unknown unit (the schema lists both, with where they are). */
export const schemaInvalid: unknown = (() => {
  const copy = structuredClone(referenceJson) as Record<string, any>;
  copy['issuer'].level = 'galaxy';
  copy['indicators'][0].quantity.unit = 'furlongs';
  return copy;
})();

/** The schema-invalid report as a `data:` URL. */
export const SCHEMA_INVALID_URL = jsonDataUrl(JSON.stringify(schemaInvalid));

/** Text that is not JSON at all, as a `data:` URL. */
export const NOT_JSON_URL = jsonDataUrl('{ "schemaVersion": 1, "title": "半截');

/*
 * Several years, and several issuers: there is one published report in `examples/`, so the trend and
 * comparison stories use core's seeded synthetic reports (a fictional 合成市, never real figures).
 */

/** Four years (2020–2023) of one fictional issuer, from `generateSyntheticReports` (seed 7). */
export const syntheticYears: readonly Report[] = generateSyntheticReports({ seed: 7, issuers: 1, years: [2020, 2021, 2022, 2023] });

/** Two fictional issuers, 2022 and 2023 (seed 7). */
export const syntheticIssuers: readonly Report[] = generateSyntheticReports({ seed: 7, issuers: 2, years: [2022, 2023] });

/** The synthetic report of `year` (of the first issuer, or of the `issuer`-th one). */
export function syntheticReport(year: number, issuer = 0): Report {
  const pool = issuer === 0 ? syntheticYears : syntheticIssuers;
  const names = [...new Set(pool.map((report) => report.issuer.name))];
  const found = pool.find((report) => report.period.start.startsWith(String(year)) && report.issuer.name === names[issuer]);
  if (!found) throw new Error(`no synthetic report for ${year}, issuer ${issuer}`);
  return found;
}
