export * from './standard-indicator.js';
export * from './standard-indicators.js';
export * from './topic-qualifiers.js';
export * from './match-standard-indicator.js';
export * from './standard-dimension.js';
