import type { ReconsiderationOutcome } from '../codelists/reconsideration-outcomes.js';
import type { LitigationOutcome } from '../codelists/litigation-outcomes.js';
import { withPriorFigures, type PriorFigure } from '../compare/prior-figures.js';
import type { BreakdownPart, Indicator } from '../schema/indicator.js';
import type { Quantity } from '../schema/quantity.js';
import type { CountUnit } from '../schema/unit.js';
import type { Period } from '../schema/report.js';
import { SYNTHETIC_LABELS as L } from './labels.js';
import type { Draw } from './prng.js';
import { count, countAbout, countAtLeast, money, percent, percentChange, percentOf } from './quantities.js';

/**
 * Reference levels, taken from the reference report (杭州道街道 2023) where it states them: 41 penalties,
 * 24879.5 元 of fines (≈ 607 元 each), 897 inspection records, 4237 officer deployments, 102 of 106 duties
 * (96.2%), 186 batches and 390 person-visits of leaders' receptions, 996余 visiting residents, petition
 * channels 631 / 318 / 184 批次 and 212 件次, 16 reconsideration and 9 litigation cases, 12 legal opinions,
 * 57 contracts; the others are plausible levels for a subdistrict.
 */
export const REFERENCE_LEVELS = {
  penalties: 41,
  finePerPenalty: 607,
  inspectionRecords: 897,
  deployments: 4237,
  dutiesListed: 106,
  receptionBatches: 186,
  personsPerBatch: 2.1,
  visitPersons: 996,
  channelVisits: 631,
  channelCalls: 318,
  channelOnline: 184,
  channelSmart: 212,
  petitionsAccepted: 480,
  reconsideration: 16,
  litigation: 9,
  opinions: 12,
  contracts: 57,
  publicityEvents: 30,
  publicityAudience: 3000,
  normativeDocuments: 3,
} as const;

/** A metric of {@link REFERENCE_LEVELS}. */
export type Metric = keyof typeof REFERENCE_LEVELS;

/** Reconsideration outcome shares (sum 1), after the reference report's 6 upheld / 3 dismissed / 4 terminated / 3 pending of 16. */
const RECONSIDERATION_SHARES: readonly (readonly [ReconsiderationOutcome, number])[] = [
  ['uphold', 0.33],
  ['reject_claim', 0.1],
  ['dismiss_application', 0.13],
  ['terminate', 0.18],
  ['revoke', 0.05],
  ['confirm_illegal', 0.04],
  ['alter', 0.02],
  ['mediation', 0.04],
  ['not_accepted', 0.03],
  ['pending', 0.08],
];

/** Litigation outcome shares (sum 1), after the reference report's 1 withdrawn / 3 confirmed illegal / 4 heard / 1 not yet heard of 9. */
const LITIGATION_SHARES: readonly (readonly [LitigationOutcome, number])[] = [
  ['reject_claim', 0.3],
  ['withdrawal', 0.18],
  ['dismiss_suit', 0.1],
  ['confirm_illegal', 0.08],
  ['revoke', 0.05],
  ['mediation', 0.02],
  ['heard_awaiting_judgment', 0.17],
  ['not_yet_heard', 0.1],
];

const HEARD_LITIGATION: ReadonlySet<string> = new Set(['reject_claim', 'confirm_illegal', 'revoke', 'heard_awaiting_judgment']);
const CORRECTIONS: ReadonlySet<string> = new Set(['revoke', 'confirm_illegal', 'alter']);
const NOT_CONCLUDED: ReadonlySet<string> = new Set(['not_accepted', 'pending']);

function distribute<C extends string>(draw: Draw, total: number, shares: readonly (readonly [C, number])[]): Map<C, number> {
  const counts = new Map<C, number>();
  for (let index = 0; index < total; index += 1) {
    let point = draw.random();
    let chosen = shares[shares.length - 1]![0];
    for (const [category, share] of shares) {
      if (point < share) {
        chosen = category;
        break;
      }
      point -= share;
    }
    counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
  }
  return counts;
}

function outcomeParts<C extends string>(counts: ReadonlyMap<C, number>, shares: readonly (readonly [C, number])[]): BreakdownPart[] {
  return shares.flatMap(([category]) => {
    const value = counts.get(category) ?? 0;
    return value > 0 ? [{ category, quantity: count(value, '件') }] : [];
  });
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** What one synthetic report needs: this year's levels, the draws, and last year's quotable figures. */
export interface YearInput {
  readonly draw: Draw;
  /** Expected level of each metric this year (size × trend), before this year's noise. */
  readonly level: (metric: Metric) => number;
  /** Probability that a block of indicators is missing. */
  readonly missingRate: number;
  /** Probability that a quotable figure quotes last year's value. */
  readonly quoteRate: number;
  /** Last year's period and figures, for the quotes ("较2022年558件"). */
  readonly last?: { readonly period: Period; readonly figures: ReadonlyMap<string, Quantity> };
}

/** One synthetic report's indicators, and the figures the next year may quote. */
export function syntheticIndicators(input: YearInput): { indicators: Indicator[]; quotable: Map<string, Quantity> } {
  const { draw, missingRate } = input;
  const value = (metric: Metric, noise = 0.06) => Math.max(0, Math.round(input.level(metric) * draw.factor(noise)));
  const present = () => !draw.chance(missingRate);
  const indicators: Indicator[] = [];
  const quotable = new Map<string, Quantity>();
  /** Last year's figure each indicator quotes, as quoted. */
  const quoted = new Map<string, Quantity>();
  const common = { sectionId: 'measures' } as const;

  const quote = <T extends Indicator>(indicator: T, quantity: Quantity): T => {
    quotable.set(indicator.id, quantity);
    const last = input.last?.figures.get(indicator.id);
    if (!last || !input.last || !draw.chance(input.quoteRate)) return indicator;
    // Now and then a report quotes a revised figure for last year: it must stay attributed to this report.
    const revised = draw.chance(0.1) ? count(last.value + draw.int(1, 5), last.unit as CountUnit) : last;
    const prior: PriorFigure = { period: input.last.period, quantity: revised };
    quoted.set(indicator.id, revised);
    return withPriorFigures(indicator, [prior]);
  };

  if (present()) {
    const penalties = value('penalties');
    const fen = Math.round((penalties * input.level('finePerPenalty') * draw.factor(0.3) * 100) / 50) * 50;
    const inWan = draw.chance(0.25);
    indicators.push(
      quote(
        { id: 'enforcement.penalties', family: 'enforcement', label: L.penalties, ...common, kind: 'count', quantity: count(penalties, '起') },
        count(penalties, '起'),
      ),
    );
    indicators.push({
      id: 'enforcement.fines',
      family: 'enforcement',
      label: L.fines,
      ...common,
      kind: 'amount',
      quantity: money(inWan ? Math.round(fen / 10_000) * 10_000 : fen, inWan),
    });
  }
  if (present()) {
    indicators.push({
      id: 'enforcement.inspection_records',
      family: 'enforcement',
      label: L.inspectionRecords,
      ...common,
      kind: 'count',
      quantity: count(value('inspectionRecords'), '件'),
    });
  }
  if (present()) {
    indicators.push({
      id: 'enforcement.officer_deployments',
      family: 'enforcement',
      label: L.deployments,
      ...common,
      kind: 'count',
      quantity: count(value('deployments'), '人次'),
    });
  }
  if (present()) {
    const listed = Math.max(1, value('dutiesListed', 0.02));
    const performed = Math.min(listed, Math.round(listed * (0.9 + 0.1 * draw.random())));
    const withDenominator = draw.chance(0.85);
    if (withDenominator)
      indicators.push({ id: 'enforcement.duties_listed', family: 'enforcement', label: L.dutiesListed, ...common, kind: 'count', quantity: count(listed, '项') });
    indicators.push({
      id: 'enforcement.duties_performed',
      family: 'enforcement',
      label: L.dutiesPerformed,
      ...common,
      kind: 'count',
      quantity: count(performed, '项'),
    });
    indicators.push({
      id: 'enforcement.duty_performance_rate',
      family: 'enforcement',
      label: L.dutyRate,
      ...common,
      kind: 'rate',
      quantity: percentOf(performed, listed),
      numerator: { ref: 'enforcement.duties_performed' },
      ...(withDenominator && { denominator: { ref: 'enforcement.duties_listed' } }),
    });
  }
  if (present()) {
    indicators.push({
      id: 'enforcement.platform_case_share',
      family: 'enforcement',
      label: L.platformShare,
      ...common,
      kind: 'rate',
      quantity: percent(draw.int(10, 30), draw.chance(0.5)),
    });
  }
  if (present()) {
    indicators.push({
      id: 'enforcement.officer_participation_rate',
      family: 'enforcement',
      label: L.participationRate,
      ...common,
      kind: 'rate',
      quantity: percent(draw.chance(0.7) ? 100 : draw.int(90, 99)),
    });
  }
  if (present()) {
    const batches = value('receptionBatches');
    const persons = Math.max(batches, Math.round(batches * REFERENCE_LEVELS.personsPerBatch * draw.factor(0.2)));
    indicators.push({
      id: 'petitions.leader_receptions.batches',
      family: 'petitions',
      label: L.receptionBatches,
      ...common,
      kind: 'count',
      quantity: count(batches, '批次'),
    });
    indicators.push({
      id: 'petitions.leader_receptions.persons',
      family: 'petitions',
      label: L.receptionPersons,
      ...common,
      kind: 'count',
      quantity: count(persons, '人次'),
    });
  }
  if (present()) {
    const persons = value('visitPersons');
    indicators.push({
      id: 'petitions.visits.persons',
      family: 'petitions',
      label: L.visitPersons,
      ...common,
      kind: 'count',
      quantity: draw.chance(0.4) ? countAtLeast(persons, '人次') : count(persons, '人次'),
    });
  }
  if (present()) {
    const parts: BreakdownPart[] = [
      { category: 'visits', label: L.channelVisits, quantity: count(value('channelVisits'), '批次') },
      { category: 'calls_letters', label: L.channelCalls, quantity: count(value('channelCalls'), '批次') },
      { category: 'online_referrals', label: L.channelOnline, quantity: count(value('channelOnline'), '批次') },
      { category: 'smart_petition_system', label: L.channelSmart, quantity: count(value('channelSmart'), '件次') },
    ];
    // Like the reference report, some list only part of the total ("包括…").
    const partial = draw.chance(0.3);
    const listed = sum(parts.map((part) => part.quantity.value));
    const total = partial ? listed + draw.int(1, Math.max(1, Math.round(listed * 0.02))) : listed;
    indicators.push({
      id: 'petitions.channels',
      family: 'petitions',
      label: L.channels,
      ...common,
      kind: 'breakdown',
      total: count(total, '批次'),
      parts,
      exhaustive: !partial,
      sumAcrossUnits: true,
    });
  }
  if (present()) {
    const accepted = value('petitionsAccepted');
    const completed = Math.min(accepted, Math.round(accepted * (0.93 + 0.07 * draw.random())));
    indicators.push(
      quote(
        { id: 'petitions.accepted', family: 'petitions', label: L.petitionsAccepted, ...common, kind: 'count', quantity: count(accepted, '件') },
        count(accepted, '件'),
      ),
    );
    indicators.push({ id: 'petitions.completed', family: 'petitions', label: L.petitionsCompleted, ...common, kind: 'count', quantity: count(completed, '件') });
    if (accepted > 0) {
      indicators.push({
        id: 'petitions.completion_rate',
        family: 'petitions',
        label: L.petitionsCompletionRate,
        ...common,
        kind: 'rate',
        ...(draw.chance(0.8) && { quantity: percentOf(completed, accepted) }),
        numerator: { ref: 'petitions.completed' },
        denominator: { ref: 'petitions.accepted' },
        rounding: 'half_up',
      });
    }
    // A report that quotes last year's figure states the change too ("较2022年480件同比增长7.5%"): a
    // year-on-year rate over the quoted figure, inline. No extra draws, so every other figure stays as it was.
    const earlier = quoted.get('petitions.accepted');
    if (earlier && earlier.value > 0) {
      const change = percentChange(accepted, earlier.value);
      indicators.push({
        id: 'petitions.accepted_change',
        family: 'petitions',
        label: L.petitionsAcceptedChange,
        ...common,
        kind: 'rate',
        quantity: change.quantity,
        formula: change.formula,
        numerator: { ref: 'petitions.accepted' },
        denominator: { quantity: earlier },
        rounding: 'half_up',
      });
    }
  }
  const cases = draw.poisson(input.level('reconsideration'));
  if (cases > 0 && present()) {
    const outcomes = distribute(draw, cases, RECONSIDERATION_SHARES);
    indicators.push(
      quote(
        {
          id: 'reconsideration.outcomes',
          family: 'reconsideration',
          label: L.reconsideration,
          ...common,
          kind: 'breakdown',
          codelist: 'reconsideration_outcome',
          total: count(cases, '件'),
          parts: outcomeParts(outcomes, RECONSIDERATION_SHARES),
          exhaustive: true,
        },
        count(cases, '件'),
      ),
    );
    const concluded = sum([...outcomes].filter(([category]) => !NOT_CONCLUDED.has(category)).map(([, n]) => n));
    const corrected = sum([...outcomes].filter(([category]) => CORRECTIONS.has(category)).map(([, n]) => n));
    if (concluded > 0 && draw.chance(0.6)) {
      indicators.push({
        id: 'reconsideration.correction_rate',
        family: 'reconsideration',
        label: L.correctionRate,
        ...common,
        kind: 'rate',
        quantity: percentOf(corrected, concluded),
        numerator: { ref: 'reconsideration.outcomes', group: 'correction' },
        denominator: { ref: 'reconsideration.outcomes', group: 'concluded' },
        rounding: 'half_up',
      });
    }
  }
  const suits = draw.poisson(input.level('litigation'));
  if (suits > 0 && present()) {
    const outcomes = distribute(draw, suits, LITIGATION_SHARES);
    indicators.push({
      id: 'litigation.outcomes',
      family: 'litigation',
      label: L.litigation,
      ...common,
      kind: 'breakdown',
      codelist: 'litigation_outcome',
      total: count(suits, '件'),
      parts: outcomeParts(outcomes, LITIGATION_SHARES),
      exhaustive: true,
    });
    const heard = sum([...outcomes].filter(([category]) => HEARD_LITIGATION.has(category)).map(([, n]) => n));
    if (heard > 0) {
      const appeared = draw.chance(0.8) ? heard : heard - draw.int(0, Math.min(2, heard));
      indicators.push({
        id: 'litigation.appearance_rate',
        family: 'litigation',
        label: L.appearanceRate,
        ...common,
        kind: 'rate',
        quantity: percentOf(appeared, heard),
        numerator: { quantity: count(appeared, '件') },
        denominator: { ref: 'litigation.outcomes', group: 'heard' },
        rounding: 'half_up',
      });
    }
  }
  if (present()) {
    indicators.push({
      id: 'legal_advice.opinions',
      family: 'legal_advice',
      label: L.opinions,
      ...common,
      kind: 'count',
      quantity: count(value('opinions', 0.3), '件'),
    });
    indicators.push({
      id: 'legal_advice.contracts',
      family: 'legal_advice',
      label: L.contracts,
      ...common,
      kind: 'count',
      quantity: count(value('contracts', 0.3), '件'),
    });
  }
  if (present()) {
    const audience = value('publicityAudience', 0.3);
    indicators.push({
      id: 'publicity.events',
      family: 'publicity',
      label: L.publicityEvents,
      ...common,
      kind: 'count',
      quantity: count(value('publicityEvents', 0.3), '场'),
    });
    indicators.push({
      id: 'publicity.audience',
      family: 'publicity',
      label: L.publicityAudience,
      ...common,
      kind: 'count',
      quantity: draw.chance(0.3) ? countAbout(audience, '人次') : count(audience, '人次'),
    });
  }
  if (present()) {
    indicators.push({
      id: 'decision_making.normative_documents',
      family: 'decision_making',
      label: L.normativeDocuments,
      ...common,
      kind: 'count',
      quantity: count(value('normativeDocuments', 0.5), '件'),
    });
  }
  return { indicators, quotable };
}
