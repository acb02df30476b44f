import { RuleOfLawReport } from '../components/report/report.js';
import { safeDefine } from '../internal/define.js';
import './figure.js';
import './rate.js';
import './breakdown.js';
import './findings.js';

safeDefine('rule-of-law-report', RuleOfLawReport);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-report': RuleOfLawReport;
  }
}
