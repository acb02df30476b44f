import type { Indicator, Operand, Report } from '@rule-of-law/core';

/** One step of the data editors' guide's walk (walk-plan.mjs). */
export type WalkStep =
  | { readonly type: 'check'; readonly id: string; readonly sentence: string }
  | { readonly type: 'rename'; readonly id: string; readonly to: string }
  | {
      readonly type: 'gather';
      readonly id: string;
      readonly others: readonly string[];
      readonly othersWritten: readonly (string | undefined)[];
      readonly partLabels: readonly string[];
      readonly to: string;
      readonly label: string;
      readonly sentence: string;
    }
  | { readonly type: 'delete'; readonly id: string; readonly sentence: string }
  | {
      readonly type: 'operand';
      readonly id: string;
      readonly side: 'numerator' | 'denominator';
      readonly want: Operand | undefined;
      readonly written: string | undefined;
    };

export function anchorOf(indicator: Indicator): number | undefined;
export function sentenceAt(text: string, at: number): string;
export function walkPlan(draft: Report, finished: Report, text: string): WalkStep[];
export function operandKey(operand: Operand | undefined): string;
export function differences(walked: Report, finished: Report): { id: string; what: string }[];

/** What {@link followWalk} acts through: a person's actions on the editor's controls. */
export interface WalkDriver {
  select(id: string): Promise<void>;
  press(selector: string): Promise<void>;
  change(selector: string, value: string): Promise<void>;
  clickFigure(selector: string, written: string | undefined): Promise<void>;
  read(text: string): void | Promise<void>;
}
export function followWalk(steps: readonly WalkStep[], driver: WalkDriver): Promise<void>;
