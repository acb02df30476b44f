/**
 * `@rule-of-law/elements/all`: registers every `rule-of-law-*` tag — the report and its parts, the trend
 * chart and the comparison — and gives the report its `previous` support. This is also the entry of the
 * drop-in bundle with comparisons, `dist/rule-of-law-all.min.js` (the plain `rule-of-law.min.js` stays
 * without them, within its size budget).
 */
import './define/report.js';
import './define/trend.js';
import './define/compare.js';

export * from './elements.js';
