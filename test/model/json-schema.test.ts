/**
 * The JSON Schema editors use is generated from the loader's own schemas and committed; it must
 * not drift from them (regenerate with `npx tsx src/model/json-schema.ts`).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { descriptionOf, KINDS, NODE_KINDS, propertyDescription, statedDateSchema, type PropertyOf } from '../../src/model/kinds.js';
import { MODEL_SCHEMA_FILE, modelJsonSchema, modelJsonSchemaText } from '../../src/model/json-schema.js';

describe('schema/model.schema.json', () => {
  it('is the schema the loader validates with', async () => {
    expect(await readFile(MODEL_SCHEMA_FILE, 'utf8')).toBe(modelJsonSchemaText());
  });

  it('gives each kind its description, id pattern and the one-provenance rule', () => {
    const definitions = modelJsonSchema().definitions as Record<string, Record<string, any>>;
    for (const kind of NODE_KINDS) {
      expect(definitions[kind]?.description).toBe(KINDS[kind].description);
      expect(definitions[kind]?.properties.id.pattern).toBe(KINDS[kind].idPattern.source);
      expect(definitions[kind]?.oneOf).toEqual(
        kind === 'TestResult'
          ? [{ required: ['recordedFrom'] }, { required: ['example'] }]
          : [{ required: ['source'] }, { required: ['example'] }, { required: ['inferred'] }],
      );
      expect(definitions[kind]?.additionalProperties).toBe(false);
    }
  });

  it('gives each kind property the description declared on its zod schema in kinds.ts', () => {
    const definitions = modelJsonSchema().definitions as Record<string, Record<string, any>>;
    for (const kind of NODE_KINDS) {
      for (const property of Object.keys(KINDS[kind].properties) as PropertyOf<typeof kind>[]) {
        expect(definitions[kind]?.properties[property].description, `${kind}.${property}`).toBe(propertyDescription(kind, property));
      }
    }
    const statedDate = definitions.Milestone?.properties.datesStated.items;
    expect(statedDate.description).toBe(descriptionOf(statedDateSchema, 'StatedDate'));
    for (const [field, declared] of Object.entries(statedDateSchema.shape)) {
      expect(statedDate.properties[field].description, `StatedDate.${field}`).toBe(descriptionOf(declared, field));
    }
  });

  it('lets a reference be an id or a mapping with its own provenance or proposal', () => {
    const definitions = modelJsonSchema().definitions as Record<string, Record<string, any>>;
    const changes = definitions.ChangeRequest?.properties.changes;
    expect(changes.type).toBe('array');
    const [id, written] = changes.items.anyOf;
    expect(id).toEqual({ type: 'string' });
    expect(Object.keys(written.properties)).toEqual(['id', 'source', 'example', 'inferred', 'proposedBy']);
    expect(written.required).toEqual(['id']);
    expect(written.additionalProperties).toBe(false);
    expect(written.properties.proposedBy.properties.change.enum).toEqual(['ADD', 'MODIFY', 'REMOVE']);
    // A one-valued reference takes the same two forms.
    expect(definitions.TestCase?.properties.scenario.anyOf).toHaveLength(2);
  });

  it('checks an interface\'s tranche and review comments as it checks an artefact\'s', () => {
    const definitions = modelJsonSchema().definitions as Record<string, Record<string, any>>;
    const shapeOf = (kind: string, property: string) => {
      const { description: _differs, ...shape } = definitions[kind]?.properties[property];
      return shape;
    };
    for (const property of ['tranche', 'reviewComments']) {
      expect(shapeOf('Interface', property), property).toEqual(shapeOf('Artefact', property));
    }
    expect(shapeOf('Interface', 'tranche')).toEqual({ type: 'integer', minimum: 1, maximum: 4 });
  });
});
