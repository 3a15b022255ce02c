import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaSdl } from '../../src/graphql/schema.js';

describe('committed schema', () => {
  it('matches the schema the code builds (regenerate with `npx tsx src/graphql/emit-schema.ts`)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(schemaSdl());
  });
});
