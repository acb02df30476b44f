import type * as z from 'zod/mini';
import { CODELISTS } from '../codelists/index.js';
import type { Indicator } from './indicator.js';
import { isRef, type IndicatorRef, type Operand } from './operand.js';
import type { Section } from './section.js';
import { unitDimension, type UnitDimension } from './unit.js';

type Path = (string | number)[];
type Refinement = z.core.$RefinementCtx;

/** Which unit dimensions each quantity-holding indicator kind accepts. */
const KIND_DIMENSIONS: Readonly<Record<'count' | 'amount' | 'measure', readonly UnitDimension[]>> = {
  count: ['count'],
  amount: ['money'],
  measure: ['percentage_point', 'multiple', 'rank', 'percent'],
};

/** Groups a breakdown indicator offers: its codelist's groups and any declared by its free parts. */
export function breakdownGroups(indicator: Extract<Indicator, { kind: 'breakdown' }>): Set<string> {
  const groups = new Set<string>(indicator.codelist ? Object.keys(CODELISTS[indicator.codelist].groups) : []);
  for (const part of indicator.parts) for (const group of part.groups ?? []) groups.add(group);
  return groups;
}

function checkSections(sections: readonly Section[], ctx: Refinement): Set<string> {
  const byId = new Map<string, Section>();
  sections.forEach((section, index) => {
    if (byId.has(section.id)) {
      ctx.addIssue({ code: 'custom', message: 'rol:duplicate-id', params: { id: section.id }, path: ['sections', index, 'id'] });
    }
    byId.set(section.id, section);
  });
  sections.forEach((section, index) => {
    if (section.parent === undefined) return;
    if (!byId.has(section.parent)) {
      ctx.addIssue({ code: 'custom', message: 'rol:unknown-section', params: { id: section.parent }, path: ['sections', index, 'parent'] });
      return;
    }
    const seen = new Set<string>([section.id]);
    for (let parent = byId.get(section.parent); parent; parent = parent.parent ? byId.get(parent.parent) : undefined) {
      if (seen.has(parent.id)) {
        ctx.addIssue({ code: 'custom', message: 'rol:section-cycle', params: { id: section.id }, path: ['sections', index, 'parent'] });
        return;
      }
      seen.add(parent.id);
    }
  });
  return new Set(byId.keys());
}

function checkRef(
  ref: IndicatorRef,
  from: Indicator,
  byId: ReadonlyMap<string, Indicator>,
  path: Path,
  allowed: readonly Indicator['kind'][],
  ctx: Refinement,
): void {
  const target = byId.get(ref.ref);
  if (!target) {
    ctx.addIssue({ code: 'custom', message: 'rol:unknown-indicator', params: { id: ref.ref }, path: [...path, 'ref'] });
    return;
  }
  if (target.id === from.id) {
    ctx.addIssue({ code: 'custom', message: 'rol:self-reference', params: { id: ref.ref }, path: [...path, 'ref'] });
    return;
  }
  if (!allowed.includes(target.kind)) {
    ctx.addIssue({
      code: 'custom',
      message: 'rol:ref-kind',
      params: { id: ref.ref, kind: target.kind, allowed: allowed.join(', ') },
      path: [...path, 'ref'],
    });
    return;
  }
  if (ref.part !== undefined && ref.group !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'rol:part-and-group', params: { id: ref.ref }, path });
  }
  if ((ref.part !== undefined || ref.group !== undefined) && target.kind !== 'breakdown') {
    ctx.addIssue({ code: 'custom', message: 'rol:part-of-non-breakdown', params: { id: ref.ref }, path });
    return;
  }
  if (target.kind !== 'breakdown') return;
  if (ref.part !== undefined && !target.parts.some((part) => part.category === ref.part)) {
    ctx.addIssue({ code: 'custom', message: 'rol:unknown-part', params: { id: ref.ref, part: ref.part }, path: [...path, 'part'] });
  }
  if (ref.group !== undefined && !breakdownGroups(target).has(ref.group)) {
    ctx.addIssue({ code: 'custom', message: 'rol:unknown-group', params: { id: ref.ref, group: ref.group }, path: [...path, 'group'] });
  }
}

function checkOperand(
  operand: Operand | undefined,
  from: Indicator,
  byId: ReadonlyMap<string, Indicator>,
  path: Path,
  ctx: Refinement,
): void {
  if (operand && isRef(operand)) checkRef(operand, from, byId, path, ['count', 'amount', 'measure', 'breakdown'], ctx);
}

function checkUnit(dimension: UnitDimension, allowed: readonly UnitDimension[], kind: string, path: Path, ctx: Refinement): void {
  if (!allowed.includes(dimension)) {
    ctx.addIssue({ code: 'custom', message: 'rol:unit-for-kind', params: { kind, dimension, allowed: allowed.join(', ') }, path });
  }
}

function checkIndicator(
  indicator: Indicator,
  index: number,
  byId: ReadonlyMap<string, Indicator>,
  sectionIds: ReadonlySet<string>,
  ctx: Refinement,
): void {
  const path: Path = ['indicators', index];
  if (indicator.sectionId !== undefined && !sectionIds.has(indicator.sectionId)) {
    ctx.addIssue({ code: 'custom', message: 'rol:unknown-section', params: { id: indicator.sectionId }, path: [...path, 'sectionId'] });
  }
  switch (indicator.kind) {
    case 'count':
    case 'amount':
    case 'measure':
      checkUnit(unitDimension(indicator.quantity.unit), KIND_DIMENSIONS[indicator.kind], indicator.kind, [...path, 'quantity', 'unit'], ctx);
      return;
    case 'rate':
      if (indicator.quantity) checkUnit(unitDimension(indicator.quantity.unit), ['percent'], 'rate', [...path, 'quantity', 'unit'], ctx);
      if (!indicator.quantity && !(indicator.numerator && indicator.denominator)) {
        ctx.addIssue({ code: 'custom', message: 'rol:rate-needs-value', params: { id: indicator.id }, path });
      }
      checkOperand(indicator.numerator, indicator, byId, [...path, 'numerator'], ctx);
      checkOperand(indicator.denominator, indicator, byId, [...path, 'denominator'], ctx);
      return;
    case 'breakdown': {
      if (indicator.total && 'ref' in indicator.total) {
        checkRef(indicator.total, indicator, byId, [...path, 'total'], ['count', 'amount'], ctx);
      }
      const codelist = indicator.codelist ? CODELISTS[indicator.codelist] : undefined;
      const seen = new Set<string>();
      indicator.parts.forEach((part, partIndex) => {
        const partPath: Path = [...path, 'parts', partIndex];
        if (seen.has(part.category)) {
          ctx.addIssue({ code: 'custom', message: 'rol:duplicate-category', params: { category: part.category }, path: [...partPath, 'category'] });
        }
        seen.add(part.category);
        const known = codelist?.categories.some((category) => category.code === part.category) ?? false;
        if (!known && !part.label) {
          ctx.addIssue({ code: 'custom', message: 'rol:free-category-label', params: { category: part.category }, path: [...partPath, 'label'] });
        }
      });
      return;
    }
  }
}

/**
 * Cross-field checks of a report that a field-by-field schema cannot make: unique ids, sections and
 * references that exist, units that fit the indicator's kind, labels for free categories.
 */
export function checkReportReferences(
  report: { sections: readonly Section[]; indicators: readonly Indicator[] },
  ctx: Refinement,
): void {
  const sectionIds = checkSections(report.sections, ctx);
  const byId = new Map<string, Indicator>();
  report.indicators.forEach((indicator, index) => {
    if (byId.has(indicator.id)) {
      ctx.addIssue({ code: 'custom', message: 'rol:duplicate-id', params: { id: indicator.id }, path: ['indicators', index, 'id'] });
    }
    byId.set(indicator.id, indicator);
  });
  report.indicators.forEach((indicator, index) => checkIndicator(indicator, index, byId, sectionIds, ctx));
}
