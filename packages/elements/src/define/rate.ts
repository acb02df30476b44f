import { RuleOfLawRate } from '../components/rate/rate.js';
import { safeDefine } from '../internal/define.js';

safeDefine('rule-of-law-rate', RuleOfLawRate);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-rate': RuleOfLawRate;
  }
}
