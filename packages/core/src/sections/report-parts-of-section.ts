import { REPORT_PARTS, type ReportPart } from '../schema/report-part.js';
import type { Section } from '../schema/section.js';
import { reportPartsOfHeading, type ReportPartsOfHeadingOptions } from './report-parts-of-heading.js';

/**
 * Which required parts of an annual report a section is: its `parts` when an editor gave them (`[]`
 * included: "none of them"), else those its heading announces ({@link reportPartsOfHeading}). In
 * {@link REPORT_PARTS} order, each once.
 *
 * @example
 * ```ts
 * reportPartsOfSection({ heading: '存在问题及下步打算' });                    // ['shortcomings', 'next_year']
 * reportPartsOfSection({ heading: '三、工作亮点', parts: ['measures'] });       // ['measures']
 * reportPartsOfSection({ heading: '2024年工作', parts: [] }, { year: 2023 });  // []
 * ```
 */
export function reportPartsOfSection(section: Pick<Section, 'heading' | 'parts'>, options: ReportPartsOfHeadingOptions = {}): ReportPart[] {
  if (section.parts === undefined) return reportPartsOfHeading(section.heading, options);
  return REPORT_PARTS.filter((part) => section.parts!.includes(part));
}
