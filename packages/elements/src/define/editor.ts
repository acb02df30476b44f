import { RuleOfLawEditor } from '../components/editor/editor.js';
import { safeDefine } from '../internal/define.js';
import './report.js';

safeDefine('rule-of-law-editor', RuleOfLawEditor);

declare global {
  interface HTMLElementTagNameMap {
    'rule-of-law-editor': RuleOfLawEditor;
  }
}
