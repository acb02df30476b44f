/**
 * `@rule-of-law/elements/editor`: registers `<rule-of-law-editor>` (with `<rule-of-law-report>` for its preview).
 * Its own entry and its own drop-in (`dist/rule-of-law-editor.min.js`), because it carries the extraction code
 * (`@rule-of-law/core/extract`) and the edit model (`@rule-of-law/core/edit`), which the report's pages never need.
 */
import './define/editor.js';

export { RuleOfLawEditor } from './components/editor/editor.js';
