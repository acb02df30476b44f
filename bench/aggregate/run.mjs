#!/usr/bin/env node
// bench/aggregate: roll-ups of 1k / 10k / 40k synthetic reports (one year, one report per body), as one
// total and grouped by parent government (12 bodies each). The reports are generated once per size,
// outside the timing. Each roll-up is timed over several rounds after a full GC (median reported), and
// the heap is measured before and after to show memory linear in the input. Run after `npm run build`
// (it measures the built package, as users get it).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { aggregateReports } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { machineLine, median } from '../lib.mjs';

// A full GC between rounds without a command-line flag (bench/run.mjs starts each script plainly).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,40000').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const MiB = 2 ** 20;

function heapUsed() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const rollUps = {
  'one total': (reports) => aggregateReports(reports),
  'by parent': (reports) => aggregateReports(reports, { groupBy: 'parent' }),
};

const rows = [];
for (const size of sizes) {
  const empty = heapUsed();
  const reports = generateSyntheticReports({ seed: 2024, issuers: size, years: [2023] });
  const input = heapUsed() - empty;
  for (const [name, rollUp] of Object.entries(rollUps)) {
    rollUp(reports.slice(0, Math.min(size, 2000))); // warm the JIT on a small slice
    const samples = [];
    let result;
    let retained = 0;
    for (let round = 0; round < rounds; round += 1) {
      // Drops the previous round's result before measuring the heap, so `retained` counts one result, not two.
      // eslint-disable-next-line no-useless-assignment
      result = undefined;
      const before = heapUsed();
      const start = performance.now();
      result = rollUp(reports);
      samples.push(performance.now() - start);
      retained = heapUsed() - before;
    }
    const ms = median(samples);
    rows.push({ size, name, groups: result.groups.length, ms, min: Math.min(...samples), max: Math.max(...samples), input, retained });
  }
}

console.log(`bench/aggregate — ${machineLine()}`);
console.log(`synthetic reports (seed 2024, one year); ${rounds} rounds per roll-up after a full GC, median (min–max); heap after GC\n`);
console.log('| reports | roll-up | groups | ms (median) | min–max ms | reports/s | input heap | bytes/report (input) | result heap | bytes/report (result) |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.size.toLocaleString('en')} | ${row.name} | ${row.groups.toLocaleString('en')} | ${row.ms.toFixed(0)} | ${row.min.toFixed(0)}–${row.max.toFixed(0)} | ${Math.round((row.size / row.ms) * 1000).toLocaleString('en')} | ${(row.input / MiB).toFixed(1)} MiB | ${Math.round(row.input / row.size).toLocaleString('en')} | ${(row.retained / MiB).toFixed(1)} MiB | ${Math.round(row.retained / row.size).toLocaleString('en')} |`,
  );
}
