import { describe, expect, it } from 'vitest';
import { computeReport, parseReport, reportFindings } from '@rule-of-law/core';
import { applyEdit, draftChecks } from '@rule-of-law/core/edit';
import { draft, text } from './support.js';

describe('draft checks', () => {
  it('lists the findings of a valid draft, errors first, each with its indicators’ figures in the text', () => {
    const checks = draftChecks(draft);
    const findings = reportFindings(computeReport(draft));
    expect(checks.map((check) => check.code).sort()).toEqual(findings.map((finding) => finding.code).sort());
    expect(checks.every((check) => check.kind === 'finding' && check.pointer === '')).toBe(true);
    const order = { error: 0, warning: 1, info: 2 } as const;
    expect(checks.map((check) => order[check.severity])).toEqual([...checks.map((check) => order[check.severity])].sort());
    for (const check of checks) {
      // Every figure linked is in the text where the report says, in text order, once.
      for (const place of check.places) expect(text.slice(place.start, place.end)).toBe(place.quantity.source?.text);
      const starts = check.places.map((place) => place.start);
      expect(starts).toEqual([...new Set(starts)].sort((a, b) => a - b));
    }
    expect(checks.some((check) => check.places.length > 0)).toBe(true);
  });

  it('lists validation issues while the report is not valid, each on the indicator and the part it is about', () => {
    const broken = applyEdit(draft, { type: 'set-quantity', id: 'litigation.cases', part: 1, changes: { value: -1 } });
    expect(parseReport(broken).ok).toBe(false);
    const checks = draftChecks(broken);
    const negative = checks.find((check) => check.code === 'negative');
    expect(negative).toMatchObject({ kind: 'issue', severity: 'error', ids: ['litigation.cases'] });
    expect(negative?.pointer).toMatch(/^indicators\[\d+\]\.parts\[1\]\.quantity/);
    expect(negative?.places.map((place) => [place.id, place.role, place.part])).toEqual([['litigation.cases', 'part', 1]]);
    expect(negative?.message['zh-CN']).not.toBe(negative?.message.en);
  });

  it('names a dangling reference as the referring indicator’s issue', () => {
    // A reference can only dangle by editing the JSON by hand: the edits refuse to leave one.
    const rate = draft.indicators.findIndex((indicator) => indicator.id === 'environment.completion_rate');
    const dangling = {
      ...draft,
      indicators: draft.indicators.map((indicator, index) => (index === rate ? { ...indicator, numerator: { ref: 'no.such' } } : indicator)),
    };
    const check = draftChecks(dangling).find((each) => each.code === 'unknown_indicator');
    expect(check?.ids).toEqual(['environment.completion_rate']);
  });
});
