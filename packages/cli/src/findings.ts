import { type Finding, type Severity, translationOf } from '@rule-of-law/core';
import type { Bilingual } from './cli-error.js';
import type { CommandContext } from './context.js';

const SEVERITY_NAMES: Readonly<Record<Severity, Bilingual>> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};

/** The exit code findings call for: 2 with an error, 1 with a warning, else 0. */
export function exitCodeOf(findings: readonly Finding[]): number {
  if (findings.some((finding) => finding.severity === 'error')) return 2;
  if (findings.some((finding) => finding.severity === 'warning')) return 1;
  return 0;
}

/** How many findings of each severity, in words: "1 个错误、2 个警告" / "1 error, 2 warnings". */
export function countFindings(findings: readonly Finding[], context: CommandContext): string {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => count(severity) > 0)
    .map((severity) => {
      const n = count(severity);
      const zh = { error: '个错误', warning: '个警告', info: '条提示' }[severity];
      const en = n === 1 ? severity : { error: 'errors', warning: 'warnings', info: 'notes' }[severity];
      return context.say({ 'zh-CN': `${n} ${zh}`, en: `${n} ${en}` });
    });
  return parts.join(translationOf(context.locale).punctuation.listSeparator);
}

/** One line per finding: severity, code, indicators, message. */
export function formatFindings(findings: readonly Finding[], context: CommandContext): string {
  return findings
    .map((finding) => {
      const ids = finding.indicatorIds.length > 0 ? ` ${finding.indicatorIds.join(', ')}` : '';
      return `  [${context.say(SEVERITY_NAMES[finding.severity])}] ${finding.code}${ids}: ${finding.message[context.locale]}\n`;
    })
    .join('');
}
