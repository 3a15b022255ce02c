/**
 * One GraphQL object type per node kind of src/model/kinds.ts, built from its declaration: the
 * type's description, and one field per declared property with the type, nullability and
 * description its zod schema gives (model-types.ts). Relationship fields (both directions) are
 * derived from RELATIONSHIPS by relationship-fields.ts and added by
 * resolvers/relationship.resolvers.ts. Adding a kind or a property needs no change here.
 */
import { ObjectType } from 'type-graphql';
import { KINDS, NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import { declareFields } from '../model-types.js';
import { Node } from './node.js';

function nodeTypeOf(kind: NodeKind): typeof Node {
  const type = { [kind]: class extends Node {} }[kind]!;
  declareFields(type, KINDS[kind].properties, kind);
  ObjectType(kind, { description: KINDS[kind].description, implements: Node })(type);
  return type;
}

/** The GraphQL type of each node kind. */
export const NODE_TYPES = Object.fromEntries(NODE_KINDS.map((kind) => [kind, nodeTypeOf(kind)])) as Record<NodeKind, typeof Node>;
