export * from './report-parts-of-heading.js';
export * from './report-parts-of-section.js';
