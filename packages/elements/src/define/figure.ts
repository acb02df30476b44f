import { RuleOfLawFigure } from '../components/figure/figure.js';
import { safeDefine } from '../internal/define.js';

safeDefine('rule-of-law-figure', RuleOfLawFigure);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-figure': RuleOfLawFigure;
  }
}
