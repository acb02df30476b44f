import { unitKey } from '../schema/unit.js';
import { reconcileRate } from '../compute/reconcile-rate.js';
import type { RateFormula } from '../schema/indicator.js';
import type { PriorMark } from './priors.js';
import { rateStem } from './rates.js';
import type { ExtractedFigure } from './types.js';
import { isAdditive } from './units.js';

/** What the binder knows of each figure of the text. */
export interface BindingFigure {
  readonly figure: ExtractedFigure;
  /** Its label (the words that name it). */
  readonly label: string;
  /** Set when it is quoted from an earlier period. */
  readonly prior?: PriorMark;
  /** The index of the breakdown total it is a part of. */
  readonly partOf?: number;
}

/** How a stated rate was bound, and why. */
export interface RateBinding {
  /** Index of the numerator figure (for a growth rate: the current figure). */
  readonly numerator: number;
  /** Index of the denominator figure (for a growth rate: the earlier figure); none for a change whose earlier figure is not stated. */
  readonly denominator?: number;
  readonly formula: RateFormula;
  /** True when numerator and denominator reproduce the stated rate at its precision (false without a denominator). */
  readonly reconciles: boolean;
  /**
   * What decided the binding: the arithmetic alone, or the words and structure around it; for a change
   * whose earlier figure the text does not state, only the current figure it is a change of.
   */
  readonly evidence: 'arithmetic' | 'arithmetic-and-cues' | 'part-of-total' | 'prior-year' | 'current-only';
  /** Other readings that reconcile too (indexes of numerator and denominator), best first. */
  readonly alternatives: number;
}

/** How far back (characters) operands are looked for, and how many figures at most. */
const REACH = 420;
const MAX_CANDIDATES = 14;

const INCREASE_WORDS = '增长|增加|上升|提高|提升|增幅|涨幅|超过|超出|多出|上涨';
const DECREASE_WORDS = '下降|减少|降低|降幅|下滑|回落|减幅|压降';
/** A change word right before a percentage, with an optional 了/为/达/约: "同比增长75.7%", "增幅为18.38%". */
const CHANGE_CUE = new RegExp(`(?:(${INCREASE_WORDS})|(${DECREASE_WORDS}))(?:了|为|达|约)?$`, 'u');
/** A comparison and what it compares with, right before a percentage: "超过同期…案件数148.1%", "低于全省平均值8.28%". */
const COMPARED_CUE = /(?:(超过|超出|高于|多于)|(低于|少于))[^，,。；;！？!?\n0-9０-９%％]{2,20}$/u;

/** The base a share names: "占一审结案数的3.88%" → 一审结案; generic bases (总量, 全部, 总数) name none. */
const NAMED_BASE = /占(?:本年度|全年|全部)?([^，,。；;！？!?\n0-9０-９%％]{2,16}?)(?:总数|总量|数量|数)?的?(?:比例|比重)?(?:为|达|约)?$/u;
const GENERIC_BASE = /^(?:总量|总数|全部|比|比例|比重|总体|合计)$/u;

/** True unless the words before a share name a base that the total's label does not ("占一审结案数的" vs 新收案件). */
function namesNoOtherBase(before: string, totalLabel: string): boolean {
  const base = NAMED_BASE.exec(before)?.[1];
  if (base === undefined || GENERIC_BASE.test(base)) return true;
  return totalLabel.includes(base) || totalLabel.includes(base.slice(-2));
}

/** Words that name the base of a rate: what was received or the whole. */
const BASE_WORDS = /受理|收到|收案|新收|总数|总量|全部|总计|合计|共|审结|办结|结案|权责|在编|全区|全市|全县/u;
const SHARE = /占|比例|比重|占比/u;

/**
 * True when the operands reproduce the stated rate at its precision. A rate written "约2.5" is read as
 * rounded to what it states: the arithmetic may bind it, though the draft keeps it approximate.
 */
function reconciles(rate: ExtractedFigure, numerator: ExtractedFigure, denominator: ExtractedFigure, formula: RateFormula): boolean {
  const qualifier = numerator.qualifier === 'exact' && denominator.qualifier === 'exact' ? 'exact' : 'approximately';
  const stated = rate.qualifier === 'approximately' ? 'exact' : rate.qualifier;
  return (
    reconcileRate({ value: rate.value, written: rate.written, qualifier: stated }, numerator.value, denominator.value, qualifier, undefined, formula)
      .reconciliation === 'match'
  );
}

/**
 * A ratio stated as a multiple ("A…B…比值达2.6", "比例约为2.5:1"): the pair of figures before it, the
 * first term written first, whose quotient gives it at its precision — the later figure being the one
 * right before the ratio when several pairs fit. Unbound when none fits.
 */
function bindMultiple(rate: ExtractedFigure, figures: readonly BindingFigure[], current: readonly number[], nearest: number | undefined): RateBinding | undefined {
  const readings: { numerator: number; denominator: number }[] = [];
  for (const denominator of current) {
    for (const numerator of current) {
      const n = figures[numerator]!.figure;
      const d = figures[denominator]!.figure;
      if (n.start >= d.start || d.value === 0 || unitKey(n.unit) !== unitKey(d.unit)) continue;
      if (reconciles(rate, n, d, 'multiple')) readings.push({ numerator, denominator });
    }
  }
  const best = readings.find((reading) => reading.denominator === nearest) ?? readings[0];
  if (!best) return undefined;
  return {
    ...best,
    formula: 'multiple',
    reconciles: true,
    evidence: best.denominator === nearest ? 'arithmetic-and-cues' : 'arithmetic',
    alternatives: readings.length - 1,
  };
}

/** The figures a rate may take its operands from: additive figures shortly before it (and the one right after), nearest first. */
function candidatesOf(text: string, figures: readonly BindingFigure[], rate: number): number[] {
  const rateFigure = figures[rate]!.figure;
  const found: number[] = [];
  for (let index = rate - 1; index >= 0 && found.length < MAX_CANDIDATES; index -= 1) {
    const figure = figures[index]!.figure;
    if (rateFigure.start - figure.end > REACH) break;
    if (isAdditive(figure.unit)) found.push(index);
  }
  const next = figures[rate + 1];
  if (next && isAdditive(next.figure.unit) && !/[。！？\n]/.test(text.slice(rateFigure.end, next.figure.start)) && next.figure.start - rateFigure.end < 40)
    found.push(rate + 1);
  return found;
}

/** Score of a reading: the cue words and the structure that support it, less the distance. */
function cueScore(text: string, figures: readonly BindingFigure[], rate: number, numerator: number, denominator: number, nearest: number | undefined): number {
  const rateFigure = figures[rate]!.figure;
  const n = figures[numerator]!;
  const d = figures[denominator]!;
  const rateWords = text.slice(n.figure.end, rateFigure.start);
  const stem = rateStem(figures[rate]!.label);
  let score = 0;
  if (numerator === nearest) score += 3;
  if (stem !== undefined && (n.label.endsWith(stem) || n.label.includes(stem))) score += 3;
  if (BASE_WORDS.test(d.label)) score += 2;
  if (n.partOf === denominator) score += 3;
  if (SHARE.test(rateWords) && d.figure.start < n.figure.start) score += 1;
  if (unitKey(n.figure.unit) === unitKey(d.figure.unit)) score += 1;
  score -= (rateFigure.start - Math.min(n.figure.start, d.figure.start)) / 200;
  return score;
}

/**
 * Binds a stated rate to the numerator and denominator the text states it from, with the arithmetic
 * as the judge: among the figures shortly before it, the pair whose ratio reproduces the stated rate
 * at its precision (half-up or truncated, as {@link reconcileRate} decides), preferring the reading
 * the cue words support (the figure right before the rate, a label naming the rate's act, a base word
 * such as 受理/收到/总数, a part of its total). A growth ("同比增长g%", "较上年下降g%") binds the
 * current figure to the quoted earlier one. Without a reconciling reading, a rate written right after
 * a part of a stated total is bound to that part and total (a real mismatch then stays visible);
 * otherwise it stays unbound. Looks at 14 candidates at most: linear in the text.
 *
 * @example
 * ```ts
 * // "受理34件…市场监管领域投诉举报案件13件,占总量的38%" → numerator 13件, denominator 34件
 * bindRate(text, figures, rateIndex); // { numerator: 5, denominator: 1, formula: 'ratio', reconciles: true, … }
 * ```
 */
export function bindRate(text: string, figures: readonly BindingFigure[], rate: number): RateBinding | undefined {
  const rateFigure = figures[rate]?.figure;
  if (!rateFigure || figures[rate]?.prior) return undefined;
  const candidates = candidatesOf(text, figures, rate);
  const current = candidates.filter((index) => !figures[index]!.prior);
  const nearest = current.find((index) => index < rate);
  // The change word stands right before the percentage ("同比增长75.7%", "增幅为18.38%"); "上升至2024年的41.5%" is a level.
  const lead = text.slice(Math.max(0, rateFigure.start - 8), rateFigure.start).replace(/[^\p{Script=Han}]+$/u, '');
  // "超过同期一审行政诉讼案件数148.1%": a comparison word may name what is compared before the percentage.
  const clause = text.slice(Math.max(0, rateFigure.start - 30), rateFigure.start);
  if (rateFigure.ratio)
    return bindMultiple(
      rateFigure,
      figures,
      current.filter((index) => index < rate),
      nearest,
    );
  const cue = CHANGE_CUE.exec(lead) ?? COMPARED_CUE.exec(clause);
  const growth: RateFormula | undefined = cue?.[2] !== undefined ? 'decrease' : cue?.[1] !== undefined ? 'increase' : undefined;

  if (growth !== undefined) {
    if (nearest === undefined) return undefined;
    const priors = candidates.filter((index) => figures[index]!.prior && unitKey(figures[index]!.figure.unit) === unitKey(figures[nearest]!.figure.unit));
    const prior = priors.find((index) => reconciles(rateFigure, figures[nearest]!.figure, figures[index]!.figure, growth)) ?? priors[0];
    if (prior !== undefined) {
      const ok = reconciles(rateFigure, figures[nearest]!.figure, figures[prior]!.figure, growth);
      return { numerator: nearest, denominator: prior, formula: growth, reconciles: ok, evidence: 'prior-year', alternatives: 0 };
    }
    // Without a quoted earlier figure, a pair of figures may still give the change ("受理2005件,诉讼808件,超过…148.1%");
    // a change stated without decimals fits too many pairs, so then only the figure right before it counts.
    const currents = /[.．]/.test(rateFigure.written) ? current : [nearest];
    for (const later of currents) {
      const base = current.find((index) => index !== later && reconciles(rateFigure, figures[later]!.figure, figures[index]!.figure, growth));
      if (base !== undefined) return { numerator: later, denominator: base, formula: growth, reconciles: true, evidence: 'arithmetic', alternatives: 0 };
    }
    const sameSentence = !/[。！？\n]/.test(text.slice(figures[nearest]!.figure.end, rateFigure.start));
    return sameSentence ? { numerator: nearest, formula: growth, reconciles: false, evidence: 'current-only', alternatives: 0 } : undefined;
  }

  const readings: { numerator: number; denominator: number; score: number }[] = [];
  for (const numerator of current) {
    for (const denominator of current) {
      if (numerator === denominator) continue;
      const n = figures[numerator]!.figure;
      const d = figures[denominator]!.figure;
      if (d.value === 0 || (rateFigure.value <= 100 && n.value > d.value)) continue;
      if (!reconciles(rateFigure, n, d, 'ratio')) continue;
      readings.push({ numerator, denominator, score: cueScore(text, figures, rate, numerator, denominator, nearest) });
    }
  }
  readings.sort((a, b) => b.score - a.score);
  const best = readings[0];
  const decimals = /[.．]/.test(rateFigure.written);
  const trivial = rateFigure.value === 100 || rateFigure.value === 0;
  // A rate stated without decimals, or 0% / 100%, reconciles with many pairs: the cues must agree too.
  const minimum = trivial ? 5 : decimals ? 0 : 2;
  if (best && best.score >= minimum) {
    return {
      numerator: best.numerator,
      denominator: best.denominator,
      formula: 'ratio',
      reconciles: true,
      evidence: best.score >= 3 ? 'arithmetic-and-cues' : 'arithmetic',
      alternatives: readings.length - 1,
    };
  }
  const total = nearest === undefined ? undefined : figures[nearest]!.partOf;
  const between = nearest === undefined ? '' : text.slice(figures[nearest]!.figure.end, rateFigure.start);
  const adjacent = nearest !== undefined && !/[。！？\n]/.test(between);
  if (nearest !== undefined && total !== undefined && adjacent && namesNoOtherBase(between, figures[total]!.label)) {
    return {
      numerator: nearest,
      denominator: total,
      formula: 'ratio',
      reconciles: reconciles(rateFigure, figures[nearest]!.figure, figures[total]!.figure, 'ratio'),
      evidence: 'part-of-total',
      alternatives: 0,
    };
  }
  return undefined;
}
