import type { BreakdownCandidate } from './breakdowns.js';
import type { FigureContext } from './indicators.js';
import type { PriorMark } from './priors.js';
import { bindRate, type BindingFigure } from './rate-binding.js';
import { unitKind } from './units.js';

/**
 * What the rate binder knows of each figure: its label, whether it is a prior-year figure, and the total
 * it is a part of.
 *
 * @example
 * ```ts
 * bindingFiguresOf(contexts, findBreakdowns(text, figures), priors)[3]?.partOf; // 0
 * ```
 */
export function bindingFiguresOf(
  contexts: readonly FigureContext[],
  candidates: readonly BreakdownCandidate[],
  priors: readonly (PriorMark | undefined)[],
): BindingFigure[] {
  const partOf = new Map<number, number>();
  for (const candidate of candidates) for (const part of candidate.parts) partOf.set(part, candidate.total);
  return contexts.map((context, index) => {
    const total = partOf.get(index);
    const prior = priors[index];
    return {
      figure: context.figure,
      label: context.label.text,
      ...(prior !== undefined ? { prior } : {}),
      ...(total !== undefined ? { partOf: total } : {}),
    };
  });
}

/**
 * Parts named by their shares: figures of one sentence, each followed by its share of the same stated total
 * ("受理34件。…其中市场监管领域投诉举报案件13件,占总量的38%,公共资源交易监管领域行政处罚案件12件,占总量的35%"),
 * where each share reproduces its figure ÷ that total. They form a breakdown of the total (partial unless they
 * add up), so that the shares bind to the parts of the breakdown they belong to. Figures already parts of
 * another breakdown are left as they are.
 *
 * @example
 * ```ts
 * shareBreakdowns(text, contexts, candidates, priors); // [{ total: 0, parts: [5, 7], trigger: 'shares', addsUp: false }]
 * ```
 */
export function shareBreakdowns(
  text: string,
  contexts: readonly FigureContext[],
  candidates: readonly BreakdownCandidate[],
  priors: readonly (PriorMark | undefined)[],
): BreakdownCandidate[] {
  const figures = bindingFiguresOf(contexts, candidates, priors);
  const bySentence = new Map<string, number[]>();
  contexts.forEach((context, index) => {
    if (unitKind(context.figure.unit) !== 'percent') return;
    const bound = bindRate(text, figures, index);
    if (!bound || bound.formula !== 'ratio' || !bound.reconciles || bound.denominator === undefined) return;
    if (figures[bound.numerator]?.partOf !== undefined || bound.numerator <= bound.denominator) return;
    const key = `${context.sentence.start}:${bound.denominator}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), bound.numerator]);
  });
  const found: BreakdownCandidate[] = [];
  for (const [key, parts] of bySentence) {
    const unique = [...new Set(parts)];
    if (unique.length < 2) continue;
    const total = Number(key.slice(key.indexOf(':') + 1));
    const sum = unique.reduce((value, part) => value + Math.round((contexts[part]?.figure.value ?? 0) * 100), 0);
    found.push({ total, parts: unique, trigger: 'shares', addsUp: sum === Math.round((contexts[total]?.figure.value ?? 0) * 100) });
  }
  return found;
}
