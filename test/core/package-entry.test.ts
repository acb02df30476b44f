// The built package, as Node users get it: `npm test` builds before it runs the tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

const program = (load: string) => `
${load}
const report = JSON.parse(require('node:fs').readFileSync('examples/hangzhoudao-2023.json', 'utf8'));
const parsed = core.parseReport(report);
const computed = core.computeReport(parsed.report);
console.log(JSON.stringify({ ok: parsed.ok, findings: computed.findings.map((f) => f.code).sort(), shares: computed.byId['reconsideration.outcomes'].parts.map((p) => p.share.value) }));
`;

const expected = {
  ok: true,
  findings: ['implied-denominator', 'mixed-units', 'partial-breakdown', 'signed-before-period-end'],
  shares: [37.5, 18.75, 25, 18.75],
};

describe('@rule-of-law/core as built', () => {
  it('works through require() (CommonJS)', () => {
    const output = node(['-e', program("const core = require('@rule-of-law/core');")]);
    expect(JSON.parse(output)).toEqual(expected);
  });

  it('works through import (ESM)', () => {
    const output = node([
      '--input-type=module',
      '-e',
      program("import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); const core = await import('@rule-of-law/core');"),
    ]);
    expect(JSON.parse(output)).toEqual(expected);
  });
});
