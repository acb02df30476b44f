import type { CodelistId } from '../codelists/index.js';
import type { Family } from '../schema/family.js';
import type { BreakdownPart, Indicator } from '../schema/indicator.js';
import type { LocalizedText } from '../schema/localized-text.js';
import type { Operand } from '../schema/operand.js';
import type { Qualifier } from '../schema/qualifier.js';
import type { Unit } from '../schema/unit.js';

/** Which of a rate's two operands an edit binds. */
export type OperandSide = 'numerator' | 'denominator';

/**
 * Fixes to a quantity: the value, unit or qualifier the extractor misread, or the words it was written in.
 * `qualifier: null` removes the qualifier. A figure's `written` form is what the text says, so fixing a
 * misread value leaves it alone unless it is given too.
 */
export interface QuantityChanges {
  readonly value?: number;
  readonly unit?: Unit;
  readonly qualifier?: Qualifier | null;
  readonly written?: string;
}

/** Fixes to a breakdown part: its category (a codelist code, or a free one), its label (`null` removes it), its groups. */
export interface PartChanges {
  readonly category?: string;
  readonly label?: LocalizedText | null;
  readonly groups?: readonly string[] | null;
}

/**
 * One change a person makes to a report, as data: what an editor records for undo and redo, saves with
 * the work in progress, and replays. Every edit names the indicator it changes by id; breakdown parts
 * are named by their index in `parts`. {@link applyEdit} applies one.
 *
 * - `accept`: the drafted indicator is right as it is (it is marked reviewed; its evidence is kept);
 * - `set-label`, `set-family`, `set-codelist`, `set-exhaustive`: one field;
 * - `rename`: a new id (a codebook id, say), with every reference to the old one following it;
 * - `set-quantity`: fixes to the indicator's quantity, or to part `part`'s;
 * - `set-operand`: a rate's numerator or denominator bound anew (`null`: unbound);
 * - `add-part`, `remove-part`, `set-part`: a breakdown's parts (references to a part follow its category);
 * - `make-breakdown`: a count, amount or measure becomes a breakdown whose one part is its figure (more are then
 *   added with `add-part`): what a figure the draft read alone is when the report lists it with others (办理行政处罚
 *   案件33件，其中简易程序32件、普通程序1件);
 * - `add-indicator`, `delete-indicator`: an indicator made from a figure, or one that is not one.
 */
export type ReportEdit =
  | { readonly type: 'accept'; readonly id: string }
  | { readonly type: 'set-label'; readonly id: string; readonly label: LocalizedText }
  | { readonly type: 'set-family'; readonly id: string; readonly family: Family }
  | { readonly type: 'rename'; readonly id: string; readonly to: string }
  | { readonly type: 'set-quantity'; readonly id: string; readonly part?: number; readonly changes: QuantityChanges }
  | { readonly type: 'set-operand'; readonly id: string; readonly side: OperandSide; readonly operand: Operand | null }
  | { readonly type: 'set-codelist'; readonly id: string; readonly codelist: CodelistId | null }
  | { readonly type: 'set-exhaustive'; readonly id: string; readonly exhaustive: boolean }
  | { readonly type: 'add-part'; readonly id: string; readonly part: BreakdownPart; readonly at?: number }
  | { readonly type: 'remove-part'; readonly id: string; readonly part: number }
  | { readonly type: 'make-breakdown'; readonly id: string }
  | { readonly type: 'set-part'; readonly id: string; readonly part: number; readonly changes: PartChanges }
  | { readonly type: 'add-indicator'; readonly indicator: Indicator; readonly after?: string }
  | { readonly type: 'delete-indicator'; readonly id: string };

/** The kind of an edit: `set-label`, `rename`… */
export type ReportEditType = ReportEdit['type'];
