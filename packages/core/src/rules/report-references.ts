import { CODELISTS } from '../codelists/index.js';
import type { Indicator } from '../schema/indicator.js';
import type { IndicatorRef, Operand } from '../schema/operand.js';
import type { Section } from '../schema/section.js';
import { isRef } from '../vocabulary/operands.js';
import { unitDimension, type UnitDimension } from '../vocabulary/units.js';
import { rolIssue, type RolIssueSink } from './rol-issue.js';

type Path = (string | number)[];
type Refinement = RolIssueSink;

/** Which unit dimensions each quantity-holding indicator kind accepts. */
const KIND_DIMENSIONS: Readonly<Record<'count' | 'amount' | 'measure', readonly UnitDimension[]>> = {
  count: ['count'],
  amount: ['money'],
  measure: ['percentage_point', 'multiple', 'rank', 'percent', 'duration', 'distance', 'area', 'weight', 'volume'],
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
      rolIssue(ctx, 'duplicate-id', { id: section.id }, ['sections', index, 'id']);
    }
    byId.set(section.id, section);
  });
  sections.forEach((section, index) => {
    if (section.parent === undefined) return;
    if (!byId.has(section.parent)) {
      rolIssue(ctx, 'unknown-section', { id: section.parent }, ['sections', index, 'parent']);
      return;
    }
    const seen = new Set<string>([section.id]);
    for (let parent = byId.get(section.parent); parent; parent = parent.parent ? byId.get(parent.parent) : undefined) {
      if (seen.has(parent.id)) {
        rolIssue(ctx, 'section-cycle', { id: section.id }, ['sections', index, 'parent']);
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
    rolIssue(ctx, 'unknown-indicator', { id: ref.ref }, [...path, 'ref']);
    return;
  }
  if (target.id === from.id) {
    rolIssue(ctx, 'self-reference', { id: ref.ref }, [...path, 'ref']);
    return;
  }
  if (!allowed.includes(target.kind)) {
    rolIssue(ctx, 'ref-kind', { id: ref.ref, kind: target.kind, allowed: allowed.join(', ') }, [...path, 'ref']);
    return;
  }
  if (ref.part !== undefined && ref.group !== undefined) {
    rolIssue(ctx, 'part-and-group', { id: ref.ref }, path);
  }
  if ((ref.part !== undefined || ref.group !== undefined) && target.kind !== 'breakdown') {
    rolIssue(ctx, 'part-of-non-breakdown', { id: ref.ref }, path);
    return;
  }
  if (target.kind !== 'breakdown') return;
  if (ref.part !== undefined && !target.parts.some((part) => part.category === ref.part)) {
    rolIssue(ctx, 'unknown-part', { id: ref.ref, part: ref.part }, [...path, 'part']);
  }
  if (ref.group !== undefined && !breakdownGroups(target).has(ref.group)) {
    rolIssue(ctx, 'unknown-group', { id: ref.ref, group: ref.group }, [...path, 'group']);
  }
}

function checkOperand(operand: Operand | undefined, from: Indicator, byId: ReadonlyMap<string, Indicator>, path: Path, ctx: Refinement): void {
  if (operand && isRef(operand)) checkRef(operand, from, byId, path, ['count', 'amount', 'measure', 'breakdown'], ctx);
}

function checkUnit(dimension: UnitDimension, allowed: readonly UnitDimension[], kind: string, path: Path, ctx: Refinement): void {
  if (!allowed.includes(dimension)) {
    rolIssue(ctx, 'unit-for-kind', { kind, dimension, allowed: allowed.join(', ') }, path);
  }
}

function checkIndicator(indicator: Indicator, index: number, byId: ReadonlyMap<string, Indicator>, sectionIds: ReadonlySet<string>, ctx: Refinement): void {
  const path: Path = ['indicators', index];
  if (indicator.sectionId !== undefined && !sectionIds.has(indicator.sectionId)) {
    rolIssue(ctx, 'unknown-section', { id: indicator.sectionId }, [...path, 'sectionId']);
  }
  switch (indicator.kind) {
    case 'count':
    case 'amount':
    case 'measure':
      checkUnit(unitDimension(indicator.quantity.unit), KIND_DIMENSIONS[indicator.kind], indicator.kind, [...path, 'quantity', 'unit'], ctx);
      return;
    case 'rate':
      if (indicator.quantity) {
        // A multiple (复议诉讼比值达2.6) is stated in 倍; every other rate in percent.
        const dimension = indicator.formula === 'multiple' ? 'multiple' : 'percent';
        checkUnit(unitDimension(indicator.quantity.unit), [dimension], 'rate', [...path, 'quantity', 'unit'], ctx);
      }
      if (!indicator.quantity && !(indicator.numerator && indicator.denominator)) {
        rolIssue(ctx, 'rate-needs-value', { id: indicator.id }, path);
      }
      checkOperand(indicator.numerator, indicator, byId, [...path, 'numerator'], ctx);
      checkOperand(indicator.denominator, indicator, byId, [...path, 'denominator'], ctx);
      return;
    case 'breakdown': {
      if (indicator.total && 'ref' in indicator.total) {
        // A nested breakdown's total is a part of another breakdown ({ ref, part }); never a whole breakdown or a group.
        const nested = indicator.total.part !== undefined;
        checkRef(indicator.total, indicator, byId, [...path, 'total'], nested ? ['breakdown'] : ['count', 'amount'], ctx);
        if (indicator.total.group !== undefined)
          rolIssue(ctx, 'ref-kind', { id: indicator.total.ref, kind: 'group', allowed: 'count, amount, part' }, [...path, 'total', 'group']);
      }
      const codelist = indicator.codelist ? CODELISTS[indicator.codelist] : undefined;
      const seen = new Set<string>();
      indicator.parts.forEach((part, partIndex) => {
        const partPath: Path = [...path, 'parts', partIndex];
        if (seen.has(part.category)) {
          rolIssue(ctx, 'duplicate-category', { category: part.category }, [...partPath, 'category']);
        }
        seen.add(part.category);
        const known = codelist?.categories.some((category) => category.code === part.category) ?? false;
        if (!known && !part.label) {
          rolIssue(ctx, 'free-category-label', { category: part.category }, [...partPath, 'label']);
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
export function checkReportReferences(report: { sections: readonly Section[]; indicators: readonly Indicator[] }, ctx: Refinement): void {
  const sectionIds = checkSections(report.sections, ctx);
  const byId = new Map<string, Indicator>();
  report.indicators.forEach((indicator, index) => {
    if (byId.has(indicator.id)) {
      rolIssue(ctx, 'duplicate-id', { id: indicator.id }, ['indicators', index, 'id']);
    }
    byId.set(indicator.id, indicator);
  });
  report.indicators.forEach((indicator, index) => checkIndicator(indicator, index, byId, sectionIds, ctx));
}
