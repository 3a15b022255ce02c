/**
 * Type definitions for `@neo4j/graphql` describing the same graph this API serves: one `@node`
 * type per kind (its label), with `id`, `name` and every relationship field this API has — same
 * names, same relationship types and directions — as `@relationship` fields. Relationships that
 * can end at several kinds get a union. Every relationship field is a list: `@neo4j/graphql`
 * would have to trust the data for a single one, and the benchmark's clients take the first item.
 */
import { NODE_KINDS, type NodeKind } from '../../src/model/kinds.js';
import { RELATIONSHIPS, type RelationshipType } from '../../src/model/relationships.js';
import { relationshipFieldsOf, type RelationshipField } from '../../src/graphql/relationship-fields.js';
import { targetsOf } from '../../src/graphql/selection-tree.js';

const unionOf = (type: RelationshipType) => `${type}_Target`;

const fieldTypeOf = (field: RelationshipField): string => {
  const targets = targetsOf(field);
  return targets.length === 1 ? targets[0]! : unionOf(field.type);
};

export function peerTypeDefs(): string {
  const unions = [...new Set(NODE_KINDS.flatMap((kind) => relationshipFieldsOf(kind)).filter((f) => targetsOf(f).length > 1).map((f) => f.type))].map(
    (type) => `union ${unionOf(type)} = ${RELATIONSHIPS[type].to.join(' | ')}`,
  );
  const types = NODE_KINDS.map((kind) => {
    const fields = relationshipFieldsOf(kind).map(
      (f) => `  ${f.name}: [${fieldTypeOf(f)}!]! @relationship(type: "${f.type}", direction: ${f.direction})`,
    );
    return `type ${kind} @node {\n  id: ID!\n  name: String!\n${fields.join('\n')}\n}`;
  });
  return [...unions, ...types].join('\n\n');
}

/**
 * The GraphQL selection of `{ id }` on a relationship field's targets, as the peer's schema
 * needs it: inline fragments for a union, then `inner(kind)` inside each.
 */
export function peerSelection(field: RelationshipField, inner: (kind: NodeKind) => string = () => ''): string {
  const targets = targetsOf(field);
  if (targets.length === 1) return `{ id ${inner(targets[0]!)} }`;
  return `{ ${targets.map((kind) => `... on ${kind} { id ${inner(kind)} }`).join(' ')} }`;
}
