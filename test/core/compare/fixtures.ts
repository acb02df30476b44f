// Small builders for compare and aggregate tests: every figure is written out by hand in the tests.
import type { BreakdownPart, GrowthFormula, Indicator, Issuer, Quantity, Report, Unit } from '@rule-of-law/core';

/** A report of the given year around these indicators. */
export function yearReport(year: number, indicators: Indicator[], issuer: Partial<Issuer> = {}): Report {
  return {
    schemaVersion: 1,
    issuer: { name: '某县人民政府', level: 'county', parent: '某市', ...issuer },
    title: `${issuer.name ?? '某县人民政府'}${year}年法治政府建设年度报告`,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    sections: [],
    indicators,
  };
}

/** A quantity as a report writes it; `余` makes it "at least", `约` approximate. */
export function q(value: number, unit: Unit, marker?: '余' | '约' | '以上' | '不足'): Quantity {
  const written = typeof unit === 'string' ? unit.replace('percent', '%') : unit.custom;
  if (marker === '余') return { value, unit, qualifier: 'at_least', marker, written: `${value}余${written}` };
  if (marker === '以上') return { value, unit, qualifier: 'at_least', marker, written: `${value}${written}以上` };
  if (marker === '约') return { value, unit, qualifier: 'approximately', marker, written: `约${value}${written}` };
  if (marker === '不足') return { value, unit, qualifier: 'at_most', marker, written: `不足${value}${written}` };
  return { value, unit, written: `${value}${written}` };
}

const label = (id: string) => ({ 'zh-CN': id, en: id });

/** A count indicator. */
export function count(id: string, value: number, unit: Unit = '件', marker?: '余' | '约' | '不足'): Indicator {
  return { id, family: 'other', label: label(id), kind: 'count', quantity: q(value, unit, marker) };
}

/** A money indicator in 元. */
export function amount(id: string, value: number): Indicator {
  return { id, family: 'enforcement', label: label(id), kind: 'amount', quantity: q(value, '元') };
}

/** A measure (percent, percentage points, 倍, rank). */
export function measure(id: string, value: number, unit: Unit): Indicator {
  return { id, family: 'other', label: label(id), kind: 'measure', quantity: q(value, unit) };
}

/** A rate: stated (or not), with references to its numerator and denominator (or not). */
export function rate(id: string, stated: number | undefined, numerator?: string, denominator?: string, marker?: '以上'): Indicator {
  return {
    id,
    family: 'petitions',
    label: label(id),
    kind: 'rate',
    ...(stated !== undefined && { quantity: q(stated, 'percent', marker) }),
    ...(numerator && { numerator: { ref: numerator } }),
    ...(denominator && { denominator: { ref: denominator } }),
  };
}

/**
 * A year-on-year change: stated (or not) positive as written, over the current figure (a reference to a
 * count) and the earlier one — quoted inline as a count in 件, or a reference.
 */
export function growth(id: string, formula: GrowthFormula, stated: number | undefined, current?: string, earlier?: number | string): Indicator {
  return {
    id,
    family: 'petitions',
    label: label(id),
    kind: 'rate',
    formula,
    ...(stated !== undefined && { quantity: q(stated, 'percent') }),
    ...(current && { numerator: { ref: current } }),
    ...(typeof earlier === 'number' && { denominator: { quantity: q(earlier, '件') } }),
    ...(typeof earlier === 'string' && { denominator: { ref: earlier } }),
  };
}

/** A breakdown of counts in 件 (codelist parts need no label). */
export function breakdown(
  id: string,
  parts: Record<string, number>,
  options: { total?: number; exhaustive?: boolean; codelist?: 'reconsideration_outcome' | 'litigation_outcome'; unit?: Unit } = {},
): Indicator {
  const unit = options.unit ?? '件';
  const list: BreakdownPart[] = Object.entries(parts).map(([category, value]) => ({
    category,
    ...(!options.codelist && { label: label(category) }),
    quantity: q(value, unit),
  }));
  return {
    id,
    family: 'reconsideration',
    label: label(id),
    kind: 'breakdown',
    ...(options.codelist && { codelist: options.codelist }),
    ...(options.total !== undefined && { total: q(options.total, unit) }),
    parts: list,
    exhaustive: options.exhaustive ?? true,
  };
}
