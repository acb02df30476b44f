/** A node of a generated JSON Schema: a plain JSON object of keywords. */
export type JsonSchemaNode = Record<string, unknown>;
