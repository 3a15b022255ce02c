/**
 * What a seed writes, worked out without touching Neo4j: the `UNWIND` batches of nodes, then of
 * relationships, each taking `$rows` and the `$generation` it writes (see seed.ts).
 * `--dry-run` reports this plan; a real seed executes it.
 */
import { createHash } from 'node:crypto';
import { SeedFailedError } from '../../errors.js';
import type { DesignModel, ModelEdge, ModelNode } from '../../model/design-model.js';
import { NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../model/relationships.js';
import { ELEMENT_LABEL, GENERATION, labelOf, PROPS_JSON, RELATIONSHIP_META_JSON, relationshipTypeOf } from './cypher.js';
import { nodePropertiesOf, relationshipPropertiesOf } from './properties.js';

export type SeedBatch =
  | { readonly step: 'nodes'; readonly text: string; readonly rows: readonly NodeRow[] }
  | { readonly step: 'relationships'; readonly text: string; readonly rows: readonly RelationshipRow[] };

export interface SeedCounts {
  readonly nodes: number;
  readonly relationships: number;
  /** Only kinds and types the model has, in declaration order. */
  readonly byKind: Readonly<Partial<Record<NodeKind, number>>>;
  readonly byType: Readonly<Partial<Record<RelationshipType, number>>>;
}

export interface SeedPlan {
  readonly batches: readonly SeedBatch[];
  /** Every row of the batches, by step. */
  readonly rows: { readonly nodes: readonly NodeRow[]; readonly relationships: readonly RelationshipRow[] };
  readonly counts: SeedCounts;
}

/**
 * Default rows per `UNWIND` statement, each its own transaction: big enough to keep statements
 * few, small enough that a transaction stays far below the server's memory limit at any model size.
 */
export const DEFAULT_BATCH_SIZE = 10_000;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const countsOf = <K extends string>(keys: readonly K[], items: readonly { readonly key: K }[]): Partial<Record<K, number>> =>
  Object.fromEntries(keys.map((k) => [k, items.filter((i) => i.key === k).length]).filter(([, n]) => n !== 0));

/**
 * Throws when part of the model could not be written: an element of an unknown kind, a
 * relationship of an unknown type, or one naming an element the model does not have. The
 * loader rejects all of these already; the seed must never drop something silently either.
 */
export function assertWritable(model: DesignModel): void {
  for (const n of model.nodes) labelOf(n.kind);
  for (const e of model.edges) relationshipTypeOf(e.type);
  const ids = new Set(model.nodes.map((n) => n.id));
  const dangling = model.edges.filter((e) => !ids.has(e.from) || !ids.has(e.to));
  if (dangling.length > 0) {
    const shown = dangling.slice(0, 5).map((e) => `${e.from} -[${e.type}]-> ${e.to}`).join(', ');
    throw new SeedFailedError(`${dangling.length} relationship(s) name elements the model does not have: ${shown}`);
  }
}

/** An edge written twice in the YAML is one relationship (the memory store counts it once too). */
export const distinctEdges = (edges: readonly ModelEdge[]): ModelEdge[] => [...new Map(edges.map((e) => [relationshipKeyOf(e), e])).values()];

/**
 * Node and relationship property holding a hash of what the seed wrote there: an incremental
 * seed (seed-incremental.ts) compares it with the model's to find what changed. Unlike the
 * element's `fingerprint` (change control: normalised, blind to layout), it is exact — the
 * `_props` and `_meta` JSON readers rebuild answers from, key order included — because any
 * difference there is a difference in what the API answers. Everything else a row holds is
 * derived from that JSON by code, which GRAPH_SCHEMA_VERSION versions.
 */
export const SEED_HASH = '_seedHash';

const hashOf = (...parts: readonly string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);

/** The row an element is written from: its node's properties and its seed hash. */
export type NodeRow = Readonly<Record<string, unknown>> & { readonly id: string; readonly kind: NodeKind; readonly [SEED_HASH]: string };

/** The row a relationship is written from: its type, ends, and properties with its seed hash. */
export interface RelationshipRow {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, unknown>> & { readonly [SEED_HASH]: string };
}

export const nodeRowOf = (node: ModelNode): NodeRow => {
  const properties = nodePropertiesOf(node);
  return { ...properties, id: node.id, kind: node.kind, [SEED_HASH]: hashOf(node.kind, node.id, properties[PROPS_JSON] as string) };
};

/** A relationship's identity in the graph: one per type and ends (see `distinctEdges`). */
export const relationshipKeyOf = ({ type, from, to }: { readonly type: string; readonly from: string; readonly to: string }): string => `${type} ${from} ${to}`;

/**
 * Every property a relationship can carry (relationshipPropertiesOf, and the seed hash), so that
 * the write statement can name them in its CREATE: a `SET r = row.props` after the CREATE makes
 * Neo4j plan an Eager, which holds every row of a batch before writing any (about 15% slower).
 * A missing one is null, which Neo4j does not store.
 */
const RELATIONSHIP_PROPERTY_KEYS = [
  'provenance',
  'provenanceInherited',
  'provenancePaper',
  'provenanceSection',
  'provenanceNote',
  'proposedBy',
  'proposedChange',
  RELATIONSHIP_META_JSON,
  SEED_HASH,
] as const;

export const relationshipRowOf = (edge: ModelEdge): RelationshipRow => {
  const props = relationshipPropertiesOf(edge);
  // A key added to relationshipPropertiesOf but not above would be dropped without a word.
  const unnamed = Object.keys(props).filter((key) => !(RELATIONSHIP_PROPERTY_KEYS as readonly string[]).includes(key));
  if (unnamed.length > 0) throw new SeedFailedError(`relationship properties ${unnamed.join(', ')} are not in RELATIONSHIP_PROPERTY_KEYS (seed-plan.ts)`);
  return { type: edge.type, from: edge.from, to: edge.to, props: { ...props, [SEED_HASH]: hashOf(props[RELATIONSHIP_META_JSON] as string) } };
};

/**
 * One statement for every kind and one for every type, whatever the model holds: Neo4j plans
 * each once. Labels and types are dynamic (`$(row.kind)`, Neo4j 5.26), never text from the
 * caller: `assertWritable` has checked every kind and type against the model's allowlists.
 */
export const WRITE_NODES = `UNWIND $rows AS row
CREATE (n:${ELEMENT_LABEL}:$(row.kind))
SET n = row, n.${GENERATION} = $generation`;
export const WRITE_RELATIONSHIPS = `UNWIND $rows AS row
MATCH (a:${ELEMENT_LABEL} {id: row.from, ${GENERATION}: $generation}), (b:${ELEMENT_LABEL} {id: row.to, ${GENERATION}: $generation})
CREATE (a)-[r:$(row.type) {${RELATIONSHIP_PROPERTY_KEYS.map((key) => `${key}: row.props.${key}`).join(', ')}}]->(b)`;

export function planSeed(model: DesignModel, batchSize = DEFAULT_BATCH_SIZE): SeedPlan {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new SeedFailedError(`batch size must be a positive integer, got ${batchSize}`);
  assertWritable(model);
  const edges = distinctEdges(model.edges);
  // In declaration order, so that batches (and the Cypher script) come out the same every time.
  const byKind = NODE_KINDS.flatMap((kind) => model.nodes.filter((n) => n.kind === kind));
  const byType = RELATIONSHIP_TYPES.flatMap((type) => edges.filter((e) => e.type === type));
  const rows = { nodes: byKind.map(nodeRowOf), relationships: byType.map(relationshipRowOf) };
  const nodeBatches = chunks(rows.nodes, batchSize).map((part): SeedBatch => ({ step: 'nodes', text: WRITE_NODES, rows: part }));
  const relationshipBatches = chunks(rows.relationships, batchSize).map((part): SeedBatch => ({ step: 'relationships', text: WRITE_RELATIONSHIPS, rows: part }));
  return {
    batches: [...nodeBatches, ...relationshipBatches],
    rows,
    counts: {
      nodes: model.nodes.length,
      relationships: edges.length,
      byKind: countsOf(NODE_KINDS, model.nodes.map((n) => ({ key: n.kind }))),
      byType: countsOf(RELATIONSHIP_TYPES, edges.map((e) => ({ key: e.type }))),
    },
  };
}
