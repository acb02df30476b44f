import { unitKey } from '../schema/unit.js';
import type { CodelistId } from '../codelists/index.js';
import type { Family } from '../schema/family.js';
import type { BreakdownIndicator, BreakdownPart, Indicator } from '../schema/indicator.js';
import { quantityBoundBroken, type Quantity } from '../schema/quantity.js';
import type { Section } from '../schema/section.js';
import type { BreakdownCandidate } from './breakdowns.js';
import { guessFamily, type FamilySource } from './families.js';
import type { FigureLabel } from './labels.js';
import { mapOutcome } from './outcomes.js';
import { sentenceFinder } from './phrases.js';
import { extractionExtensions, type ExtractionReason } from './reasons.js';
import { sectionAt } from './sections.js';
import { ordinalWord, slugFor, type IdRegistry } from './slugs.js';
import { matchStandardIndicator } from '../codebook/match-standard-indicator.js';
import { standardDimensionOf } from '../codebook/standard-dimension.js';
import { standardIndicator } from '../codebook/standard-indicators.js';
import { topicBefore } from '../codebook/topic-qualifiers.js';
import type { TextSpan } from './types.js';
import type { ExtractedFigure } from './types.js';
import { unitKind } from './units.js';

/** A figure with what the draft knows about it. */
export interface FigureContext {
  readonly figure: ExtractedFigure;
  readonly label: FigureLabel;
  readonly family: Family;
  readonly familySource: FamilySource;
  readonly sectionId?: string;
  /** True when the figure is a target or plan ("力争…达到100%", or in the next year's plan), not a result. */
  readonly planned: boolean;
  /** The sentence the figure stands in. */
  readonly sentence: TextSpan;
}

/** Words of a target rather than a result. */
const TARGET_WORDS = /力争|确保|目标|预计|计划|将(?:要|会)?(?:实现|达到|完成)|到\d{4}年底/;
/** Headings of the next year's plan. */
const PLAN_HEADINGS = /计划|安排|打算|思路|下一步|展望|下一年/;

const FAMILY_REASONS: Readonly<Record<FamilySource, ExtractionReason | undefined>> = {
  clause: undefined,
  sentence: 'family-from-sentence',
  neighbour: 'family-from-neighbour',
  section: 'family-from-section',
  none: 'family-unknown',
};

const LABEL_REASONS: Readonly<Record<FigureLabel['source'], ExtractionReason | undefined>> = {
  before: undefined,
  around: 'label-from-context',
  after: 'label-from-context',
  inherited: 'label-inherited',
  written: 'label-is-figure',
};

function headingsAbove(byId: ReadonlyMap<string, Section>, sectionId: string | undefined): string[] {
  const headings: string[] = [];
  for (let section = sectionId ? byId.get(sectionId) : undefined; section; section = section.parent ? byId.get(section.parent) : undefined) {
    headings.push(section.heading);
  }
  return headings;
}

/**
 * The label, family and section of every figure.
 *
 * @example
 * ```ts
 * const figures = extractFigures(text);
 * contextsOf(text, figures, labelFigures(text, figures), sections)[0]?.family; // 'enforcement'
 * ```
 */
export function contextsOf(text: string, figures: readonly ExtractedFigure[], labels: readonly FigureLabel[], sections: readonly Section[]): FigureContext[] {
  const contexts: FigureContext[] = [];
  const byId = new Map(sections.map((section) => [section.id, section]));
  const headingsOf = new Map<string | undefined, string[]>();
  const sentenceOf = sentenceFinder(text);
  figures.forEach((figure, index) => {
    const label = labels[index] ?? { text: figure.written, source: 'written' };
    const sectionId = sectionAt(sections, figure.start);
    const sentenceSpan = sentenceOf(figure.start, figure.end);
    const sentence = sentenceSpan.text;
    const previous = contexts[index - 1];
    const samePara = previous !== undefined && !text.slice(previous.figure.end, figure.start).includes('\n');
    let headings = headingsOf.get(sectionId);
    if (headings === undefined) {
      headings = headingsAbove(byId, sectionId);
      headingsOf.set(sectionId, headings);
    }
    const { family, source } = guessFamily({
      clause: label.text,
      sentence,
      ...(samePara ? { neighbour: previous.family } : {}),
      headings,
    });
    const inPlanSection = PLAN_HEADINGS.test(headings[headings.length - 1] ?? '');
    const planned = inPlanSection || TARGET_WORDS.test(text.slice(figure.phrase.start, figure.start)) || TARGET_WORDS.test(sentence.slice(0, 12));
    contexts.push({ figure, label, family, familySource: source, planned, sentence: sentenceSpan, ...(sectionId !== undefined ? { sectionId } : {}) });
  });
  return contexts;
}

/**
 * A figure as a report's quantity, with its place in the text as its source: what a drafted indicator holds, and
 * what an editor binds when a person picks a figure in the text.
 *
 * @example
 * ```ts
 * quantityOfFigure(extractFigures('罚款0.39万元')[0]!);
 * // { value: 3900, unit: '元', qualifier: 'exact', written: '0.39万元', source: { text: '0.39万元', start: 2, end: 8 } }
 * ```
 */
export function quantityOfFigure(figure: ExtractedFigure): Quantity {
  return {
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    ...(figure.marker !== undefined ? { marker: figure.marker } : {}),
    written: figure.written,
    source: { text: figure.written, start: figure.start, end: figure.end },
  };
}

/**
 * Reasons every figure brings: how it was written, its unit, qualifier, family and label.
 *
 * @example
 * ```ts
 * figureReasons(context); // ['family-from-section', 'label-from-context']
 * ```
 */
function figureReasons(context: FigureContext): ExtractionReason[] {
  const { figure } = context;
  const reasons: (ExtractionReason | undefined)[] = [
    figure.numeral === 'chinese' ? 'chinese-numeral' : undefined,
    typeof figure.unit === 'string' ? undefined : 'custom-unit',
    FAMILY_REASONS[context.familySource],
    LABEL_REASONS[context.label.source],
    context.planned ? 'target-or-plan' : undefined,
  ];
  return reasons.filter((reason): reason is ExtractionReason => reason !== undefined);
}

/**
 * Why a figure cannot be an indicator as stated (a count must be whole, a rank starts at 1, a value
 * stays within the schema's bounds and decimals).
 *
 * @example
 * ```ts
 * unrepresentable(extractFigures('人均2.5件')[0]!); // 'count-not-integer'
 * ```
 */
export function unrepresentable(figure: ExtractedFigure): string | undefined {
  const kind = unitKind(figure.unit);
  if ((kind === 'count' || kind === 'rank') && !Number.isInteger(figure.value)) return 'count-not-integer';
  if (kind === 'rank' && figure.value < 1) return 'rank-below-one';
  if (!Number.isFinite(figure.value)) return 'not-finite';
  // The bounds parseReport holds every stated value to ("1000001%", a 17-digit count).
  const broken = quantityBoundBroken(figure.value, figure.unit)?.bound;
  return broken === 'decimals' ? 'too-many-decimals' : broken;
}

/**
 * The id a figure takes: the codebook's id when its label names a standard indicator exactly, or
 * narrowed by a known topic (`enforcement.smoking.penalties`) in its label or, for a bare concept, earlier
 * in its sentence; else a slug of its own label — never a
 * codebook id, which promises the standard concept (a figure that only resembles it, or that the
 * codebook does not know, is `family.other.slug`).
 *
 * @example
 * ```ts
 * idOf(contextOf('查处违法行为实施行政处罚41起'), createIdRegistry()); // 'enforcement.penalties'
 * ```
 */
function idOf(context: FigureContext, ids: IdRegistry): { id: string; standard: boolean } {
  const { figure, family, label, sentence } = context;
  const dimension = standardDimensionOf(figure.unit);
  const match =
    dimension === undefined
      ? undefined
      : matchStandardIndicator({ label: label.text, sentence: sentence.text, offset: figure.start - sentence.start, family, dimension });
  if (match?.exact === true) {
    // A bare concept ("罚款650元") takes the topic its sentence set before it ("违反文明条例…处罚9起,罚款650元").
    const topic = topicBefore(sentence.text, figure.start - sentence.start);
    const concept = match.entry.id.slice(match.entry.family.length + 1);
    return { id: ids.take(topic === undefined ? match.id : `${match.entry.family}.${topic}.${concept}`, figure.unit), standard: true };
  }
  if (match?.id !== undefined) return { id: ids.take(match.id, figure.unit), standard: true };
  const slug = slugFor(label.text, figure.unit);
  const own = `${family}.${slug}`;
  return { id: ids.take(standardIndicator(own) === undefined ? own : `${family}.other.${slug}`, figure.unit), standard: false };
}

function common(context: FigureContext, ids: IdRegistry) {
  const { id } = idOf(context, ids);
  return {
    id,
    family: context.family,
    label: { 'zh-CN': context.label.text },
    ...(context.sectionId !== undefined ? { sectionId: context.sectionId } : {}),
  };
}

/**
 * A count, amount, measure or rate indicator for one figure (rates are linked later).
 *
 * @example
 * ```ts
 * singleIndicator(context, createIdRegistry()); // { id: 'enforcement.fines', kind: 'amount', … }
 * ```
 */
export function singleIndicator(context: FigureContext, ids: IdRegistry): Indicator {
  const kind = unitKind(context.figure.unit);
  const base = common(context, ids);
  const quantity = quantityOfFigure(context.figure);
  const reasons = figureReasons(context);
  if (kind === 'percent') {
    if (!context.label.text.includes('率')) reasons.push('percent-not-a-rate');
    return { ...base, kind: 'rate', quantity, extensions: extractionExtensions(reasons) };
  }
  // "复议诉讼比值达2.6", "比例约为2.5:1": a ratio in times, bound to its operands later like any rate.
  if (context.figure.ratio) return { ...base, kind: 'rate', quantity, formula: 'multiple', extensions: extractionExtensions(reasons) };
  const indicatorKind = kind === 'count' ? 'count' : kind === 'money' ? 'amount' : 'measure';
  return { ...base, kind: indicatorKind, quantity, extensions: extractionExtensions(reasons) };
}

const CODELIST_OF_FAMILY: Partial<Record<Family, CodelistId>> = {
  reconsideration: 'reconsideration_outcome',
  litigation: 'litigation_outcome',
};

function uniqueCategory(base: string, used: Set<string>): string {
  let category = base;
  for (let n = 2; used.has(category); n += 1) category = `${base}_${ordinalWord(n)}`;
  used.add(category);
  return category;
}

function partsOf(parts: readonly FigureContext[], codelist: CodelistId | undefined, reasons: ExtractionReason[]): BreakdownPart[] {
  const used = new Set<string>();
  return parts.map((part) => {
    const quantity = quantityOfFigure(part.figure);
    const match = codelist ? mapOutcome(part.label.text, codelist) : undefined;
    if (match?.ambiguous) reasons.push('category-ambiguous');
    if (match && !used.has(match.code)) {
      used.add(match.code);
      return { category: match.code, quantity };
    }
    if (codelist) reasons.push('category-not-in-codelist');
    return { category: uniqueCategory(slugFor(part.label.text, part.figure.unit), used), label: { 'zh-CN': part.label.text }, quantity };
  });
}

function completeness(candidate: BreakdownCandidate, reasons: ExtractionReason[]): boolean {
  const { addsUp } = candidate;
  const listed = candidate.trigger === 'including' || candidate.trigger === 'of_which';
  if (addsUp && listed) reasons.push('breakdown-list-adds-up');
  if (!addsUp) reasons.push(listed ? 'breakdown-partial-list' : 'breakdown-parts-do-not-add-up');
  return addsUp;
}

/**
 * A breakdown indicator: the stated total and its parts, categories from the outcome codelist of
 * its family where they map, exhaustive when the parts add up, `sumAcrossUnits` when they mix
 * count units (批次 and 件次).
 *
 * @example
 * ```ts
 * breakdownIndicator(total, parts, candidate, createIdRegistry());
 * // { id: 'litigation.cases', kind: 'breakdown', codelist: 'litigation_outcome', exhaustive: true, … }
 * ```
 */
export function breakdownIndicator(total: FigureContext, parts: readonly FigureContext[], candidate: BreakdownCandidate, ids: IdRegistry): BreakdownIndicator {
  const reasons = figureReasons(total);
  const familyCodelist = CODELIST_OF_FAMILY[total.family];
  const codelist = familyCodelist && parts.some((part) => mapOutcome(part.label.text, familyCodelist)) ? familyCodelist : undefined;
  const breakdownParts = partsOf(parts, codelist, reasons);
  const mixed = parts.some((part) => unitKey(part.figure.unit) !== unitKey(total.figure.unit));
  if (mixed) reasons.push('breakdown-mixed-units');
  const exhaustive = completeness(candidate, reasons);
  if (candidate.leftOut) reasons.push('breakdown-items-left-out');
  if (candidate.trigger === 'sum-before' || candidate.trigger === 'sum-after' || candidate.trigger === 'table' || candidate.trigger === 'shares')
    reasons.push('breakdown-by-arithmetic');
  return {
    ...common(total, ids),
    kind: 'breakdown',
    ...(codelist ? { codelist } : {}),
    total: quantityOfFigure(total.figure),
    parts: breakdownParts,
    exhaustive,
    ...(mixed ? { sumAcrossUnits: true } : {}),
    extensions: extractionExtensions(reasons),
  };
}
