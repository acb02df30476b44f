/** The schema version this library writes and understands. */
export const SCHEMA_VERSION = 1;
