/**
 * `@rule-of-law/elements`: registers every `rule-of-law-*` tag and exports the classes. This is also
 * the entry of the standalone drop-in bundle `dist/rule-of-law.min.js`.
 */
import './define/report.js';

// The report and its parts only: `export *` from elements.js would pull the trend, the comparison and
// core's compareReports into the drop-in (+18 KB gzip). They are exported from `./all` and `./elements`.
export {
  CHART_KINDS,
  LAYOUTS,
  RuleOfLawBreakdown,
  RuleOfLawFigure,
  RuleOfLawFindings,
  RuleOfLawRate,
  RuleOfLawReport,
  safeDefine,
  TABLE_MODES,
  THEMES,
  VERSION,
  type ChartKind,
  type ErrorKind,
  type Layout,
  type RolErrorDetail,
  type RolEventMap,
  type RolLoadDetail,
  type RolSelectDetail,
  type TableMode,
  type Theme,
} from './elements.js';
