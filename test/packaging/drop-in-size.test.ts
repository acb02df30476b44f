import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The drop-in's ceiling, decided in issue 15: 48 KB gzip with every feature (`gzip -9c | wc -c`). */
const CEILING = 48 * 1024;

describe('the drop-in bundle', () => {
  it('stays within 48 KB gzip', () => {
    // A missing build is a failure, not a skip: `npm test` builds first.
    const bytes = readFileSync(new URL('../../packages/elements/dist/rule-of-law.min.js', import.meta.url));
    const gzipped = execFileSync('gzip', ['-9c'], { input: bytes }).length;
    console.info(`rule-of-law.min.js: ${gzipped} bytes gzip (ceiling ${CEILING})`);
    expect(gzipped).toBeLessThanOrEqual(CEILING);
  });
});
