/** Types of score.mjs, for the TypeScript test that shares it. */
export interface LabelledText {
  slug: string;
  text: string;
  figures: { written: string; offset: number; value: number; unit: string }[];
  structures: { year?: number; breakdowns: unknown[]; rates: unknown[]; priors: unknown[] };
}
export interface Miss {
  kind: 'figure-missed' | 'figure-extra' | 'rate-not-bound' | 'breakdown-not-found' | 'prior-not-attached' | 'prior-as-indicator' | 'false-alarm' | 'unreadable-id';
  at: number;
  what: string;
  drafted?: unknown;
}
export interface TextScore {
  slug: string;
  figures: { expected: number; found: number; hits: number };
  rates: { stated: number; bound: number };
  breakdowns: { stated: number; found: number };
  priors: { stated: number; attached: number };
  falseAlarms: number;
  ids: { total: number; unreadable: number };
  misses: Miss[];
}
export interface Totals {
  figureRecall: number;
  figurePrecision: number;
  ratesBound: number;
  breakdownsFound: number;
  priorsAttached: number;
  falseAlarms: number;
  unreadableIds: number;
  counts: { figures: number; rates: number; breakdowns: number; priors: number; ids: number };
}
export interface Tools {
  draftReport: (text: string, options?: { year?: number }) => unknown;
  extractFigures: (text: string) => unknown[];
  computeReport: (report: never) => unknown;
}
export const DEV_SET: string;
export function readDevSet(folder?: string): LabelledText[];
export function yearOf(entry: LabelledText): number;
export function isReadableId(id: string): boolean;
export function scoreText(entry: LabelledText, tools: Tools): TextScore;
export function scoreDevSet(tools: Tools, entries?: LabelledText[]): { texts: TextScore[]; totals: Totals };
