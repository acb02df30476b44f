import type { ExtractedFigure } from './types.js';
import { unitKind } from './units.js';

/** How a text introduces the parts of a total: "9件:…", "，其中…", "，包括…", "，分别为…". */
export type BreakdownTrigger = 'colon' | 'of_which' | 'including' | 'respectively';

/** A total and its parts as found in the text (indexes into the figures). */
export interface BreakdownCandidate {
  readonly total: number;
  readonly parts: readonly number[];
  readonly trigger: BreakdownTrigger;
}

const TRIGGER = /^[\s\u00a0\u3000]*(?:([:：])|(?:[，,。；;（(][\s\u00a0\u3000]*)?(其中|包括|包含|含|具体为|具体是|分别为|分别是|分别))/u;
const TRIGGER_KINDS: Readonly<Record<string, BreakdownTrigger>> = {
  其中: 'of_which',
  包括: 'including',
  包含: 'including',
  含: 'including',
  具体为: 'respectively',
  具体是: 'respectively',
  分别为: 'respectively',
  分别是: 'respectively',
  分别: 'respectively',
};
const ITEM_SEPARATOR = /[;；,，、:：]/;
const LIST_END = /[。！？!?\n]/;

function triggerAfter(text: string, end: number): { kind: BreakdownTrigger; paren: boolean } | undefined {
  const match = TRIGGER.exec(text.slice(end, end + 12));
  if (!match) return undefined;
  const kind = match[1] ? 'colon' : TRIGGER_KINDS[match[2] ?? ''];
  return kind ? { kind, paren: /[（(]/.test(match[0]) } : undefined;
}

function listEnd(text: string, from: number, paren: boolean): number {
  const pattern = new RegExp(paren ? '[）)。\\n]' : LIST_END.source, 'g');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

function partsAfter(text: string, figures: readonly ExtractedFigure[], total: number, end: number): number[] {
  const totalFigure = figures[total];
  if (!totalFigure) return [];
  const parts: number[] = [];
  let previousEnd = totalFigure.end;
  for (let index = total + 1; index < figures.length; index += 1) {
    const figure = figures[index];
    if (!figure || figure.start >= end) break;
    const between = text.slice(previousEnd, figure.start);
    previousEnd = figure.end;
    if (!ITEM_SEPARATOR.test(between) && parts.length > 0) continue;
    if (unitKind(figure.unit) !== unitKind(totalFigure.unit)) break;
    parts.push(index);
  }
  return parts;
}

/**
 * Finds totals followed by their parts: a count or amount followed by a colon, 其中, 包括 or 分别为,
 * then, up to the end of the sentence (or the closing bracket), the first figure of each item
 * ("共计受理…案件9件:原告撤回起诉1件;确定回复违法3件;…"). A second figure in the same item
 * ("631批次996余人次") is not a part. At least two parts make a breakdown.
 *
 * @example
 * ```ts
 * const text = '受理复议案件16件:维持6件,驳回3件,终止4件;3件正审理中。';
 * findBreakdowns(text, extractFigures(text)); // [{ total: 0, parts: [1, 2, 3, 4], trigger: 'colon' }]
 * ```
 */
export function findBreakdowns(text: string, figures: readonly ExtractedFigure[]): BreakdownCandidate[] {
  const found: BreakdownCandidate[] = [];
  const used = new Set<number>();
  figures.forEach((figure, total) => {
    if (used.has(total)) return;
    const kind = unitKind(figure.unit);
    if (kind !== 'count' && kind !== 'money') return;
    const trigger = triggerAfter(text, figure.end);
    if (!trigger) return;
    const parts = partsAfter(text, figures, total, listEnd(text, figure.end, trigger.paren));
    if (parts.length < 2) return;
    parts.forEach((part) => used.add(part));
    found.push({ total, parts, trigger: trigger.kind });
  });
  return found;
}
