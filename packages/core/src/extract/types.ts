import type { TableCell } from './table-cells.js';
import type { Qualifier } from '../schema/qualifier.js';
import type { Unit } from '../schema/unit.js';

/** A span of the source text: `text === source.slice(start, end)`, offsets in UTF-16 code units. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** How the digits of a figure were written: `arabic` (1355, １３５５) or `chinese` (两, 十二). */
export type Numeral = 'arabic' | 'chinese';

/**
 * One figure found in a text: its value in base units, its unit and qualifier, exactly where it
 * stands and the clause it belongs to.
 */
export interface ExtractedFigure {
  /** The value in base units: 元 for money ("0.39万元" → 3900), the number of percent for rates (96.2). */
  readonly value: number;
  /** A built-in unit code, or a custom count unit (篇, 期…) with its label. */
  readonly unit: Unit;
  /** How the stated figure relates to the true number. */
  readonly qualifier: Qualifier;
  /** The qualifier as written when there is one: 余, 以上, 逾, 约, 近, 不足, 达, 为… */
  readonly marker?: string;
  /** The figure verbatim, spaces included: "996余人次", "897  件", "16%以上". */
  readonly written: string;
  /** UTF-16 offset of the first character of {@link written}. */
  readonly start: number;
  /** UTF-16 offset just past the last character of {@link written}. */
  readonly end: number;
  /** The clause the figure belongs to (between clause punctuation), trimmed. */
  readonly phrase: TextSpan;
  /** How the number was written. */
  readonly numeral: Numeral;
  /** Where the figure stands in a data table, when it is a table cell (then it has no unit word). */
  readonly cell?: TableCell;
  /** Set on a ratio stated as a multiple after 比例/比值/之比 ("比值达2.6", "2.5:1"): drafted as a rate in 倍. */
  readonly ratio?: true;
}
