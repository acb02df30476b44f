export * from './generate-synthetic-reports.js';
export { deriveSeed, drawFrom, mulberry32, type Draw, type Random } from './prng.js';
