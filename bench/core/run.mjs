#!/usr/bin/env node
// bench/core: parse + validate + compute the reference report, side by side with JSON.parse of the
// same text. Run after `npm run build` (it measures the built package, as users get it).
import { readFileSync } from 'node:fs';
import { computeReport, parseReport } from '@rule-of-law/core';
import { compareSideBySide, machineLine } from '../lib.mjs';

const text = readFileSync(new URL('../../examples/hangzhoudao-2023.json', import.meta.url), 'utf8');
// 1000 calls a round: long enough that each round takes its share of garbage collection (at 300 the ratio
// swung between 4.2× and 5.1× from run to run on this machine; at 1000 it stays within ±0.1).
const iterations = Number(process.env.BENCH_ITERATIONS ?? 1000);

const result = compareSideBySide(
  {
    'JSON.parse': () => JSON.parse(text),
    'JSON.parse + parseReport': () => parseReport(JSON.parse(text)),
    'JSON.parse + parseReport + computeReport': () => {
      const parsed = parseReport(JSON.parse(text));
      if (parsed.ok) computeReport(parsed.report);
    },
  },
  { iterations, rounds: 15 },
);

const floor = result['JSON.parse'];
console.log(`bench/core — ${machineLine()}`);
console.log(`reference report JSON: ${(text.length / 1024).toFixed(1)} KB, ${iterations} calls × 15 interleaved rounds, medians\n`);
console.log('| step | ms per report | reports/s | × JSON.parse |');
console.log('|---|---:|---:|---:|');
for (const [name, ms] of Object.entries(result)) {
  console.log(`| ${name} | ${ms.toFixed(3)} | ${Math.round(1000 / ms)} | ${(ms / floor).toFixed(2)} |`);
}
