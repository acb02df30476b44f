import { computeReport, type Indicator, type Report, translationOf } from '@rule-of-law/core';
import { EXTRACTION_REASONS, reasonsOf, type ExtractionReason } from '@rule-of-law/core/extract';
import type { CommandContext } from './context.js';

/** Indicators below this confidence need a person's look. */
const CHECK_BELOW = 0.8;

/** Reasons that need a look whatever the confidence: a figure to read again, a binding that could be another. */
const ALWAYS_CHECK: ReadonlySet<ExtractionReason> = new Set([
  'chinese-numeral',
  'rate-does-not-reconcile',
  'rate-other-readings',
  'rate-bound-by-arithmetic',
  'breakdown-items-left-out',
  'target-or-plan',
]);

/** Most indicators listed per file; the rest are counted. */
const MOST_LISTED = 40;

function confidenceOf(indicator: Indicator): number {
  const note = indicator.extensions?.extraction;
  return typeof note === 'object' && note !== null && !Array.isArray(note) && typeof note.confidence === 'number' ? note.confidence : 1;
}

/** The figure an indicator was drafted from, as written, and where it stands. */
function writtenOf(indicator: Indicator): { written: string; start?: number } {
  const quantity =
    'quantity' in indicator ? indicator.quantity : indicator.kind === 'breakdown' && indicator.total && 'value' in indicator.total ? indicator.total : undefined;
  return quantity ? { written: quantity.written, ...(quantity.source ? { start: quantity.source.start } : {}) } : { written: indicator.label['zh-CN'] };
}

/** True when a drafted indicator needs a person's look: low confidence, or a reason that always does. */
export function needsLook(indicator: Indicator): boolean {
  return confidenceOf(indicator) < CHECK_BELOW || reasonsOf(indicator.extensions).some((reason) => ALWAYS_CHECK.has(reason));
}

/**
 * What a person should look at in a draft, one line each, in the chosen language: the indicators that
 * need a look (id, the figure as written with its offset, confidence, and why), the figures left out,
 * and the consistency findings above info that the source itself states.
 *
 * @example
 * ```ts
 * reviewLines(draftReport(text), context);
 * // ['  核对 litigation.appearance_rate「100%」@2731（置信度 0.75）：分子分母按算术关系…', …]
 * ```
 */
export function reviewLines(report: Report, context: CommandContext): string[] {
  const { locale } = context;
  const lines: string[] = [];
  const doubtful = report.indicators.filter(needsLook);
  for (const indicator of doubtful.slice(0, MOST_LISTED)) {
    const { written, start } = writtenOf(indicator);
    const why = reasonsOf(indicator.extensions)
      .map((reason) => EXTRACTION_REASONS[reason][locale])
      .join(translationOf(locale).punctuation.clauseSeparator);
    const at = start === undefined ? '' : `@${start}`;
    const confidence = confidenceOf(indicator).toFixed(2);
    lines.push(
      context.say({
        'zh-CN': `  核对 ${indicator.id}「${written}」${at}（置信度 ${confidence}）：${why}`,
        en: `  check ${indicator.id} "${written}"${at} (confidence ${confidence}): ${why}`,
      }),
    );
  }
  if (doubtful.length > MOST_LISTED) {
    const more = doubtful.length - MOST_LISTED;
    lines.push(context.say({ 'zh-CN': `  ……另有 ${more} 个指标需要核对`, en: `  … and ${more} more indicators to check` }));
  }
  const skipped = (report.extensions?.extraction as { skipped?: { written: string; start: number; reason: string }[] } | undefined)?.skipped ?? [];
  for (const figure of skipped) {
    lines.push(
      context.say({
        'zh-CN': `  未收录「${figure.written}」@${figure.start}：${figure.reason}`,
        en: `  left out "${figure.written}"@${figure.start}: ${figure.reason}`,
      }),
    );
  }
  for (const finding of computeReport(report).findings) {
    if (finding.severity === 'info') continue;
    lines.push(context.say({ 'zh-CN': `  原文不一致：${finding.message['zh-CN']}`, en: `  the source disagrees: ${finding.message.en}` }));
  }
  return lines;
}
