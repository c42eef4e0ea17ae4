/**
 * glossary.schema.json as a TypeScript constant, src/glossary/glossary.schema.ts, from which
 * types.ts derives the glossary's types (json-schema-to-ts reads a schema only as a literal type,
 * and a JSON import has none). The JSON stays the schema that data files and editors use; the copy
 * is generated (npm run glossary-schema) and a unit test fails while it is stale. Node only.
 */
import { fileURLToPath } from 'node:url';

export const SCHEMA_JSON = fileURLToPath(new URL('./glossary.schema.json', import.meta.url));
export const SCHEMA_COPY = fileURLToPath(new URL('./glossary.schema.ts', import.meta.url));

/** The text of glossary.schema.ts for the schema `json`. */
export function schemaCopyText(json: string): string {
  const schema = JSON.stringify(JSON.parse(json), null, 2);
  return [
    '// Generated from glossary.schema.json by `npm run glossary-schema`: edit the JSON, then run that.',
    '// src/glossary/types.ts derives the glossary\'s types from it (json-schema-to-ts).',
    `export const glossarySchema = ${schema} as const;`,
    '',
  ].join('\n');
}
