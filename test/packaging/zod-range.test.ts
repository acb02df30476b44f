// Core builds its object schemas on zod's compiled object parser (`$ZodObjectJIT` from `zod/v4/core`, the
// sub-package zod offers for extending it; schema/strict-object.ts), which halves validation time on Node.
// That reaches past zod/mini's own functions, so it is held here to every end of the range core declares:
// core's tarball is installed with the lowest zod the range allows and with the newest the registry has in it,
// and each must use the compiled parser and give exactly the verdicts and issues the workspace gives.
// Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@rule-of-law/core';
import { readPackageJson } from './support/package-exports.js';
import { assertBuilt, installScratchProject, packAll, ROOT } from './support/pack-and-install.js';

const DECLARED = readPackageJson(join(ROOT, 'packages/core')).dependencies?.['zod'] ?? '';
/** `^4.6.7` → `4.6.7`: the lowest version the declared range allows. */
const LOWEST = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(DECLARED)?.[1];

/** Inputs whose verdicts and issues must not depend on the zod version. */
function inputs(): unknown[] {
  const reference = JSON.parse(readFileSync(join(ROOT, 'examples/hangzhoudao-2023.json'), 'utf8')) as Record<string, unknown>;
  const indicators = reference['indicators'] as Record<string, unknown>[];
  return [
    reference,
    { ...reference, extra: 1 },
    { ...reference, period: { start: '2023-02-30', end: '2023-12-31' } },
    { ...reference, indicators: [{ ...indicators[0], quantity: { value: -2.5, unit: '件' } }, ...indicators.slice(1)] },
    { ...reference, indicators: [...indicators, indicators[0]] },
    { ...reference, title: 7, publishedAt: '2024-03-26T17:24:00+08:00' },
    null,
    [],
  ];
}

/** The script each project runs: the verdicts and issues of every input, and which object parser core uses. */
const SCRIPT = `import { readFileSync } from 'node:fs';
import { ReportSchema, parseReport } from '@rule-of-law/core';
const inputs = JSON.parse(readFileSync('inputs.json', 'utf8'));
const zod = JSON.parse(readFileSync(new URL('./node_modules/zod/package.json', import.meta.url), 'utf8')).version;
console.log(JSON.stringify({
  zod,
  compiled: ReportSchema._zod.traits.has('$ZodObjectJIT'),
  results: inputs.map((input) => { const r = parseReport(input); return r.ok ? { ok: true } : { ok: false, issues: r.issues }; }),
}));
`;

interface Outcome {
  readonly zod: string;
  readonly compiled: boolean;
  readonly results: readonly unknown[];
}

let scratch = '';
const outcomes = new Map<string, Outcome>();

beforeAll(() => {
  assertBuilt();
  if (LOWEST === undefined) throw new Error(`core's zod range is not of the form ^x.y.z: ${DECLARED}`);
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-zod-'));
  const packed = packAll(join(scratch, 'tarballs'));
  const tarball = join(scratch, 'tarballs', packed.get('core')!.filename);
  for (const [name, range] of [
    ['lowest', LOWEST],
    ['newest', DECLARED],
  ] as const) {
    const dir = join(scratch, name);
    installScratchProject(dir, [tarball], undefined, { zod: range });
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify(inputs()));
    writeFileSync(join(dir, 'run.mjs'), SCRIPT);
    outcomes.set(name, JSON.parse(execFileSync(process.execPath, ['run.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })) as Outcome);
  }
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe(`core with zod ${DECLARED}, at both ends of the range`, () => {
  it('installs the lowest and the newest zod the range allows', () => {
    const lowest = outcomes.get('lowest')!;
    const newest = outcomes.get('newest')!;
    console.log(`zod range ${DECLARED}: lowest ${lowest.zod}, newest in the registry ${newest.zod}`);
    expect(lowest.zod).toBe(LOWEST);
    expect(newest.zod.split('.')[0]).toBe(LOWEST!.split('.')[0]);
  });

  for (const end of ['lowest', 'newest'] as const) {
    it(`${end}: core runs on the compiled object parser and gives the workspace's verdicts and issues`, () => {
      const outcome = outcomes.get(end)!;
      expect(outcome.compiled).toBe(true);
      const expected = inputs().map((input) => {
        const result = parseReport(input);
        return result.ok ? { ok: true } : { ok: false, issues: result.issues };
      });
      expect(expected.filter((result) => result.ok)).toHaveLength(1);
      expect(outcome.results).toEqual(JSON.parse(JSON.stringify(expected)));
    });
  }
});
