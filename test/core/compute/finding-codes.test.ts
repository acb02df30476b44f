// The findings' codes and severities as a user meets them: every code computeReport can give is documented
// in docs/findings.md with its severity, and findings come sorted errors first. The documented table is read
// from the file a user reads; the sort order is checked on findings written out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bySeverity, FINDING_CODES, SEVERITIES, type Finding } from '@rule-of-law/core';

const DOCS = new URL('../../../docs/findings.md', import.meta.url);

/** The `| \`code\` | severity | …` rows of the table in docs/findings.md, in order. */
function documentedFindings(): [code: string, severity: string][] {
  const rows = [...readFileSync(DOCS, 'utf8').matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)];
  return rows.map((row) => [row[1]!, row[2]!]);
}

const finding = (code: Finding['code'], severity: Finding['severity'], id: string): Finding => ({
  code,
  severity,
  indicatorIds: [id],
  message: { 'zh-CN': id, en: id },
});

describe('SEVERITIES and FINDING_CODES', () => {
  it('rank severities error › warning › info', () => {
    expect(SEVERITIES).toEqual(['error', 'warning', 'info']);
  });

  it('are documented one by one, in order, in docs/findings.md', () => {
    const documented = documentedFindings();
    expect(documented.length, 'rows of the table in docs/findings.md').toBeGreaterThan(0);
    expect(documented.map(([code]) => code)).toEqual([...FINDING_CODES]);
    for (const [, severity] of documented) expect(SEVERITIES).toContain(severity);
  });
});

describe('bySeverity', () => {
  it('puts errors first, then warnings, then information, keeping report order within each', () => {
    const a = finding('partial-breakdown', 'info', 'a');
    const b = finding('sum-mismatch', 'warning', 'b');
    const c = finding('published-before-signed', 'error', 'c');
    const d = finding('rate-mismatch', 'warning', 'd');
    const e = finding('implied-denominator', 'info', 'e');
    expect(bySeverity([a, b, c, d, e])).toEqual([c, b, d, a, e]);
  });

  it('returns a new array and leaves the one given as it was', () => {
    const given = [finding('partial-breakdown', 'info', 'a'), finding('published-before-signed', 'error', 'b')];
    const copy = [...given];
    const sorted = bySeverity(given);
    expect(sorted).not.toBe(given);
    expect(given).toEqual(copy);
    expect(bySeverity([])).toEqual([]);
  });
});
