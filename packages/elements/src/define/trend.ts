import { RuleOfLawTrend } from '../components/trend/trend.js';
import { safeDefine } from '../internal/define.js';

safeDefine('rule-of-law-trend', RuleOfLawTrend);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-trend': RuleOfLawTrend;
  }
}
