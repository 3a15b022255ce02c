/** The graph schema version is a hash of the declarations: it moves when the graph's shape does, and only then. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GRAPH_SCHEMA_VERSION, graphSchemaVersionOf } from '../../src/model/graph-schema-version.js';
import { KINDS } from '../../src/model/kinds.js';
import { RELATIONSHIPS } from '../../src/model/relationships.js';

const declared = { kinds: KINDS, relationships: RELATIONSHIPS };

describe('graph schema version', () => {
  it('is a short hash of the declarations, the same however often it is computed', () => {
    expect(GRAPH_SCHEMA_VERSION).toMatch(/^[0-9a-f]{12}$/);
    expect(graphSchemaVersionOf({ kinds: { ...KINDS }, relationships: { ...RELATIONSHIPS } })).toBe(GRAPH_SCHEMA_VERSION);
  });

  it('changes when a kind gains a property or a property changes type', () => {
    const withProperty = { ...KINDS, DataItem: { ...KINDS.DataItem, properties: { unit: z.string().optional().describe('x') } } };
    expect(graphSchemaVersionOf({ ...declared, kinds: withProperty })).not.toBe(GRAPH_SCHEMA_VERSION);
    const retyped = { ...KINDS, ProcessStep: { ...KINDS.ProcessStep, properties: { sequence: z.string().describe('x') } } };
    expect(graphSchemaVersionOf({ ...declared, kinds: retyped })).not.toBe(GRAPH_SCHEMA_VERSION);
  });

  it('changes when a relationship points elsewhere, not when its description is reworded', () => {
    const moved = { ...RELATIONSHIPS, PART_OF: { ...RELATIONSHIPS.PART_OF, to: ['Role', 'Artefact'] as const } };
    expect(graphSchemaVersionOf({ ...declared, relationships: moved })).not.toBe(GRAPH_SCHEMA_VERSION);
    const reworded = { ...RELATIONSHIPS, PART_OF: { ...RELATIONSHIPS.PART_OF, description: 'Reworded.' } };
    expect(graphSchemaVersionOf({ ...declared, relationships: reworded })).toBe(GRAPH_SCHEMA_VERSION);
  });
});
