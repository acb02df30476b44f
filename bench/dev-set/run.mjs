/**
 * Scores the draft on the development set (test/extract/fixtures/dev-set: real report texts labelled
 * by hand) and prints the scores and every miss, as docs/benchmarks.md records them. Run with
 * `node bench/dev-set/run.mjs` after `npm run build`.
 */
import { cpus } from 'node:os';
import { computeReport } from '@rule-of-law/core';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';
import { readDevSet, scoreDevSet } from './score.mjs';

const entries = readDevSet();
const { texts, totals } = scoreDevSet({ draftReport, extractFigures, computeReport }, entries);
const percent = (value) => `${(value * 100).toFixed(1)}%`;
const { counts } = totals;

console.log(
  `Development set: ${entries.length} texts, ${counts.figures} labelled figures, ${counts.rates} rates with stated operands, ${counts.breakdowns} breakdowns with a stated total, ${counts.priors} prior-year figures; ${counts.ids} drafted ids.`,
);
console.log('');
console.log('| score | value | goal |');
console.log('|---|---:|---:|');
console.log(`| figure recall | ${percent(totals.figureRecall)} | ≥ 98% |`);
console.log(`| figure precision | ${percent(totals.figurePrecision)} | ≥ 98% |`);
console.log(`| stated rates bound to their operands | ${percent(totals.ratesBound)} | ≥ 90% |`);
console.log(`| breakdowns found with exactly their parts | ${percent(totals.breakdownsFound)} | ≥ 85% |`);
console.log(`| prior-year figures attached | ${percent(totals.priorsAttached)} | ≥ 90% |`);
console.log(`| false alarms (mismatch findings above info not in the source) | ${totals.falseAlarms} | 0 |`);
console.log(`| ids not readable (numbered or a bare unit word) | ${totals.unreadableIds} of ${counts.ids} | 0 |`);
console.log('');
console.log('Misses by text (kind @ offset: what):');
for (const score of texts) {
  const misses = score.misses.filter((miss) => miss.kind !== 'unreadable-id');
  const unreadable = score.misses.filter((miss) => miss.kind === 'unreadable-id').map((miss) => miss.what);
  if (misses.length === 0 && unreadable.length === 0) continue;
  console.log(`- ${score.slug}`);
  for (const miss of misses) console.log(`  - ${miss.kind} @ ${miss.at}: ${miss.what}`);
  if (unreadable.length > 0) console.log(`  - unreadable ids: ${unreadable.join(', ')}`);
}
console.log('');
console.log(`Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}.`);
