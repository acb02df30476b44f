import type { Indicator } from '../schema/indicator.js';
import type { JsonValue } from '../schema/json-value.js';
import type { PriorFigure } from './prior-figure-schema.js';

export type { PriorFigure } from './prior-figure-schema.js';
import { validatePriorFigure } from '../parse/generated/report-validator.js';

/**
 * The key, in an indicator's `extensions`, of the prior-period figures the report itself quotes.
 *
 * Convention (schema version 1): `extensions.priorFigures` is an array of {@link PriorFigure}:
 *
 * ```json
 * { "id": "reconsideration.cases", "kind": "count", "quantity": { "value": 612, "unit": "件", "written": "612件" },
 *   "extensions": { "priorFigures": [
 *     { "period": { "start": "2022-01-01", "end": "2022-12-31" },
 *       "quantity": { "value": 558, "unit": "件", "written": "558件", "source": { "text": "558件", "start": 1201, "end": 1205 } } }
 *   ] } }
 * ```
 *
 * It records "较2022年558件" as a statement *of this report* about 2022: it is never merged with the
 * 2022 report's own figure. An entry without `part` is the indicator's own figure (a breakdown's
 * total); with `part`, one category of a breakdown. `extensions` round-trip untouched through
 * `parseReport`, so the convention needs no schema change.
 */
export const PRIOR_FIGURES_KEY = 'priorFigures';

/** What {@link readPriorFigures} found. */
export interface PriorFiguresRead {
  /** The valid entries, in order. */
  readonly figures: readonly PriorFigure[];
  /** Positions of entries that do not match `PriorFigureSchema` (ignored); `[-1]` when the value is not an array. */
  readonly invalid: readonly number[];
}

const NONE: PriorFiguresRead = { figures: [], invalid: [] };

/**
 * The prior-period figures an indicator quotes, from `extensions.priorFigures` ({@link PRIOR_FIGURES_KEY}).
 * Never throws: malformed entries are skipped and their positions returned.
 *
 * @example
 * ```ts
 * readPriorFigures(indicator).figures; // [{ period: { start: '2022-01-01', end: '2022-12-31' }, quantity: { value: 558, … } }]
 * ```
 */
export function readPriorFigures(indicator: Indicator): PriorFiguresRead {
  const value = indicator.extensions?.[PRIOR_FIGURES_KEY];
  if (value === undefined) return NONE;
  if (!Array.isArray(value)) return { figures: [], invalid: [-1] };
  const figures: PriorFigure[] = [];
  const invalid: number[] = [];
  value.forEach((entry, index) => {
    // PriorFigureSchema's validator generated ahead of time (scripts/write-report-validator.ts): no zod at run time.
    if (validatePriorFigure(entry).length === 0) figures.push(entry as PriorFigure);
    else invalid.push(index);
  });
  return { figures, invalid };
}

/**
 * A copy of the indicator with these prior-period figures in `extensions.priorFigures` (replacing any
 * there; other extensions are kept). An empty list removes the key.
 *
 * @example
 * ```ts
 * const quoted = withPriorFigures(cases, [
 *   { period: { start: '2022-01-01', end: '2022-12-31' }, quantity: { value: 558, unit: '件', written: '558件' } },
 * ]);
 * ```
 */
export function withPriorFigures<T extends Indicator>(indicator: T, figures: readonly PriorFigure[]): T {
  const { [PRIOR_FIGURES_KEY]: _previous, ...others } = indicator.extensions ?? {};
  const extensions = figures.length > 0 ? { ...others, [PRIOR_FIGURES_KEY]: JSON.parse(JSON.stringify(figures)) as JsonValue[] } : others;
  const { extensions: _old, ...rest } = indicator;
  return (Object.keys(extensions).length > 0 ? { ...rest, extensions } : rest) as T;
}
