import { RuleOfLawFindings } from '../components/findings/findings.js';
import { safeDefine } from '../internal/define.js';

safeDefine('rule-of-law-findings', RuleOfLawFindings);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-findings': RuleOfLawFindings;
  }
}
