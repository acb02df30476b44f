import type { Section } from '../schema/section.js';
import type { Heading } from './headings.js';
import type { ReportPart } from '../schema/report-part.js';
import { reportPartsOfHeading } from '../sections/report-parts-of-heading.js';

/** Which part names a top-level section's id when its heading names several ("存在问题及下步打算" → shortcomings). */
const ID_PRIORITY: readonly ReportPart[] = ['leadership', 'shortcomings', 'next_year', 'measures', 'other'];

/** Hands out unique ids: the base when free, else the base with the next free number (`measures_2`), in constant time. */
function idRegistry(): (base: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (base) => {
    let id = base;
    let n = next.get(base) ?? 2;
    while (used.has(id)) id = `${base}_${n++}`;
    next.set(base, n);
    used.add(id);
    return id;
  };
}

/**
 * Turns headings into the report's sections: parents by level (一、 › （一） › 1.), order among
 * siblings from 0, and stable ids: the usual parts by name (measures, shortcomings, leadership,
 * next_year, other; else s1, s2…), children by position under their parent (measures.1.3). Each
 * top-level section is marked with the required parts of an annual report its heading names
 * (`parts`, by {@link reportPartsOfHeading}; `year` is the reporting year, so that "2024年工作计划"
 * in a 2023 report is the next year's plan).
 *
 * @example
 * ```ts
 * const text = '一、主要举措和成效\n（一）规范执法\n';
 * buildSections(text, findHeadings(text)).map((s) => s.id);
 * // ['measures', 'measures.1']
 * ```
 */
export function buildSections(text: string, headings: readonly Heading[], options: { readonly year?: number } = {}): Section[] {
  const sections: Section[] = [];
  const open: { level: number; id: string }[] = [];
  const childCount = new Map<string | undefined, number>();
  const uniqueId = idRegistry();
  for (const heading of headings) {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= heading.level) open.pop();
    const parent = open[open.length - 1]?.id;
    const order = childCount.get(parent) ?? 0;
    childCount.set(parent, order + 1);
    const parts = parent === undefined ? reportPartsOfHeading(heading.heading, options) : [];
    const known = ID_PRIORITY.find((part) => parts.includes(part));
    const id = uniqueId(parent === undefined ? (known ?? `s${order + 1}`) : `${parent}.${order + 1}`);
    sections.push({
      id,
      numbering: heading.numbering,
      heading: heading.heading,
      ...(parent !== undefined ? { parent } : {}),
      order,
      ...(parts.length > 0 ? { parts } : {}),
      source: { text: text.slice(heading.start, heading.end), start: heading.start, end: heading.end },
    });
    open.push({ level: heading.level, id });
  }
  return sections;
}

/**
 * The id of the innermost section a text offset falls in: the last heading that starts before it.
 *
 * @example
 * ```ts
 * sectionAt(sections, 120); // 'measures.1.1'
 * ```
 */
export function sectionAt(sections: readonly Section[], offset: number): string | undefined {
  // Sections are in text order: a binary search keeps drafting linear in the number of figures.
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sections[middle]?.source?.start ?? Infinity) <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : sections[low - 1]?.id;
}
