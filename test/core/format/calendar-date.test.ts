// calendarDate: the date as the data writes it, never moved to another time zone. The expected dates are
// the first ten characters of each ISO string, read by hand.
import { describe, expect, it } from 'vitest';
import { calendarDate, formatDate } from '@rule-of-law/core';

describe('calendarDate', () => {
  it('keeps a date as it is', () => {
    expect(calendarDate('2023-11-20')).toBe('2023-11-20');
  });

  it('drops the time of a date-time, with or without an offset', () => {
    expect(calendarDate('2024-03-26T17:24:00+08:00')).toBe('2024-03-26');
    expect(calendarDate('2024-03-26T17:24:00')).toBe('2024-03-26');
  });

  it('never shifts the day: 23:30 at UTC−5 is the 26th where it was written, though the 27th in UTC', () => {
    expect(calendarDate('2024-03-26T23:30:00-05:00')).toBe('2024-03-26');
    expect(calendarDate('2024-03-27T00:30:00+08:00')).toBe('2024-03-27');
    expect(formatDate('2024-03-26T23:30:00-05:00', { locale: 'zh-CN' })).toBe('2024年3月26日');
  });
});
