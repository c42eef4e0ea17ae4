// Writes src/glossary/glossary.schema.ts from src/glossary/glossary.schema.json (see schema-copy.ts).
// Run after changing the schema: `npm run glossary-schema`.
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_COPY, SCHEMA_JSON, schemaCopyText } from '../src/glossary/schema-copy';

writeFileSync(SCHEMA_COPY, schemaCopyText(readFileSync(SCHEMA_JSON, 'utf8')));
console.log(`wrote ${SCHEMA_COPY}`);
