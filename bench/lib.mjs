// Shared helpers of the benchmark scripts: timing, medians, and a line naming the machine.
import os from 'node:os';
import { performance } from 'node:perf_hooks';

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds per call of `fn`, the median of `rounds` rounds of `iterations` calls each. */
export function timePerCall(fn, { iterations, rounds = 7 }) {
  for (let warm = 0; warm < Math.min(iterations, 200); warm += 1) fn();
  const samples = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    for (let index = 0; index < iterations; index += 1) fn();
    samples.push((performance.now() - start) / iterations);
  }
  return median(samples);
}

/**
 * Runs the candidates interleaved, round after round, so that the machine's noise falls on all of
 * them alike; returns the median milliseconds per call of each.
 */
export function compareSideBySide(candidates, { iterations, rounds = 9 }) {
  const samples = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
  for (const fn of Object.values(candidates)) for (let warm = 0; warm < Math.min(iterations, 200); warm += 1) fn();
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, fn] of Object.entries(candidates)) {
      const start = performance.now();
      for (let index = 0; index < iterations; index += 1) fn();
      samples[name].push((performance.now() - start) / iterations);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

/** One line describing this machine and run, for docs/benchmarks.md. */
export function machineLine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpu} · ${os.cpus().length} cores · ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
}
