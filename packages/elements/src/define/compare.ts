import { RuleOfLawCompare } from '../components/compare/compare.js';
import { reportChangeSupport } from '../components/report/report-change.js';
import { registerPreviousSupport } from '../components/report/report-previous.js';
import { safeDefine } from '../internal/define.js';

safeDefine('rule-of-law-compare', RuleOfLawCompare);
// `<rule-of-law-report previous-src="…">` shows the change beside its figures once this module is loaded.
registerPreviousSupport(reportChangeSupport);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-compare': RuleOfLawCompare;
  }
}
