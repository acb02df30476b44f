import type { BreakdownIndicator, Indicator, RateIndicator } from '../schema/indicator.js';
import type { Issuer } from '../schema/issuer.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { findBreakdowns, type BreakdownCandidate } from './breakdowns.js';
import { extractFigures } from './figures.js';
import { findHeadings } from './headings.js';
import {
  breakdownIndicator,
  contextsOf,
  singleIndicator,
  unrepresentable,
  type FigureContext,
} from './indicators.js';
import { guessIssuerLevel, parentOfIssuer } from './issuer.js';
import { labelFigures } from './labels.js';
import { derivedRateOperands, findDenominator, findNumerator, type NumeratorCandidate } from './rates.js';
import { extractionExtensions, reasonsOf, type ExtractionReason } from './reasons.js';
import { findPublishedAt, findSignedOn } from './report-dates.js';
import { buildSections } from './sections.js';
import { createIdRegistry } from './slugs.js';
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

function lastMatching<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && test(item)) return item;
  }
  return undefined;
}

function linkRate(rate: RateIndicator, start: number, counts: readonly NumeratorCandidate[], breakdowns: readonly BreakdownIndicator[]): RateIndicator {
  const label = rate.label['zh-CN'];
  const reasons = reasonsOf(rate.extensions);
  const numerator = findNumerator(label, start, counts);
  const denominator = findDenominator(label, start, counts);
  let linked: RateIndicator = rate;
  if (numerator !== undefined) {
    const base = denominator !== undefined && denominator !== numerator ? { denominator: { ref: denominator } } : {};
    linked = { ...rate, numerator: { ref: numerator }, ...base };
    reasons.push('rate-numerator-by-label');
    if (base.denominator) reasons.push('rate-denominator-by-label');
  } else {
    const breakdown = lastMatching(breakdowns, (candidate) => candidate.codelist !== undefined && candidate.family === rate.family);
    const operands = breakdown?.codelist ? derivedRateOperands(label, breakdown.codelist, breakdown.id) : undefined;
    const partExists = (operand: object) => !('part' in operand) || breakdown?.parts.some((part) => part.category === (operand as { part: string }).part);
    if (operands && partExists(operands.numerator) && partExists(operands.denominator)) {
      linked = { ...rate, ...operands };
      reasons.push('rate-from-breakdown');
    } else if (label.includes('率')) {
      reasons.push('rate-operands-not-stated');
    }
  }
  return { ...linked, extensions: extractionExtensions(reasons) };
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
  const from = Math.max(0, low - NUMERATOR_CANDIDATES);
  return counts.slice(from, low);
}

/** How many counts before a rate are considered for its numerator. */
const NUMERATOR_CANDIDATES = 12;

interface Assembly {
  readonly indicators: Indicator[];
  readonly skipped: SkippedFigure[];
}

function assembleIndicators(contexts: readonly FigureContext[], candidates: readonly BreakdownCandidate[]): Assembly {
  const ids = createIdRegistry();
  const parts = new Set(candidates.flatMap((candidate) => candidate.parts));
  const byTotal = new Map(candidates.map((candidate) => [candidate.total, candidate]));
  const indicators: Indicator[] = [];
  const skipped: SkippedFigure[] = [];
  const starts = new Map<string, number>();
  contexts.forEach((context, index) => {
    if (parts.has(index)) return;
    const { figure } = context;
    const problem = unrepresentable(figure) ?? byTotal.get(index)?.parts.map((part) => contexts[part]).map((part) => part && unrepresentable(part.figure)).find(Boolean);
    if (problem) {
      skipped.push({ written: figure.written, start: figure.start, end: figure.end, reason: problem });
      return;
    }
    const candidate = byTotal.get(index);
    const partContexts = candidate?.parts.map((part) => contexts[part]).filter((part): part is FigureContext => part !== undefined);
    const indicator = candidate && partContexts ? breakdownIndicator(context, partContexts, candidate, ids) : singleIndicator(context, ids);
    starts.set(indicator.id, figure.start);
    indicators.push(indicator);
  });
  const counts: NumeratorCandidate[] = indicators
    .filter((indicator) => indicator.kind === 'count')
    .map((indicator) => ({ id: indicator.id, label: indicator.label['zh-CN'], start: starts.get(indicator.id) ?? 0 }));
  const breakdowns: BreakdownIndicator[] = [];
  const linked = indicators.map((indicator) => {
    if (indicator.kind === 'breakdown') breakdowns.push(indicator);
    if (indicator.kind !== 'rate') return indicator;
    return linkRate(indicator, starts.get(indicator.id) ?? 0, nearby(counts, starts.get(indicator.id) ?? 0), breakdowns);
  });
  return { indicators: linked, skipped };
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
  const sections: Section[] = buildSections(source, findHeadings(source));
  const figures = extractFigures(source);
  const contexts = contextsOf(source, figures, labelFigures(source, figures), sections);
  const { indicators, skipped } = assembleIndicators(contexts, findBreakdowns(source, figures));
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
