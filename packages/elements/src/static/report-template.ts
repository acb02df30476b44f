import type { ReportIssue } from '@rule-of-law/core';
import type { TemplateResult } from 'lit';
import { prepareReport } from '../internal/data/prepare-report.js';
import { adoptionRecord, staticReport, type StaticReportOptions } from '../internal/views/static-report.js';

/** Options of `renderReportHTML`; the same choices as the attributes of `<rule-of-law-report>`. */
export interface RenderReportHTMLOptions extends StaticReportOptions {
  /**
   * Keep Lit's server-rendering comments (`<!--lit-part …-->`), so that `<rule-of-law-report render-root="light">`
   * adopts this markup as its own instead of drawing the report again (the webmasters' guide, §8). Default false.
   * The element adopts it only when it has loaded the same report with the same version of the library; else, or
   * when the comments were stripped on the way (some editors drop comments), it draws the report anew.
   */
  readonly hydratable?: boolean;
  /**
   * Put the report itself before the HTML, as an inline `<script type="application/json">` data block, so that the
   * element needs no `src` and no request for the data (the webmasters' guide, §8: with `hydratable`, the recommended
   * embed). `renderReportHTML` only; default false.
   */
  readonly withData?: boolean;
}

/** `renderReportHTML` was given something that is not a valid report: `issues` says why. */
export class InvalidReportError extends Error {
  override readonly name = 'InvalidReportError';
  constructor(readonly issues: readonly ReportIssue<string>[]) {
    super(`Not a valid report: ${issues.map((issue) => `${issue.pointer || '(report root)'} ${issue.message.en}`).join('; ')}`);
  }
}

/**
 * The template of a report's static HTML, for a renderer to turn into markup: Lit's server rendering in Node
 * (`renderReportHTML`), or Lit's own render into a detached element in a browser (the editor's download). Both
 * draw the same views, so both give the same report.
 *
 * @throws {InvalidReportError} when `report` is not a valid report.
 */
export function reportTemplate(report: unknown, options: RenderReportHTMLOptions = {}): TemplateResult {
  const prepared = prepareReport(report);
  if (!prepared.ok) throw new InvalidReportError(prepared.error.issues);
  const { hydratable, withData: _withData, ...drawn } = options;
  return staticReport(prepared.computed, drawn, hydratable ? adoptionRecord(prepared.computed, drawn) : undefined);
}
