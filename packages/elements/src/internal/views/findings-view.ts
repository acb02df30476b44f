import { html, nothing, type TemplateResult } from 'lit';
import { localized, SEVERITIES, type Finding, type LocalizedText, type Severity } from '@rule-of-law/core';
import { heading, toHeadingLevel, type HeadingLevel } from '../templates/heading.js';
import type { ViewContext } from './view-context.js';

const ICONS: Readonly<Record<Severity, string>> = { error: '✕', warning: '!', info: 'i' };

/** Indicator labels by id, to name what a finding concerns. */
export type IndicatorLabels = ReadonlyMap<string, LocalizedText>;

function findingItem(finding: Finding, labels: IndicatorLabels, context: ViewContext): TemplateResult {
  const { locale, strings } = context;
  const concerned = finding.indicatorIds.map((id) => {
    const label = labels.get(id);
    return label ? localized(label, locale) : id;
  });
  return html`<li part="finding" data-code=${finding.code}>
    <span>${localized(finding.message, locale)}</span>
    ${concerned.length > 0 ? html`<span class="concerns">${strings.concerns}${strings.colon}${strings.list(concerned)}</span>` : nothing}
  </li>`;
}

/**
 * The findings panel: a heading, then one list per severity (errors, warnings, notes), or the
 * "no inconsistencies" line. Shared by `<rule-of-law-findings>`, the light-DOM rendering and the static renderer.
 */
export function findingsView(findings: readonly Finding[], labels: IndicatorLabels, level: HeadingLevel, context: ViewContext): TemplateResult {
  const { strings } = context;
  const titleId = context.id('title');
  return html`<section part="base" class="findings" aria-labelledby=${titleId}>
    ${heading(level, strings.findingsHeading, { id: titleId, part: 'title' })}
    ${
      findings.length === 0
        ? html`<p part="empty" class="empty">${strings.noFindings}</p>`
        : SEVERITIES.map((severity) => {
            const group = findings.filter((finding) => finding.severity === severity);
            if (group.length === 0) return nothing;
            return html`<div class="group group-${severity}">
            ${heading(
              toHeadingLevel(level + 1, 4),
              html`<span class="icon" aria-hidden="true">${ICONS[severity]}</span>${strings.severityCount(strings.severity[severity], group.length)}`,
              { part: 'severity' },
            )}
            <ul part="list">
              ${group.map((finding) => findingItem(finding, labels, context))}
            </ul>
          </div>`;
          })
    }
  </section>`;
}
