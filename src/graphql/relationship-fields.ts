/**
 * The relationship fields of each node type, derived from RELATIONSHIPS: every relationship
 * gives a `field` on its `from` kind and an `inverseField` on each of its `to` kinds, so adding a
 * relationship to the model adds both GraphQL fields with no change here.
 */
import type { NodeKind } from '../model/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES, type RelationshipSpec, type RelationshipType } from '../model/relationships.js';
import type { Direction } from '../store/port.js';

export interface RelationshipField {
  /** The GraphQL field name on `kind`. */
  readonly name: string;
  readonly kind: NodeKind;
  readonly type: RelationshipType;
  readonly direction: Direction;
  /** The kind at the other end, or `null` when several kinds can be there (the field returns `Node`). */
  readonly target: NodeKind | null;
  /** At most one element at the other end: the field is a nullable object, not a list. */
  readonly single: boolean;
  readonly description: string;
}

function forward(type: RelationshipType, spec: RelationshipSpec): RelationshipField {
  return {
    name: spec.field,
    kind: spec.from,
    type,
    direction: 'OUT',
    target: spec.to.length === 1 ? spec.to[0]! : null,
    single: spec.yaml !== 'implicit' && spec.yaml.cardinality === 'one',
    description: `${spec.description} (${type})`,
  };
}

function inverse(type: RelationshipType, spec: RelationshipSpec, kind: NodeKind): RelationshipField {
  // Implicit relationships are stated by where an element is written (nested under its process,
  // under the `definedBy` of its file), and an element is written in one place only.
  const single = spec.yaml === 'implicit';
  const sentence = spec.description.charAt(0).toLowerCase() + spec.description.slice(1);
  return {
    name: spec.inverseField,
    kind,
    type,
    direction: 'IN',
    target: spec.from,
    single,
    description: `Inverse of ${spec.from}.${spec.field} (${type}): the ${spec.from}${single ? '' : ' elements'} for which this element is ${sentence}`,
  };
}

const ALL_FIELDS: readonly RelationshipField[] = RELATIONSHIP_TYPES.flatMap((type) => {
  const spec: RelationshipSpec = RELATIONSHIPS[type];
  return [forward(type, spec), ...spec.to.map((kind) => inverse(type, spec, kind))];
});

export const relationshipFieldsOf = (kind: NodeKind): readonly RelationshipField[] =>
  ALL_FIELDS.filter((f) => f.kind === kind);
