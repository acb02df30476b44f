import { unitKey } from '../schema/unit.js';
import type { BreakdownIndicator, Indicator, RateFormula, RateIndicator } from '../schema/indicator.js';
import type { Issuer } from '../schema/issuer.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { findBreakdowns, type BreakdownCandidate } from './breakdowns.js';
import { extractFigures } from './figures.js';
import { findHeadings } from './headings.js';
import { breakdownIndicator, contextsOf, singleIndicator, unrepresentable, type FigureContext } from './indicators.js';
import { guessIssuerLevel, parentOfIssuer } from './issuer.js';
import { labelFigures } from './labels.js';
import { derivedRateOperands, findNumerator, type NumeratorCandidate } from './rates.js';
import { computeBreakdown } from '../compute/compute-breakdown.js';
import { reconcileRate } from '../compute/reconcile-rate.js';
import { bindRate, type RateBinding } from './rate-binding.js';
import { bindingFiguresOf, shareBreakdowns } from './share-breakdowns.js';
import { markPriorFigures, type PriorMark } from './priors.js';
import { quantityOfFigure } from './indicators.js';
import type { ExtractedFigure } from './types.js';
import type { Operand } from '../schema/operand.js';
import { withPriorFigures, type PriorFigure } from '../compare/prior-figures.js';
import { extractionExtensions, reasonsOf, type ExtractionReason } from './reasons.js';
import { findPublishedAt, findSignedOn } from './report-dates.js';
import { buildSections } from './sections.js';
import { createIdRegistry, type IdRegistry } from './slugs.js';
import { findTitle, issuerOfTitle, yearOfTitle } from './title.js';

/** What the caller knows that the text may not say. */
export interface DraftReportOptions {
  /** The page the text was taken from. */
  readonly url?: string;
  /** When it was taken (a date or ISO date-time). */
  readonly retrievedAt?: string;
  /** Issuer fields that override the guesses. */
  readonly issuer?: Partial<Issuer>;
  /** The reporting year, when the title does not name it. */
  readonly year?: number;
}

/** A figure left out of the draft, and why. */
export type SkippedFigure = {
  written: string;
  start: number;
  end: number;
  reason: string;
};

function signatureLine(text: string): string | undefined {
  const signed = findSignedOn(text);
  if (!signed) return undefined;
  const lines = text.split('\n');
  for (let index = signed.line - 1; index >= Math.max(0, signed.line - 3); index -= 1) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    return line.length <= 40 && !/[，,。；;：:]/.test(line) ? line : undefined;
  }
  return undefined;
}

function publisherOf(text: string): string | undefined {
  return /来源\s*[:：]\s*([^\s\u00a0\u3000]+)/u.exec(text)?.[1];
}

function draftIssuer(text: string, title: string | undefined, options: DraftReportOptions): { issuer: Issuer; reasons: ExtractionReason[] } {
  const reasons: ExtractionReason[] = [];
  const fromTitle = title === undefined ? undefined : issuerOfTitle(title);
  const signature = signatureLine(text);
  const publisher = publisherOf(text);
  const name = options.issuer?.name ?? fromTitle ?? signature ?? publisher ?? '未知发布机关';
  if (options.issuer?.name === undefined) {
    reasons.push(fromTitle ? 'issuer-from-title' : signature ? 'issuer-from-signature' : publisher ? 'issuer-from-publisher' : 'issuer-unknown');
  }
  const level = options.issuer?.level ?? guessIssuerLevel(name);
  if (options.issuer?.level === undefined) reasons.push(level === 'other' ? 'level-unknown' : 'level-guessed');
  const parent = options.issuer?.parent ?? parentOfIssuer(name, level) ?? (signature ? parentOfIssuer(signature, guessIssuerLevel(signature)) : undefined);
  const issuer: Issuer = { ...options.issuer, name, level, ...(parent !== undefined ? { parent } : {}) };
  return { issuer, reasons };
}

function mostFrequentYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/((?:19|20)\d{2})\s*年/g)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

function draftPeriod(text: string, title: string | undefined, publishedAt: string | undefined, options: DraftReportOptions) {
  const candidates: readonly [number | undefined, ExtractionReason | undefined][] = [
    [options.year, undefined],
    [title === undefined ? undefined : yearOfTitle(title), 'period-from-title'],
    [publishedAt === undefined ? undefined : Number(publishedAt.slice(0, 4)) - 1, 'period-from-publication'],
    [mostFrequentYear(text), 'period-from-text'],
  ];
  const [year, reason] = candidates.find(([found]) => found !== undefined) ?? [2000, 'period-unknown'];
  const fullYear = year ?? 2000;
  return { period: { start: `${fullYear}-01-01`, end: `${fullYear}-12-31` }, reasons: reason ? [reason] : [] };
}

/** The counts within the numerator window before a rate (counts are in text order). */
function nearby(counts: readonly NumeratorCandidate[], start: number): NumeratorCandidate[] {
  let high = counts.length;
  let low = 0;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((counts[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  return counts.slice(Math.max(0, low - NUMERATOR_CANDIDATES), low);
}

/** How many counts before a rate are considered for its numerator. */
const NUMERATOR_CANDIDATES = 12;

/** How an indicator's figure is referred to by a rate: the indicator, or one part of a breakdown. */
type FigureRef = { ref: string; part?: string };

interface Assembly {
  readonly indicators: Indicator[];
  readonly skipped: SkippedFigure[];
}

/** The label-based link of old: a numerator whose label names the rate's act, a base by 受理/收到. Used when the arithmetic binds nothing. */
function linkByLabel(rate: RateIndicator, start: number, counts: readonly NumeratorCandidate[]): RateIndicator {
  const label = rate.label['zh-CN'];
  const reasons = reasonsOf(rate.extensions);
  const numerator = findNumerator(label, start, counts);
  if (numerator === undefined) {
    if (label.includes('率')) reasons.push('rate-operands-not-stated');
    return { ...rate, extensions: extractionExtensions(reasons) };
  }
  reasons.push('rate-numerator-by-label');
  return { ...rate, numerator: { ref: numerator }, extensions: extractionExtensions(reasons) };
}

/** The last words of rate ids that say only "a percentage": a bound rate is better named after what it is a rate of. */
const GENERIC_RATE = /\.(?:share|rate|growth|decline|change|ratio)(?:_[a-z]+)*$/;

/**
 * The id of a bound rate: its own when the codebook or its label names it (纠错率, 履职率); else after
 * its numerator — `reconsideration.concluded.uphold_share` for "维持1691件,占比61.4%",
 * `reconsideration.received_change` for "收到3326件…同比增长283.6%", `reconsideration.received_ratio` for
 * "受理2005件,诉讼808件,比例约为2.5:1".
 */
function rateIdOf(rate: RateIndicator, numerator: Operand, formula: RateFormula, ids: IdRegistry): string {
  if (!GENERIC_RATE.test(rate.id) || !('ref' in numerator)) return rate.id;
  const base = numerator.part !== undefined ? `${numerator.ref}.${numerator.part}` : numerator.ref;
  const suffix = formula === 'ratio' ? 'share' : formula === 'multiple' ? 'ratio' : 'change';
  return ids.take(`${base}_${suffix}`, 'percent');
}

const BINDING_REASONS: Readonly<Record<RateBinding['evidence'], ExtractionReason>> = {
  arithmetic: 'rate-bound-by-arithmetic',
  'arithmetic-and-cues': 'rate-bound-by-arithmetic-and-cues',
  'part-of-total': 'rate-bound-to-part-of-total',
  'prior-year': 'rate-bound-to-prior-year',
  'current-only': 'rate-change-of-current',
};

function periodOf(year: number) {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** How many indicators before an official rate are looked at for its outcome breakdown. */
const DERIVED_REACH = 40;

/**
 * An official rate (纠错率, 调解率, 败诉率…) bound to the groups of the outcome breakdown before it in
 * its family, when the groups' sums reproduce the stated rate: 直接纠错率 = correction ÷ concluded.
 */
function derivedBinding(rate: RateIndicator, figure: ExtractedFigure, before: readonly Indicator[]): RateIndicator | undefined {
  if (!/率/.test(rate.label['zh-CN'])) return undefined;
  let breakdown: BreakdownIndicator | undefined;
  for (let index = before.length - 1; index >= Math.max(0, before.length - DERIVED_REACH) && !breakdown; index -= 1) {
    const candidate = before[index];
    if (candidate?.kind === 'breakdown' && candidate.codelist !== undefined && candidate.family === rate.family && candidate.exhaustive) breakdown = candidate;
  }
  if (!breakdown?.codelist) return undefined;
  const operands = derivedRateOperands(rate.label['zh-CN'], breakdown.codelist, breakdown.id);
  const groupOf = (operand: Operand | undefined) => (operand && 'group' in operand ? operand.group : undefined);
  const numeratorGroup = groupOf(operands?.numerator);
  const denominatorGroup = groupOf(operands?.denominator);
  if (!operands || numeratorGroup === undefined || denominatorGroup === undefined) return undefined;
  const { groups } = computeBreakdown(breakdown, () => undefined).computed;
  const numerator = groups.find((group) => group.group === numeratorGroup)?.figure;
  const denominator = groups.find((group) => group.group === denominatorGroup)?.figure;
  if (!numerator || !denominator) return undefined;
  const exact = numerator.qualifier === 'exact' && denominator.qualifier === 'exact' ? 'exact' : 'approximately';
  const check = reconcileRate({ value: figure.value, written: figure.written, qualifier: figure.qualifier }, numerator.value, denominator.value, exact);
  if (check.reconciliation !== 'match') return undefined;
  const reasons = [...reasonsOf(rate.extensions).filter((reason) => reason !== 'percent-not-a-rate'), 'rate-from-breakdown' as const];
  return { ...rate, ...operands, extensions: extractionExtensions(reasons) };
}

/** The figure a prior-year figure compares with: the same unit, in its sentence before it, else just after, else just before. */
function currentOf(text: string, contexts: readonly FigureContext[], priors: readonly (PriorMark | undefined)[], prior: number): number | undefined {
  const figure = contexts[prior]!.figure;
  const sameUnit = (index: number) => {
    const other = contexts[index]?.figure;
    return other !== undefined && priors[index] === undefined && unitKey(other.unit) === unitKey(figure.unit);
  };
  for (let index = prior - 1; index >= 0; index -= 1) {
    const other = contexts[index]!.figure;
    if (/[。！？\n]/.test(text.slice(other.end, figure.start))) break;
    if (sameUnit(index)) return index;
  }
  for (let index = prior + 1; index < contexts.length && contexts[index]!.figure.start - figure.end < 200; index += 1) if (sameUnit(index)) return index;
  for (let index = prior - 1; index >= 0 && figure.start - contexts[index]!.figure.end < 200; index -= 1) if (sameUnit(index)) return index;
  return undefined;
}

function assembleIndicators(
  text: string,
  contexts: readonly FigureContext[],
  candidates: readonly BreakdownCandidate[],
  priors: readonly (PriorMark | undefined)[],
): Assembly {
  const ids = createIdRegistry();
  const partOf = new Map<number, BreakdownCandidate>();
  for (const candidate of candidates) for (const part of candidate.parts) partOf.set(part, candidate);
  const cutsOf = new Map<number, BreakdownCandidate[]>();
  for (const candidate of candidates) cutsOf.set(candidate.total, [...(cutsOf.get(candidate.total) ?? []), candidate]);
  const indicators: Indicator[] = [];
  const skipped: SkippedFigure[] = [];
  const refs = new Map<number, FigureRef>();
  const owner = new Map<number, number>();
  const starts = new Map<string, number>();
  const rates: number[] = [];
  const add = (indicator: Indicator, index: number) => {
    starts.set(indicator.id, contexts[index]!.figure.start);
    owner.set(index, indicators.length);
    indicators.push(indicator);
  };
  const added = new Set<BreakdownCandidate>();
  const addBreakdown = (candidate: BreakdownCandidate, totalRef: FigureRef | undefined) => {
    // Zero parts could make two figures each other's parts (4 = 4 + 0 both ways): each breakdown once.
    if (added.has(candidate)) return;
    added.add(candidate);
    const parts = candidate.parts.map((part) => contexts[part]).filter((part): part is FigureContext => part !== undefined);
    let breakdown = breakdownIndicator(contexts[candidate.total]!, parts, candidate, ids);
    if (totalRef !== undefined) breakdown = { ...breakdown, total: totalRef };
    const position = indicators.length;
    indicators.push(breakdown);
    if (totalRef === undefined) {
      refs.set(candidate.total, { ref: breakdown.id });
      owner.set(candidate.total, position);
      starts.set(breakdown.id, contexts[candidate.total]!.figure.start);
    }
    candidate.parts.forEach((part, at) => {
      const category = breakdown.parts[at]?.category;
      if (category !== undefined) refs.set(part, { ref: breakdown.id, part: category });
      owner.set(part, position);
    });
    // A part that is itself split ("其中审结30件，胜诉29件"): its breakdown's total is that part.
    candidate.parts.forEach((part, at) => {
      const category = breakdown.parts[at]?.category;
      if (category === undefined) return;
      for (const nested of cutsOf.get(part) ?? []) addBreakdown(nested, { ref: breakdown.id, part: category });
    });
  };
  const restated = new Set(candidates.map((candidate) => candidate.restatedBy).filter((index) => index !== undefined));
  contexts.forEach((context, index) => {
    if (priors[index] !== undefined || partOf.has(index)) return;
    const { figure } = context;
    // A table's total cell that repeats the total the text stated ("总数为293宗，具体见表二"): one figure, not two.
    if (restated.has(index)) {
      skipped.push({ written: figure.written, start: figure.start, end: figure.end, reason: 'table-total-restates-text' });
      return;
    }
    const cuts = cutsOf.get(index) ?? [];
    const problem =
      unrepresentable(figure) ??
      cuts
        .flatMap((cut) => cut.parts)
        .map((part) => contexts[part] && unrepresentable(contexts[part].figure))
        .find(Boolean);
    if (problem) {
      skipped.push({ written: figure.written, start: figure.start, end: figure.end, reason: problem });
      return;
    }
    if (cuts.length === 1) {
      addBreakdown(cuts[0]!, undefined);
      return;
    }
    const indicator = singleIndicator(context, ids);
    add(indicator, index);
    refs.set(index, { ref: indicator.id });
    if (indicator.kind === 'rate') rates.push(index);
    for (const cut of cuts) addBreakdown(cut, { ref: indicator.id });
  });

  const binding = bindingFiguresOf(contexts, candidates, priors);
  const operandOf = (index: number): Operand | undefined => {
    if (priors[index] !== undefined) return unrepresentable(contexts[index]!.figure) ? undefined : { quantity: quantityOfFigure(contexts[index]!.figure) };
    return refs.get(index);
  };
  const counts: NumeratorCandidate[] = indicators
    .filter((indicator) => indicator.kind === 'count')
    .map((indicator) => ({ id: indicator.id, label: indicator.label['zh-CN'], start: starts.get(indicator.id) ?? 0 }));
  for (const index of rates) {
    const position = owner.get(index);
    const rate = position === undefined ? undefined : indicators[position];
    if (!rate || rate.kind !== 'rate' || position === undefined) continue;
    const derived = derivedBinding(rate, contexts[index]!.figure, indicators.slice(Math.max(0, position - DERIVED_REACH), position));
    if (derived) {
      indicators[position] = derived;
      continue;
    }
    const bound = bindRate(text, binding, index);
    const numerator = bound && operandOf(bound.numerator);
    const denominator = bound?.denominator === undefined ? undefined : operandOf(bound.denominator);
    if (!bound || !numerator || (bound.denominator !== undefined && !denominator)) {
      indicators[position] = linkByLabel(rate, contexts[index]!.figure.start, nearby(counts, contexts[index]!.figure.start));
      continue;
    }
    const reasons = [...reasonsOf(rate.extensions).filter((reason) => reason !== 'percent-not-a-rate'), BINDING_REASONS[bound.evidence]];
    if (!bound.reconciles && denominator) reasons.push('rate-does-not-reconcile');
    if (bound.alternatives > 0) reasons.push('rate-other-readings');
    const evidence = {
      numerator: contexts[bound.numerator]!.figure.written,
      ...(bound.denominator !== undefined ? { denominator: contexts[bound.denominator]!.figure.written } : {}),
      formula: bound.formula,
      reconciles: bound.reconciles,
      readings: bound.alternatives + 1,
    };
    const extensions = extractionExtensions(reasons);
    indicators[position] = {
      ...rate,
      id: rateIdOf(rate, numerator, bound.formula, ids),
      numerator,
      ...(denominator ? { denominator } : {}),
      ...(bound.formula !== 'ratio' ? { formula: bound.formula } : {}),
      extensions: { extraction: { ...extensions.extraction, binding: evidence } },
    };
  }

  const quoted = new Map<number, PriorFigure[]>();
  priors.forEach((mark, index) => {
    if (mark === undefined) return;
    const figure = contexts[index]!.figure;
    const current = currentOf(text, contexts, priors, index);
    const position = current === undefined ? undefined : owner.get(current);
    const problem = unrepresentable(figure);
    if (current === undefined || position === undefined || problem) {
      skipped.push({ written: figure.written, start: figure.start, end: figure.end, reason: problem ?? 'prior-year-figure-without-current' });
      return;
    }
    const part = refs.get(current)?.part;
    const entry: PriorFigure = { period: periodOf(mark.year), quantity: quantityOfFigure(figure), ...(part !== undefined ? { part } : {}) };
    quoted.set(position, [...(quoted.get(position) ?? []), entry]);
  });
  for (const [position, entries] of quoted) indicators[position] = withPriorFigures(indicators[position]!, entries);
  return { indicators, skipped };
}

function sourceOf(text: string, options: DraftReportOptions): Report['source'] {
  const publisher = publisherOf(text);
  const source = {
    ...(options.url !== undefined ? { url: options.url } : {}),
    ...(options.retrievedAt !== undefined ? { retrievedAt: options.retrievedAt } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
  };
  return Object.keys(source).length > 0 ? source : undefined;
}

/**
 * Drafts a report from the text of a published 法治政府建设年度报告: title, issuer (name, level and
 * parent guessed from the title or signature), period, publication and signing dates, sections from
 * the numbered headings, and every figure as an indicator — labelled from its clause, with a family,
 * a stable dotted id and its source span; totals with their parts as breakdowns (outcome codelists
 * where the family has one); stated rates linked to their numerator where the text gives it.
 *
 * Nothing is guessed silently: each indicator carries `extensions.extraction` with a confidence
 * (0–1) and the reasons for any doubt; the report's `extensions.extraction` lists figures left out
 * and how the issuer and period were found. The result passes `parseReport`; an editor corrects it.
 *
 * @example
 * ```ts
 * const report = draftReport(text);
 * report.issuer; // { name: '天津市滨海新区杭州道街道办事处', level: 'subdistrict', parent: '天津市滨海新区' }
 * report.indicators.find((i) => i.id === 'litigation.cases'); // a breakdown with codelist litigation_outcome
 * ```
 */
export function draftReport(text: string, options: DraftReportOptions = {}): Report {
  const source = typeof text === 'string' ? text : '';
  const titleSpan = findTitle(source);
  const title = titleSpan?.text;
  const publishedAt = findPublishedAt(source);
  const signed = findSignedOn(source);
  const { issuer, reasons: issuerReasons } = draftIssuer(source, title, options);
  const { period, reasons: periodReasons } = draftPeriod(source, title, publishedAt, options);
  const sections: Section[] = buildSections(source, findHeadings(source), { year: Number(period.start.slice(0, 4)) });
  const figures = extractFigures(source);
  const contexts = contextsOf(source, figures, labelFigures(source, figures), sections);
  const year = Number(period.start.slice(0, 4));
  const priors = markPriorFigures(source, figures, year);
  const priorIndexes = new Set(priors.flatMap((mark, index) => (mark === undefined ? [] : [index])));
  const found = findBreakdowns(source, figures, priorIndexes);
  const candidates = [...found, ...shareBreakdowns(source, contexts, found, priors)];
  const { indicators, skipped } = assembleIndicators(source, contexts, candidates, priors);
  const reportSource = sourceOf(source, options);
  return {
    schemaVersion: 1,
    issuer,
    title: title ?? '（无标题）',
    period,
    ...(signed ? { signedOn: signed.date } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(reportSource ? { source: reportSource } : {}),
    sections,
    indicators,
    extensions: {
      extraction: {
        generator: '@rule-of-law/core/extract',
        figures: figures.length,
        skipped,
        issuer: extractionExtensions(issuerReasons).extraction,
        period: extractionExtensions(periodReasons).extraction,
        ...(title === undefined ? { title: extractionExtensions(['title-not-found']).extraction } : {}),
      },
    },
  };
}
