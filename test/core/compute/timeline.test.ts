import { describe, expect, it } from 'vitest';
import { computeTimeline, publicationDeadline } from '@rule-of-law/core';
import { minimalReport } from '../../support/minimal-report.js';

const codes = (overrides: Parameters<typeof minimalReport>[1]) =>
  computeTimeline(minimalReport([], overrides)).findings.map((finding) => [finding.code, finding.severity]);

describe('publicationDeadline', () => {
  it('is 1 April of the year after the period ends', () => {
    expect(publicationDeadline({ start: '2023-01-01', end: '2023-12-31' })).toBe('2024-04-01');
    expect(publicationDeadline({ start: '2023-07-01', end: '2024-06-30' })).toBe('2025-04-01');
  });
});

describe('computeTimeline', () => {
  it('accepts publication on the deadline day', () => {
    expect(codes({ publishedAt: '2025-04-01' })).toEqual([]);
  });

  it('warns when published after 1 April of the next year', () => {
    expect(codes({ publishedAt: '2025-04-02T09:00:00+08:00' })).toEqual([['published-late', 'warning']]);
    const [finding] = computeTimeline(minimalReport([], { publishedAt: '2025-04-02' })).findings;
    expect(finding?.message['zh-CN']).toBe('报告于2025年4月2日公开，晚于2025年4月1日的法定公开期限');
    expect(finding?.message.en).toBe('Published on 2 April 2025, after the deadline of 1 April 2025');
  });

  it('uses the calendar date as written, whatever the time zone', () => {
    expect(codes({ publishedAt: '2025-04-01T23:59:00+08:00' })).toEqual([]);
  });

  it('notes a report signed before its period ended', () => {
    expect(codes({ signedOn: '2024-11-20', publishedAt: '2025-03-01' })).toEqual([['signed-before-period-end', 'info']]);
  });

  it('reports publication before signature as an error', () => {
    expect(codes({ signedOn: '2025-03-10', publishedAt: '2025-03-01' })).toEqual([['published-before-signed', 'error']]);
  });

  it('does not use today’s date: an unpublished report has no timeline finding', () => {
    const { timeline, findings } = computeTimeline(minimalReport([], { period: { start: '2000-01-01', end: '2000-12-31' } }));
    expect(findings).toEqual([]);
    expect(timeline).toEqual({ publicationDeadline: '2001-04-01' });
  });
});
