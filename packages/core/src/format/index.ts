export * from './format-date.js';
export * from './format-growth.js';
export * from './format-number.js';
export * from './format-quantity.js';
export * from './format-rate-result.js';
export * from './localized.js';
export * from './unit-label.js';
