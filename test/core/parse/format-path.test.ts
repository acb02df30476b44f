// formatPath: the path of an issue as a reader finds it in the JSON — names joined with dots, positions in
// brackets. Each expected pointer is written by hand from its path.
import { describe, expect, it } from 'vitest';
import { formatPath, parseReport } from '@rule-of-law/core';
import { countOf, minimalReport } from '../../support/minimal-report.js';

describe('formatPath', () => {
  it('joins names with dots and puts positions in brackets', () => {
    expect(formatPath(['indicators', 3, 'quantity', 'unit'])).toBe('indicators[3].quantity.unit');
    expect(formatPath(['sections', 0, 'parts', 1])).toBe('sections[0].parts[1]');
    expect(formatPath(['issuer', 'divisionCode'])).toBe('issuer.divisionCode');
  });

  it('writes the root as an empty pointer, and a leading position with no dot', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['title'])).toBe('title');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['a', 0, 1])).toBe('a[0][1]');
  });

  it('is the pointer parseReport gives each issue', () => {
    const report = minimalReport([
      { id: 'x.cases', family: 'other', label: { 'zh-CN': '收案' }, kind: 'count', quantity: countOf(5) },
      { id: 'x.more', family: 'other', label: { 'zh-CN': '受理' }, kind: 'count', quantity: { ...countOf(5), unit: 'cases' as never } },
    ]);
    const result = parseReport(report);
    if (result.ok) expect.unreachable('an unknown unit must be refused');
    expect(result.issues.map((issue) => [issue.pointer, formatPath(issue.path)])).toEqual([['indicators[1].quantity.unit', 'indicators[1].quantity.unit']]);
  });
});
