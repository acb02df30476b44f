export * from './aggregate-reports.js';
export { REFUSAL_MESSAGES } from './aggregate-notes.js';
export * from './group-key.js';
export * from './types.js';
