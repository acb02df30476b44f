export * from './codelists/index.js';
export * from './schema/index.js';
export * from './compute/findings/finding.js';
export * from './compute/types.js';
export * from './parse/parse-report.js';
