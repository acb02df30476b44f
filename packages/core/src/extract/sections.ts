import type { Section } from '../schema/section.js';
import type { Heading } from './headings.js';

/** Ids of the usual top-level parts of a report, recognised from their heading. */
const PART_IDS: readonly (readonly [RegExp, string])[] = [
  [/第一责任人|主要负责人|党政主要负责/, 'leadership'],
  [/不足|问题|短板|差距/, 'shortcomings'],
  [/计划|安排|打算|思路|下一步|展望/, 'next_year'],
  [/举措|成效|做法|主要工作|工作情况|进展/, 'measures'],
  [/其他|其它/, 'other'],
];

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}_${n}`;
  used.add(id);
  return id;
}

function topLevelId(heading: Heading, position: number, used: Set<string>): string {
  const known = PART_IDS.find(([pattern]) => pattern.test(heading.heading))?.[1];
  return uniqueId(known ?? `s${position + 1}`, used);
}

/**
 * Turns headings into the report's sections: parents by level (一、 › （一） › 1.), order among
 * siblings from 0, and stable ids: the usual parts by name (measures, shortcomings, leadership,
 * next_year, other; else s1, s2…), children by position under their parent (measures.1.3).
 *
 * @example
 * ```ts
 * const text = '一、主要举措和成效\n（一）规范执法\n';
 * buildSections(text, findHeadings(text)).map((s) => s.id);
 * // ['measures', 'measures.1']
 * ```
 */
export function buildSections(text: string, headings: readonly Heading[]): Section[] {
  const sections: Section[] = [];
  const open: { level: number; id: string }[] = [];
  const childCount = new Map<string | undefined, number>();
  const used = new Set<string>();
  for (const heading of headings) {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= heading.level) open.pop();
    const parent = open[open.length - 1]?.id;
    const order = childCount.get(parent) ?? 0;
    childCount.set(parent, order + 1);
    const id = parent === undefined ? topLevelId(heading, order, used) : uniqueId(`${parent}.${order + 1}`, used);
    sections.push({
      id,
      numbering: heading.numbering,
      heading: heading.heading,
      ...(parent !== undefined ? { parent } : {}),
      order,
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
  let found: string | undefined;
  for (const section of sections) {
    if ((section.source?.start ?? Infinity) > offset) break;
    found = section.id;
  }
  return found;
}
