import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_COPY, SCHEMA_JSON, schemaCopyText } from './schema-copy';

describe('glossary.schema.ts, the copy the glossary types derive from', () => {
  it('is the schema as it stands (else: npm run glossary-schema)', () => {
    expect(readFileSync(SCHEMA_COPY, 'utf8')).toBe(schemaCopyText(readFileSync(SCHEMA_JSON, 'utf8')));
  });
});
