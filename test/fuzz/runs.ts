/**
 * How many generated inputs a fuzz test runs: its share of FUZZ_RUNS (the total over every fuzz
 * test, default 100,000). `FUZZ_RUNS=1000000 npm run test:unit` is a nightly-sized run.
 */
export function fuzzRuns(share: number): number {
  const total = Number(process.env.FUZZ_RUNS ?? 100_000);
  return Math.max(1, Math.round(total * share));
}
