/**
 * The JSON Schema editors use is generated from the loader's own schemas and committed; it must
 * not drift from them (regenerate with `npx tsx src/model/json-schema.ts`).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KINDS, NODE_KINDS } from '../../src/model/kinds.js';
import { MODEL_SCHEMA_FILE, modelJsonSchema, modelJsonSchemaText } from '../../src/model/json-schema.js';

describe('schema/model.schema.json', () => {
  it('is the schema the loader validates with', async () => {
    expect(await readFile(MODEL_SCHEMA_FILE, 'utf8')).toBe(modelJsonSchemaText());
  });

  it('gives each kind its description, id pattern and the source-or-example rule', () => {
    const definitions = modelJsonSchema().definitions as Record<string, Record<string, any>>;
    for (const kind of NODE_KINDS) {
      expect(definitions[kind]?.description).toBe(KINDS[kind].description);
      expect(definitions[kind]?.properties.id.pattern).toBe(KINDS[kind].idPattern.source);
      expect(definitions[kind]?.oneOf).toEqual([{ required: ['source'] }, { required: ['example'] }]);
      expect(definitions[kind]?.additionalProperties).toBe(false);
    }
  });
});
