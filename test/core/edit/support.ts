import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport, type Report } from '@rule-of-law/core';
import { draftReport } from '@rule-of-law/core/extract';

/** The reference report's published text. */
export const text = readFileSync(fileURLToPath(new URL('../../../examples/hangzhoudao-2023.txt', import.meta.url)), 'utf8');

/** A deeply frozen copy: an edit that changed its input would throw. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

/** The draft of the reference report, frozen. */
export const draft: Report = frozen(draftReport(text));

/** The report through JSON and `parseReport`, as a downloaded file would be read: throws with every issue when invalid. */
export function validated(report: Report): Report {
  const result = parseReport(JSON.parse(JSON.stringify(report)));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.pointer}: ${issue.message.en}`).join('\n'));
  return result.report;
}

/** The indicator with `id`, or a failure. */
export function indicator(report: Report, id: string) {
  const found = report.indicators.find((each) => each.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
