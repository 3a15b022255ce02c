/**
 * The version of the graph's shape, derived from the declarations instead of counted by hand: a
 * hash of every kind with its properties' shapes and every relationship type with its ends. A
 * Neo4j graph seeded by a version of a different shape answers wrongly rather than failing, so the
 * server refuses it (src/store/neo4j/open.ts). How elements are encoded as Neo4j properties is
 * code, not declaration: bump PROPERTY_ENCODING when src/store/neo4j/properties.ts changes it.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { KINDS, NODE_KINDS, type KindSpec, type NodeKind } from './kinds.js';
import { propertyShapeOf, type PropertyShape } from './property-shape.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES, type RelationshipSpec, type RelationshipType } from './relationships.js';

const PROPERTY_ENCODING = 3;

const shapeContent = ({ optional, list, value }: PropertyShape) => ({
  optional,
  list,
  type: value.type,
  ...(value.type === 'enum' ? { values: value.schema.options } : {}),
  ...(value.type === 'object' ? { fields: Object.keys(value.schema.shape) } : {}),
});

export interface Declarations {
  readonly kinds: Readonly<Record<NodeKind, KindSpec>>;
  readonly relationships: Readonly<Record<RelationshipType, RelationshipSpec>>;
}

/** The graph schema version the declarations give: 12 hex digits of a hash of their graph-relevant content. */
export function graphSchemaVersionOf({ kinds, relationships }: Declarations): string {
  const content = {
    encoding: PROPERTY_ENCODING,
    kinds: NODE_KINDS.map((kind) => ({
      kind,
      properties: Object.entries(kinds[kind].properties).map(([name, schema]) => ({ name, ...shapeContent(propertyShapeOf(schema, `${kind}.${name}`)) })),
    })),
    relationships: RELATIONSHIP_TYPES.map((type) => ({ type, from: relationships[type].from, to: relationships[type].to })),
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

/** Recorded on `:ModelMeta` by every seed and checked by the server before it serves a graph. */
export const GRAPH_SCHEMA_VERSION: string = graphSchemaVersionOf({ kinds: KINDS, relationships: RELATIONSHIPS });
