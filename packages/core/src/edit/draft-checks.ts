import { computeReport } from '../compute/compute-report.js';
import { SEVERITIES, type Severity } from '../compute/findings/finding.js';
import { reportFindings } from '../compute/report-findings.js';
import { parseReport } from '../parse/parse-report.js';
import type { BilingualText } from '../schema/localized-text.js';
import type { Report } from '../schema/report.js';
import { figuresOf, type FigurePlace } from './figure-places.js';

/** One thing wrong with, or worth a look in, a report being edited, linked to its indicators and their figures in the text. */
export interface DraftCheck {
  /** `issue`: the report is not valid (from `parseReport`); `finding`: valid, and the arithmetic says this (from `computeReport`). */
  readonly kind: 'issue' | 'finding';
  /** The issue code (`unknown_indicator`, `negative`…) or the finding code (`sum-mismatch`, `rate-mismatch`…). */
  readonly code: string;
  /** Issues are errors: the report cannot be published until they are fixed. */
  readonly severity: Severity;
  readonly message: BilingualText;
  /** Where an issue is in the JSON (`indicators[3].quantity.unit`); empty for findings. */
  readonly pointer: string;
  /** The indicators concerned, in the report's order. */
  readonly ids: readonly string[];
  /** Their figures in the source text, in text order, each once (a part's own when the issue is about one part). */
  readonly places: readonly FigurePlace[];
}

/** The indicator (and part) an issue's path is about: `["indicators", 3, "parts", 1, …]`. */
function subjectOf(report: Report, path: readonly (string | number)[]): { id?: string; part?: number } {
  if (path[0] !== 'indicators' || typeof path[1] !== 'number') return {};
  const id = report.indicators[path[1]]?.id;
  return { ...(id === undefined ? {} : { id }), ...(path[2] === 'parts' && typeof path[3] === 'number' ? { part: path[3] } : {}) };
}

/** Places in text order, each figure once (a rate's numerator can be another indicator's own figure). */
function distinctPlaces(places: readonly FigurePlace[]): FigurePlace[] {
  const seen = new Set<string>();
  return [...places]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((place) => {
      const key = `${place.start}:${place.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * What an editor shows beside a report as it is edited: while it is not valid, every validation issue
 * (`parseReport`); once it is, every finding of its arithmetic (`computeReport` and the checks of the document,
 * as `rule-of-law check` reports them). Each is linked to the indicators it concerns and to their figures in the
 * source text, errors first, then in text order.
 *
 * @example
 * ```ts
 * for (const check of draftChecks(history.present)) mark(check.places, check.severity, check.message['zh-CN']);
 * ```
 */
export function draftChecks(report: Report): DraftCheck[] {
  const parsed = parseReport(report);
  const checks: DraftCheck[] = parsed.ok
    ? reportFindings(computeReport(parsed.report)).map((finding) => ({
        kind: 'finding',
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        pointer: '',
        ids: finding.indicatorIds,
        places: distinctPlaces(finding.indicatorIds.flatMap((id) => figuresOf(report, id))),
      }))
    : parsed.issues.map((issue) => {
        const { id, part } = subjectOf(report, issue.path);
        const places = id === undefined ? [] : figuresOf(report, id).filter((place) => part === undefined || (place.id === id && place.part === part));
        return { kind: 'issue', code: issue.code, severity: 'error', message: issue.message, pointer: issue.pointer, ids: id === undefined ? [] : [id], places };
      });
  const firstPlace = (check: DraftCheck) => check.places[0]?.start ?? Number.MAX_SAFE_INTEGER;
  return checks.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || firstPlace(a) - firstPlace(b));
}
