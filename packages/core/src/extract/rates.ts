import type { CodelistId } from '../codelists/index.js';
import { CODELISTS } from '../codelists/index.js';
import type { IndicatorRef, Operand } from '../schema/operand.js';

/**
 * The stem of a rate label, the two characters before 率: 履职率 → 履职, 出庭应诉率 → 应诉.
 *
 * @example
 * ```ts
 * rateStem('行政出庭应诉率'); // '应诉'
 * ```
 */
export function rateStem(label: string): string | undefined {
  const at = label.lastIndexOf('率');
  if (at < 2) return undefined;
  return label.slice(at - 2, at);
}

/** A figure a rate may take its numerator from. */
export interface NumeratorCandidate {
  readonly id: string;
  readonly label: string;
  /** Offset of the figure in the text. */
  readonly start: number;
}

/**
 * The figure a stated rate is a rate of, when the text gives it: the nearest count before the
 * rate, within `window` characters, whose label ends with the rate's act ("完成履职数102项,
 * 履职率达96.2%" → the 102; but not "行政应诉案件172件" for 出庭应诉率, which is its base).
 *
 * @example
 * ```ts
 * findNumerator('履职率', 40, [{ id: 'enforcement.duties_performed', label: '完成履职数', start: 5 }]);
 * // 'enforcement.duties_performed'
 * ```
 */
export function findNumerator(rateLabel: string, rateStart: number, candidates: readonly NumeratorCandidate[], window = 200): string | undefined {
  const stem = rateStem(rateLabel);
  if (stem === undefined) return undefined;
  return nearestBefore(rateStart, candidates, window, (label) => namesTheAct(label, stem));
}

/**
 * The id of the candidate nearest before `rateStart`, at most `window` characters before it, whose label
 * `fits` and is not itself a rate.
 */
function nearestBefore(rateStart: number, candidates: readonly NumeratorCandidate[], window: number, fits: (label: string) => boolean): string | undefined {
  let best: NumeratorCandidate | undefined;
  for (const candidate of candidates) {
    if (candidate.start >= rateStart || rateStart - candidate.start > window) continue;
    if (!fits(candidate.label) || candidate.label.includes('率')) continue;
    if (!best || candidate.start > best.start) best = candidate;
  }
  return best?.id;
}

/**
 * True when a label ends with the rate's act ("完成履职数", "调解成功", "出庭应诉"): that figure
 * counts the act. A label that only mentions it ("行政应诉案件", "规范性文件") counts something else.
 */
function namesTheAct(label: string, stem: string): boolean {
  return label.endsWith(stem) || label.endsWith(`${stem}数`) || label.endsWith(`${stem}数量`);
}

/** Rate stems whose base the text usually states just before: 办结率 is completed ÷ received. */
const BASE_WORDS: Readonly<Record<string, RegExp>> = {
  办结: /受理|收到|接收|登记/,
  结案: /受理|收到|立案/,
  审结: /受理|收到/,
};

/**
 * The figure a stated completion rate is a rate of: the nearest count before the rate, within
 * `window` characters, whose label says it was received ("共受理…120件,办结115件,办结率95.8%" →
 * the 120). Only for rates whose base the text conventionally states (办结率, 结案率).
 *
 * @example
 * ```ts
 * findDenominator('办结率', 40, [{ id: 'petitions.accepted', label: '受理信访事项', start: 2 }]);
 * // 'petitions.accepted'
 * ```
 */
export function findDenominator(rateLabel: string, rateStart: number, candidates: readonly NumeratorCandidate[], window = 200): string | undefined {
  const stem = rateStem(rateLabel);
  const base = stem === undefined ? undefined : BASE_WORDS[stem];
  if (!base) return undefined;
  return nearestBefore(rateStart, candidates, window, (label) => base.test(label));
}

/** Rate words that name an official rate derived from an outcome breakdown. */
const DERIVED_RATE_WORDS: readonly (readonly [string, string])[] = [
  ['综合化解率', 'resolution_rate'],
  ['纠错率', 'correction_rate'],
  ['实体败诉率', 'merits_loss_rate'],
  ['败诉率', 'loss_rate'],
  ['维持率', 'uphold_rate'],
  ['调解率', 'mediation_rate'],
  ['撤诉率', 'withdrawal_rate'],
  ['结案率', 'completion_rate'],
  ['办结率', 'completion_rate'],
];

/**
 * Numerator and denominator of a stated official rate (纠错率, 败诉率…) as references to an outcome
 * breakdown, when the codelist defines that rate with a single numerator selector.
 *
 * @example
 * ```ts
 * derivedRateOperands('纠错率', 'reconsideration_outcome', 'reconsideration.cases');
 * // { numerator: { ref: 'reconsideration.cases', group: 'correction' },
 * //   denominator: { ref: 'reconsideration.cases', group: 'concluded' } }
 * ```
 */
export function derivedRateOperands(rateLabel: string, codelist: CodelistId, breakdownId: string): { numerator: Operand; denominator: Operand } | undefined {
  const rateId = DERIVED_RATE_WORDS.find(([word]) => rateLabel.includes(word))?.[1];
  const definition = CODELISTS[codelist].derivedRates.find((rate) => rate.id === rateId);
  const [selector, ...more] = definition?.numerator ?? [];
  if (!definition || !selector || more.length > 0) return undefined;
  const operand = (part: typeof selector | typeof definition.denominator): IndicatorRef => {
    if ('group' in part) return { ref: breakdownId, group: part.group };
    if ('category' in part) return { ref: breakdownId, part: part.category };
    return { ref: breakdownId };
  };
  return { numerator: operand(selector), denominator: operand(definition.denominator) };
}
