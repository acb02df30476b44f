// First: no eval probe under a strict Content-Security-Policy (see internal/zod-jitless.ts).
import './internal/zod-jitless.js';
/**
 * `@rule-of-law/elements`: registers every `rule-of-law-*` tag and exports the classes. This is also
 * the entry of the standalone drop-in bundle `dist/rule-of-law.min.js`.
 */
import './define/report.js';

export * from './elements.js';
