import { RuleOfLawBreakdown } from '../components/breakdown/breakdown.js';
import { safeDefine } from '../internal/define.js';

safeDefine('rule-of-law-breakdown', RuleOfLawBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-breakdown': RuleOfLawBreakdown;
  }
}
