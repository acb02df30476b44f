import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  type ComputedReport,
  FAMILIES,
  type Family,
  FAMILY_LABELS,
  formatDate,
  formatPeriod,
  type Indicator,
  ISSUER_LEVEL_LABELS,
  localized,
  type Report,
} from '@rule-of-law/core';
import { chineseText, issuerText } from '../i18n/text.js';
import type { ChartKind } from '../chart/chart-templates.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../templates/heading.js';
import { sourceCitation } from '../templates/source.js';
import { breakdownView, type BreakdownInteraction } from './breakdown-view.js';
import { figureView, type FigureKind } from './figure-view.js';
import { findingsView } from './findings-view.js';
import { rateView } from './rate-view.js';
import { subContext, type ViewContext } from './view-context.js';

/** The families to show, in order: those named in `families` (space- or comma-separated), else every family present. */
function familiesToShow(attribute: string | undefined, indicators: readonly Indicator[]): Family[] {
  const present = new Set(indicators.map((indicator) => indicator.family));
  const named = (attribute ?? '').split(/[\s,]+/).filter((name): name is Family => (FAMILIES as readonly string[]).includes(name));
  const order = named.length > 0 ? [...new Set(named)] : [...FAMILIES];
  return order.filter((family) => present.has(family));
}

/** Headline figures: per family, its first breakdown with a stated total, else its first count or amount. */
function headlineIndicators(families: readonly Family[], indicators: readonly Indicator[]): Indicator[] {
  return families.flatMap((family) => {
    const own = indicators.filter((indicator) => indicator.family === family);
    const pick =
      own.find((indicator) => indicator.kind === 'breakdown' && indicator.total !== undefined) ??
      own.find((indicator) => indicator.kind === 'count' || indicator.kind === 'amount');
    return pick ? [pick] : [];
  });
}

/** What the report shows, as its attributes say. */
export interface ReportViewOptions {
  /** The `families` attribute: which families, in order (all present when empty). */
  readonly families?: string | undefined;
  /** Show the findings panel. */
  readonly findings: boolean;
  /** The compact layout: no headline, bars, tables one click away. */
  readonly compact: boolean;
  /** Level of the report's title, 2–5 (default 2). */
  readonly headingLevel?: number | undefined;
}

/** How a breakdown of the report is drawn. */
interface ReportBreakdownOptions {
  readonly level: HeadingLevel;
  readonly chart: ChartKind;
  readonly collapsed: boolean;
}

/**
 * The pieces a report is made of. The element fills them with its child elements (each with its own
 * shadow root); the light-DOM rendering and the static renderer with the same views, inline.
 */
export interface ReportParts {
  figure(indicator: Indicator): unknown;
  rate(indicator: Indicator): unknown;
  breakdown(indicator: Indicator, options: ReportBreakdownOptions): unknown;
  findings(level: HeadingLevel): unknown;
  /** Anything shown between the header and the headline figures. */
  afterHeader?(): unknown;
}

function headline(report: Report, families: readonly Family[], level: HeadingLevel, parts: ReportParts, context: ViewContext): TemplateResult | typeof nothing {
  const picks = headlineIndicators(families, report.indicators);
  if (picks.length === 0) return nothing;
  const id = context.id('headline-title');
  return html`<section part="headline" class="headline" aria-labelledby=${id}>
    ${heading(level, context.strings.headline, { id, part: 'section-title' })}
    <ul class="figures" role="list">
      ${picks.map((indicator) => html`<li>${parts.figure(indicator)}</li>`)}
    </ul>
  </section>`;
}

function familySection(report: Report, family: Family, level: HeadingLevel, compact: boolean, parts: ReportParts, context: ViewContext): TemplateResult {
  const own = report.indicators.filter((indicator) => indicator.family === family);
  const figures = own.filter((indicator) => indicator.kind === 'count' || indicator.kind === 'amount' || indicator.kind === 'measure');
  const rates = own.filter((indicator) => indicator.kind === 'rate');
  const breakdowns = own.filter((indicator) => indicator.kind === 'breakdown');
  const id = context.id(`family-${family}`);
  return html`<section part="section" class="family" data-family=${family} aria-labelledby=${id}>
    ${heading(level, localized(FAMILY_LABELS[family], context.locale), { id, part: 'section-title' })}
    ${
      figures.length > 0
        ? html`<ul class="figures" role="list">
          ${figures.map((indicator) => html`<li>${parts.figure(indicator)}</li>`)}
        </ul>`
        : nothing
    }
    ${
      rates.length > 0
        ? html`<ul class="figures rates" role="list">
          ${rates.map((indicator) => html`<li>${parts.rate(indicator)}</li>`)}
        </ul>`
        : nothing
    }
    ${
      breakdowns.length > 0
        ? html`<div class="breakdowns">
          ${breakdowns.map((indicator) =>
            parts.breakdown(indicator, {
              level: toHeadingLevel(level + 1, 4),
              chart: !compact && indicator.kind === 'breakdown' && indicator.codelist ? 'donut' : 'bar',
              collapsed: compact,
            }),
          )}
        </div>`
        : nothing
    }
  </section>`;
}

/**
 * A whole report: header (issuer, title, period and dates), headline figures, one section per family
 * (figures, rates, breakdowns), the findings and the source. Shared by `<rule-of-law-report>` (with
 * its child elements as `parts`), its light-DOM rendering and the static renderer (with {@link inlineParts}).
 */
export function reportView(report: Report, options: ReportViewOptions, parts: ReportParts, context: ViewContext): TemplateResult {
  const { locale, strings } = context;
  const level = toHeadingLevel(Math.min(5, options.headingLevel ?? 2), 2);
  const sub = toHeadingLevel(level + 1, 3);
  const families = familiesToShow(options.families, report.indicators);
  const { compact } = options;
  const issuer = issuerText(report.issuer, locale);
  // The report's title as published, marked zh-CN; in a locale that converts it (zh-Hant), in the page's script.
  const title = chineseText(report.title, locale);
  const titleId = context.id('title');
  return html`<article part="base" class="report layout-${compact ? 'compact' : 'full'}" aria-labelledby=${titleId}>
    <header part="header" class="header">
      <p part="issuer" class="issuer">
        <span lang=${ifDefined(issuer.lang)}>${issuer.text}</span>
        · ${localized(ISSUER_LEVEL_LABELS[report.issuer.level], locale)}
      </p>
      ${heading(level, html`<span lang=${ifDefined(title.text === report.title ? 'zh-CN' : undefined)}>${title.text}</span>`, { id: titleId, part: 'title' })}
      <dl part="meta" class="meta">
        <div><dt>${strings.period}</dt><dd>${formatPeriod(report.period, { locale })}</dd></div>
        ${report.signedOn ? html`<div><dt>${strings.signedOn}</dt><dd>${formatDate(report.signedOn, { locale })}</dd></div>` : nothing}
        ${report.publishedAt ? html`<div><dt>${strings.publishedOn}</dt><dd>${formatDate(report.publishedAt, { locale })}</dd></div>` : nothing}
      </dl>
    </header>
    ${parts.afterHeader?.() ?? nothing} ${compact ? nothing : headline(report, families, sub, parts, context)}
    ${families.map((family) => familySection(report, family, sub, compact, parts, context))}
    ${options.findings ? parts.findings(sub) : nothing}
    <footer part="source" class="source">${sourceCitation(report, locale, strings)}</footer>
  </article>`;
}

/** A box standing where an element's host would (`rol-host rol-<name>`): the page stylesheet treats it as that host. */
export function hostBox(name: string, content: unknown, theme: string | undefined): TemplateResult {
  return html`<div class="rol-host rol-${name}" data-theme=${ifDefined(theme)}>${content}</div>`;
}

/**
 * The report's own box in the page (static HTML, light DOM): `rol-host rol-report` with the language, the
 * token set, `data-rol-static` when it is the static fallback (so the element knows it is there), and
 * `data-rol-hydrate` when that copy can be adopted (see `adoptionRecord`).
 */
export function reportBox(content: unknown, context: ViewContext, theme?: string, isStatic = false, record?: string): TemplateResult {
  return html`<div
    class="rol-host rol-report"
    lang=${context.locale}
    data-theme=${ifDefined(theme)}
    data-rol-static=${ifDefined(isStatic ? '' : undefined)}
    data-rol-hydrate=${ifDefined(record)}
  >
    ${content}
  </div>`;
}

/**
 * The parts of a report drawn inline with the views, each in a box standing for its element's host:
 * what the light-DOM rendering and the static renderer use instead of child elements. `interaction`
 * makes the charts' segments focusable and selectable (the light DOM; static HTML has no script).
 */
export function inlineParts(
  computed: ComputedReport,
  context: ViewContext,
  theme?: string,
  interaction?: (indicator: Indicator, context: ViewContext) => BreakdownInteraction,
): ReportParts {
  const entry = (indicator: Indicator) => computed.byId[indicator.id];
  let charts = 0;
  return {
    figure(indicator) {
      const found = entry(indicator);
      return found && found.kind !== 'rate' ? hostBox('figure', figureView(found as Extract<typeof found, { kind: FigureKind }>, context), theme) : nothing;
    },
    rate(indicator) {
      const found = entry(indicator);
      return found?.kind === 'rate' ? hostBox('rate', rateView(found, context), theme) : nothing;
    },
    breakdown(indicator, options) {
      const found = entry(indicator);
      charts += 1;
      if (found?.kind !== 'breakdown') return nothing;
      const chartContext = subContext(context, `c${charts}`);
      const interactive = interaction?.(indicator, chartContext);
      return hostBox('breakdown', breakdownView(found, computed, interactive ? { ...options, interactive } : options, chartContext), theme);
    },
    findings(level) {
      const labels = new Map(computed.report.indicators.map((indicator) => [indicator.id, indicator.label]));
      return hostBox('findings', findingsView(computed.findings, labels, level, subContext(context, 'findings')), theme);
    },
  };
}
