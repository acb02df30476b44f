// docs/reference/ is generated from the code (`npm run docs`): the committed copy must be what the code
// generates now, or a reader looks up an API that has changed. Needs `npm run build` (the elements' manifest).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT as root } from '../support/e2e-page.js';

describe('docs/reference', () => {
  it('is what `npm run docs` generates from the current code', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [`${root}scripts/write-reference-docs.mjs`, '--check'], { cwd: root, encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^docs\/reference\/ is up to date \(\d+ files\)$/m);
  });
});
