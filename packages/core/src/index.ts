export * from './codelists/index.js';
export * from './compute/index.js';
export * from './format/index.js';
export { decimalPlaces, sumExact } from './internal/decimal.js';
export * from './parse/parse-report.js';
export * from './schema/index.js';
export * from './json-schema/report-json-schema.js';
