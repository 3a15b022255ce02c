/**
 * Field resolvers for the relationship fields of every node type, generated from
 * relationship-fields.ts with type-graphql's decorator functions: one resolver class per kind,
 * one method per relationship field. Each field reads through the per-request neighbours loader,
 * so all the relationship fields of one level of a query cost one round-trip together, whatever
 * the number of elements they are selected on (see loaders.ts for how the calls batch).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { ReviewState } from '../../domain/results.js';
import { relationshipSentence } from '../../domain/sentences.js';
import { reviewStateOf } from '../../domain/suspects.js';
import { readReviewLock, type ReviewLock } from '../../model/reviews-lock.js';
import { NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../model/relationships.js';
import { byTypeDirectionId } from '../../store/order.js';
import type { Direction, Hop } from '../../store/port.js';
import { DirectionEnum, RelationshipTypeEnum, ReviewStateEnum } from '../enums.js';
import { historyOf, type ApiContext } from '../context.js';
import { loadersFor } from '../loaders.js';
import { scopeOf, toNodeSource, toProposal, toRelationshipProvenance, type NodeSource } from '../node-source.js';
import { relationshipFieldsOf, type RelationshipField } from '../relationship-fields.js';
import { hopTreesBelow } from '../selection-tree.js';
import { Node } from '../types/node.js';
import { NODE_TYPES } from '../types/node-kinds.js';
import { RelationshipEdge } from '../types/relationship-edge.js';

async function resolveRelationship(field: RelationshipField, root: NodeSource, context: ApiContext, info: GraphQLResolveInfo) {
  const hop = { type: field.type, direction: field.direction };
  const scope = scopeOf(root);
  const neighbours = await loadersFor(context, scope).neighbours.load({ id: root.id, hop, then: hopTreesBelow(field, info) });
  const nodes = neighbours.map((n) => toNodeSource(n.node, scope));
  return field.single ? (nodes[0] ?? null) : nodes;
}

function relationshipResolverOf(kind: NodeKind): Function {
  const name = `${kind}RelationshipResolver`;
  const resolver = { [name]: class {} }[name]!;
  const prototype = resolver.prototype as Record<string, unknown>;
  for (const field of relationshipFieldsOf(kind)) {
    const target = field.target ? NODE_TYPES[field.target] : Node;
    const descriptor: PropertyDescriptor = {
      value: (root: NodeSource, context: ApiContext, info: GraphQLResolveInfo) => resolveRelationship(field, root, context, info),
    };
    Object.defineProperty(prototype, field.name, descriptor);
    FieldResolver(() => (field.single ? target : [target]), {
      name: field.name,
      nullable: field.single,
      description: field.description,
    })(prototype, field.name, descriptor);
    Root()(prototype, field.name, 0);
    Ctx()(prototype, field.name, 1);
    Info()(prototype, field.name, 2);
  }
  Resolver(() => NODE_TYPES[kind])(resolver);
  return resolver;
}



/**
 * The hops `relationships(types, direction)` asks for: every type and direction asked, whatever
 * the element's kind (a store has no relationship of a type an element cannot have).
 */
const hopsOf = (types: readonly RelationshipType[] | null | undefined, direction: Direction | null | undefined): Hop[] =>
  (types ?? RELATIONSHIP_TYPES).flatMap((type) =>
    (['OUT', 'IN'] as const).filter((d) => !direction || d === direction).map((d) => ({ type, direction: d })),
  );

@Resolver(() => Node)
export class NodeRelationshipsResolver {
  @FieldResolver(() => [RelationshipEdge], {
    description:
      'The relationships of this element as edges, each with its own provenance and proposal, ordered by (type, direction, id). ' +
      'Every relationship by default; `types` and `direction` narrow them.',
  })
  async relationships(
    @Root() root: NodeSource,
    @Ctx() context: ApiContext,
    @Arg('types', () => [RelationshipTypeEnum], { nullable: true, description: 'Only these relationship types.' }) types?: RelationshipType[] | null,
    @Arg('direction', () => DirectionEnum, { nullable: true, description: 'Only relationships starting here (OUT) or pointing here (IN).' })
    direction?: Direction | null,
  ): Promise<RelationshipEdge[]> {
    const hops = hopsOf(types, direction);
    if (hops.length === 0) return [];
    const scope = scopeOf(root);
    const { neighbours } = loadersFor(context, scope);
    // Each hop through the one loader: a level's edges join its relationship fields' single call.
    const lists = await Promise.all(hops.map((hop) => neighbours.load({ id: root.id, hop })));
    return lists
      .flat()
      .sort(byTypeDirectionId)
      .map((n) => {
        const node = toNodeSource(n.node, scope);
        const [from, to] = n.direction === 'OUT' ? [root, node] : [node, root];
        return {
          type: n.type,
          direction: n.direction,
          sentence: relationshipSentence(root.id, n.type, n.direction, n.id),
          node,
          provenance: toRelationshipProvenance(n.provenance),
          proposedBy: toProposal(n.proposedBy),
          link: { type: n.type, from, to },
        };
      });
  }
}

/** The model's review lock, read once per request whatever the number of edges asking. */
const locks = new WeakMap<ApiContext, Promise<ReviewLock>>();

@Resolver(() => RelationshipEdge)
export class RelationshipEdgeResolver {
  @FieldResolver(() => ReviewStateEnum, {
    nullable: true,
    description:
      'Whether the relationship still holds as reviewed (reviews.lock.yaml): SUSPECT when the element it depends on changed since its review; ' +
      'null for relationships along which no change propagates, which are not reviewed. `suspectLinks` says what changed.',
  })
  async reviewState(@Root() edge: RelationshipEdge, @Ctx() context: ApiContext): Promise<ReviewState | null> {
    let lock = locks.get(context);
    if (!lock) {
      lock = readReviewLock(historyOf(context).modelDir);
      locks.set(context, lock);
    }
    return reviewStateOf(await lock, edge.link.type, edge.link.from, edge.link.to);
  }
}

export const RELATIONSHIP_RESOLVERS: readonly Function[] = [
  ...NODE_KINDS.map(relationshipResolverOf),
  NodeRelationshipsResolver,
  RelationshipEdgeResolver,
];
