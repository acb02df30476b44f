import type { Indicator, Operand, Report } from '@rule-of-law/core';

/** One step of the data editors' guide's walk (walk-plan.mjs). */
export type WalkStep =
  | { readonly type: 'check'; readonly id: string; readonly sentence: string }
  | { readonly type: 'rename'; readonly id: string; readonly to: string }
  | {
      readonly type: 'gather';
      readonly id: string;
      readonly others: readonly string[];
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
export function walkPlan(draft: Report, finished: Report, text: string, options: { toCheck: ReadonlySet<string> }): WalkStep[];
export function operandKey(operand: Operand | undefined): string;
export function differences(walked: Report, finished: Report): { id: string; what: string }[];
