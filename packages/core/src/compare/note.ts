import type { FindingValue, Severity } from '../compute/findings/finding.js';
import { SEVERITIES } from '../compute/findings/finding.js';
import type { BilingualText } from '../schema/localized-text.js';

/**
 * A finding-like note about a comparison or a roll-up: what makes it unsafe or partial, where, and how
 * seriously, in zh-CN and English. Same shape as a core `Finding`, with its own codes.
 */
export interface Note<Code extends string> {
  readonly code: Code;
  readonly severity: Severity;
  readonly indicatorIds: readonly string[];
  readonly message: BilingualText;
  readonly expected?: FindingValue;
  readonly actual?: FindingValue;
}

/** Notes write their messages as findings do: one writer per language. */
export { bilingual } from '../compute/findings/bilingual.js';

/** Notes sorted errors first, then warnings, then info; stable within a severity. */
export function bySeverity<T extends { readonly severity: Severity }>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
