/**
 * The elements' classes, types and version, without registering any tag: import this to register
 * them under names of your own, or import `@rule-of-law/elements` (or a `define/*` module) to register
 * the `rule-of-law-*` tags.
 */
export { RuleOfLawBreakdown, TABLE_MODES, type TableMode } from './components/breakdown/breakdown.js';
export { RuleOfLawCompare } from './components/compare/compare.js';
export { RuleOfLawFigure } from './components/figure/figure.js';
export { RuleOfLawFindings } from './components/findings/findings.js';
export { RuleOfLawRate } from './components/rate/rate.js';
export { LAYOUTS, RuleOfLawReport, type Layout } from './components/report/report.js';
export { reportChangeSupport } from './components/report/report-change.js';
export { registerPreviousSupport, type PreviousSupportFactory } from './components/report/report-previous.js';
export { RuleOfLawTrend, TREND_CHARTS, type TrendChart } from './components/trend/trend.js';
export { CHART_KINDS, type ChartKind } from './internal/chart/chart-templates.js';
export { safeDefine } from './internal/define.js';
export type { ErrorKind, RolErrorDetail, RolEventMap, RolLoadDetail, RolSelectDetail } from './internal/events.js';
export { THEMES, type Theme } from './internal/rule-of-law-element.js';
export { VERSION } from './version.js';
