// prepareReport: validation and computation once per input — objects by identity, the last few JSON texts by
// content and URL (a report and its parts loading one `src` share the result, as the same objects).
import { describe, expect, it } from 'vitest';
import { prepareReport } from '../../packages/elements/src/internal/data/prepare-report.js';
import { referenceJson } from '../support/examples.js';

const text = JSON.stringify(referenceJson());

describe('prepareReport', () => {
  it('the same JSON text from the same URL gives the same prepared report, not a second validation', () => {
    const first = prepareReport(text, '/a.json');
    const second = prepareReport(`${text}`, '/a.json');
    expect(first.ok).toBe(true);
    expect(second).toBe(first);
  });

  it('the same text from another URL is prepared again: an error names the URL it came from', () => {
    const invalid = '{"schemaVersion":1}';
    const fromA = prepareReport(invalid, '/a.json');
    const fromB = prepareReport(invalid, '/b.json');
    expect(fromA.ok || fromB.ok).toBe(false);
    if (!fromA.ok && !fromB.ok) expect([fromA.error.src, fromB.error.src]).toEqual(['/a.json', '/b.json']);
  });

  it('remembers only the last few texts', () => {
    const first = prepareReport(text, '/first.json');
    for (let index = 0; index < 4; index += 1) prepareReport(JSON.stringify({ ...referenceJson(), title: `报告 ${index}` }), `/other-${index}.json`);
    const again = prepareReport(text, '/first.json');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('objects are remembered by identity', () => {
    const report = referenceJson();
    expect(prepareReport(report)).toBe(prepareReport(report));
    expect(prepareReport(referenceJson())).not.toBe(prepareReport(report));
  });
});
