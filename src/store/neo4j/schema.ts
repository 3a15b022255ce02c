/**
 * Constraints and indexes of the seeded graph, derived from the model's declarations. They are
 * created before the seed's write transactions (Neo4j does not allow schema and data changes in
 * one), and only those missing by name: a reseed then costs one look-up, not a statement each.
 */
import type { z } from 'zod';
import { KINDS, NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import { ELEMENT_LABEL, GENERATION, isListValued, labelOf } from './cypher.js';

/** The full-text index over every element's name, description and requirement text. */
export const FULLTEXT_INDEX = 'elementText';
const FULLTEXT_PROPERTIES = ['name', 'description', 'text'] as const;

export interface SchemaItem {
  readonly name: string;
  /** Idempotent (`IF NOT EXISTS`) in case another seed creates it first. */
  readonly cypher: string;
}

/**
 * Kind properties held as single scalars, which a range index can serve `list` filters with —
 * except prose, which the full-text index covers (and which could outgrow a range index key).
 */
const indexedPropertiesOf = (kind: NodeKind): string[] =>
  Object.entries(KINDS[kind].properties as z.ZodRawShape).flatMap(([key, schema]) =>
    isListValued(schema) || (FULLTEXT_PROPERTIES as readonly string[]).includes(key) ? [] : [key],
  );

export const SCHEMA: readonly SchemaItem[] = [
  // Ids are unique across kinds within a generation; a seed writes the next generation beside the current one.
  {
    name: 'node_id_generation',
    cypher: `CREATE CONSTRAINT node_id_generation IF NOT EXISTS FOR (n:${ELEMENT_LABEL}) REQUIRE (n.id, n.${GENERATION}) IS UNIQUE`,
  },
  { name: 'node_generation', cypher: `CREATE INDEX node_generation IF NOT EXISTS FOR (n:${ELEMENT_LABEL}) ON (n.${GENERATION})` },
  // For Cypher written by people and other tools (`MATCH (:Requirement {id: …})`): the store's own reads use `node_id_generation`.
  ...NODE_KINDS.map((kind) => ({
    name: `${kind}_id_lookup`,
    cypher: `CREATE INDEX ${kind}_id_lookup IF NOT EXISTS FOR (n:${labelOf(kind)}) ON (n.id)`,
  })),
  ...NODE_KINDS.flatMap((kind) =>
    indexedPropertiesOf(kind).map((key) => ({
      name: `${kind}_${key}`,
      cypher: `CREATE INDEX ${kind}_${key} IF NOT EXISTS FOR (n:${labelOf(kind)}) ON (n.\`${key}\`)`,
    })),
  ),
  {
    name: FULLTEXT_INDEX,
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ELEMENT_LABEL}) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}`,
  },
];

/**
 * Constraints of graphs seeded before generations (graph schema 1): unique ids per label, which
 * forbid two generations of an element side by side. A seed drops them first.
 */
export const OBSOLETE_CONSTRAINTS: readonly string[] = ['node_id', ...NODE_KINDS.map((kind) => `${kind}_id`)];

/** Names of the indexes the database has; a constraint's backing index has the constraint's name. */
export const EXISTING_INDEX_NAMES = 'SHOW INDEXES YIELD name RETURN collect(name) AS names';
