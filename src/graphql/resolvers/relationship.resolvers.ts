/**
 * Field resolvers for the relationship fields of every node type, generated from
 * relationship-fields.ts with type-graphql's decorator functions: one resolver class per kind,
 * one method per relationship field. Each field reads through the per-request neighbours loader,
 * so all the relationship fields of one level of a query cost one round-trip together, whatever
 * the number of elements they are selected on (see loaders.ts for how the calls batch).
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import type { ApiContext } from '../context.js';
import { loadersFor } from '../loaders.js';
import { toNodeSource, type NodeSource } from '../node-source.js';
import { relationshipFieldsOf, type RelationshipField } from '../relationship-fields.js';
import { Node } from '../types/node.js';
import { NODE_TYPES } from '../types/node-kinds.js';

async function resolveRelationship(field: RelationshipField, root: NodeSource, context: ApiContext) {
  const neighbours = await loadersFor(context).neighbours.load({ id: root.id, hop: { type: field.type, direction: field.direction } });
  const nodes = neighbours.map((n) => toNodeSource(n.node));
  return field.single ? (nodes[0] ?? null) : nodes;
}

function relationshipResolverOf(kind: NodeKind): Function {
  const name = `${kind}RelationshipResolver`;
  const resolver = { [name]: class {} }[name]!;
  const prototype = resolver.prototype as Record<string, unknown>;
  for (const field of relationshipFieldsOf(kind)) {
    const target = field.target ? NODE_TYPES[field.target] : Node;
    const descriptor: PropertyDescriptor = {
      value: (root: NodeSource, context: ApiContext) => resolveRelationship(field, root, context),
    };
    Object.defineProperty(prototype, field.name, descriptor);
    FieldResolver(() => (field.single ? target : [target]), {
      name: field.name,
      nullable: field.single,
      description: field.description,
    })(prototype, field.name, descriptor);
    Root()(prototype, field.name, 0);
    Ctx()(prototype, field.name, 1);
  }
  Resolver(() => NODE_TYPES[kind])(resolver);
  return resolver;
}

export const RELATIONSHIP_RESOLVERS: readonly Function[] = NODE_KINDS.map(relationshipResolverOf);
