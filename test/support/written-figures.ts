// The figures of a report as the report wrote them, for tests in Node and in the browser alike.
import type { Report } from '@rule-of-law/core';

/** Every written figure of a report ("996余人次"), as the elements show it (white space taken out). */
export function writtenFigures(report: Report): string[] {
  return report.indicators.flatMap((indicator) => {
    const quantities =
      indicator.kind === 'breakdown'
        ? [...(indicator.total && 'value' in indicator.total ? [indicator.total] : []), ...indicator.parts.map((part) => part.quantity)]
        : 'quantity' in indicator && indicator.quantity
          ? [indicator.quantity]
          : [];
    return quantities.map((quantity) => (quantity.written ?? '').replace(/\s+/g, ''));
  });
}
