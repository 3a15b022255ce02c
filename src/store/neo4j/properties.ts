/**
 * How an element is stored as a Neo4j node, and read back.
 *
 * An element's props are stored twice: every scalar (and list of scalars) as a node property,
 * so that indexes, filters and people in Neo4j Browser can use them; and all props as one JSON
 * string (`_props`), from which reads rebuild the props exactly — key order, nested values such
 * as `source` or `entryIntervals` (which Neo4j properties cannot hold) and number types
 * included. That is what makes the Neo4j store answer byte for byte like the memory store.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { ModelEdge, ModelNode, PropertyValue } from '../../model/design-model.js';
import { fingerprintOf } from '../../model/fingerprint.js';
import { isNodeKind } from '../../model/kinds.js';
import type { GraphNode, Neighbour } from '../port.js';
import { PROPS_JSON, RELATIONSHIP_META_JSON } from './cypher.js';

type Scalar = string | number | boolean;
type StoredValue = string | boolean | number | Integer | readonly (string | boolean | number | Integer)[];

const isScalar = (v: PropertyValue | undefined): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Integers are stored as Neo4j integers (what Cypher users expect: `sequence = 1`, not `1.0`). */
const storedScalar = (v: Scalar): string | boolean | number | Integer =>
  typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;

/** The Neo4j property form of a value, or undefined when only the JSON can hold it. */
function stored(value: PropertyValue | undefined): StoredValue | undefined {
  if (isScalar(value)) return storedScalar(value);
  if (Array.isArray(value) && value.every(isScalar) && new Set(value.map((v) => typeof v)).size <= 1) {
    return value.map(storedScalar);
  }
  return undefined;
}

/** The property map of the node an element is seeded as. */
export function nodePropertiesOf(node: ModelNode): Record<string, StoredValue> {
  const properties: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(node.props)) {
    const v = stored(value);
    if (v !== undefined) properties[key] = v;
  }
  // A proposal is nested in the props; its change request and change are properties too, for
  // the design-scope filter of list and search (cypher.ts `inScopeCondition`) and for Browser users.
  const { proposedBy } = node.props;
  if (proposedBy) Object.assign(properties, { proposedBy: proposedBy.cr, proposedChange: proposedBy.change });
  // The fingerprint is for Cypher users (suspect-link checks in Neo4j Browser); reads recompute it from the props.
  return { ...properties, id: node.id, kind: node.kind, fingerprint: fingerprintOf(node), [PROPS_JSON]: JSON.stringify(node.props) };
}

/** What a relationship carries besides its ends: its provenance and proposal. */
export type RelationshipMeta = Pick<Neighbour, 'provenance' | 'proposedBy'>;

/**
 * The property map of the relationship an edge is seeded as: the provenance state, its note or
 * paper, and the proposing change request as properties people can query in Neo4j Browser
 * (`WHERE r.provenance = 'INFERRED'`), and all of it as JSON for reads to rebuild exactly.
 */
export function relationshipPropertiesOf({ provenance, proposedBy }: ModelEdge): Record<string, StoredValue> {
  const meta: RelationshipMeta = { provenance, ...(proposedBy ? { proposedBy } : {}) };
  return {
    provenance: provenance.state,
    provenanceInherited: provenance.inherited,
    ...(provenance.state === 'SOURCE'
      ? { provenancePaper: provenance.source.paper, provenanceSection: provenance.source.section }
      : { provenanceNote: provenance.note }),
    ...(proposedBy ? { proposedBy: proposedBy.cr, proposedChange: proposedBy.change } : {}),
    [RELATIONSHIP_META_JSON]: JSON.stringify(meta),
  };
}

/** Rebuilds a relationship's provenance and proposal from the JSON a query returned. */
export const relationshipMetaOf = (metaJson: string): RelationshipMeta => JSON.parse(metaJson) as RelationshipMeta;

/** Rebuilds a port node from the `id`, `kind` and `_props` a query returned. */
export function graphNodeOf(id: string, kind: string, propsJson: string): GraphNode {
  if (!isNodeKind(kind)) throw new Error(`Neo4j node '${id}' has kind '${kind}', which is not a node kind of this model version`);
  return { id, kind, props: JSON.parse(propsJson) as GraphNode['props'] };
}

/**
 * A Neo4j integer (counts come back as such) as a JS number; refuses values a number cannot
 * hold exactly rather than answering with a silently rounded count.
 */
export function toSafeNumber(value: Integer | number): number {
  if (typeof value === 'number') return value;
  if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Neo4j integer ${value.toString()} is outside ±2^53 and cannot be a JS number`);
  return neo4j.integer.toNumber(value);
}
