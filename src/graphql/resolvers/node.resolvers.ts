/**
 * Root lookups and lists: `node(id)`, and for every kind a lookup by id (`requirement(id)`) and
 * a Relay connection (`requirements(first, after, search, where)`), generated from NODE_KINDS.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { checkedNode } from '../../domain/lookups.js';
import { BadInputError } from '../../errors.js';
import { KINDS, NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { loadersFor, primeExpanded } from '../loaders.js';
import { toNodeSource, type NodeSource } from '../node-source.js';
import { CONNECTION_TYPES, type ConnectionSource } from '../types/connection.js';
import { MAX_PAGE_SIZE } from '../page-size.js';
import { ListArgs } from '../types/list-args.js';
import { Node } from '../types/node.js';
import { NODE_TYPES } from '../types/node-kinds.js';
import { includeProposedArg, scopeFor } from '../scope-args.js';
import { hopTreesOfConnection, hopTreesOfLookup } from '../selection-tree.js';
import { propertyFilterOf } from '../where.js';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** `Requirement` → `requirement`. */
export const lookupFieldOf = (kind: NodeKind) => lowerFirst(kind);
/** `Requirement` → `requirements`: the YAML key of the kind, which is already its plural (ProcessStep has none). */
export const listFieldOf = (kind: NodeKind) => KINDS[kind].yamlKey ?? `${lowerFirst(kind)}s`;

/**
 * The domain's lookup checks, on what the loader finds, so that aliased lookups batch; the
 * relationship fields selected below come in the same store call.
 */
async function lookup(kind: NodeKind | undefined, id: string, includeProposed: string[] | null | undefined, context: ApiContext, info: GraphQLResolveInfo): Promise<NodeSource> {
  const { scope } = await scopeFor(context, includeProposed);
  const then = hopTreesOfLookup(kind ? [kind] : NODE_KINDS, info);
  return toNodeSource(checkedNode({ id, kind }, await loadersFor(context, scope).node.load({ id, then })), scope);
}

/** A page of `kind` elements, with the relationship fields selected below its nodes in the same store call. */
async function list(kind: NodeKind, args: ListArgs, context: ApiContext, info: GraphQLResolveInfo): Promise<ConnectionSource> {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${args.first}`);
  }
  const { scope, store } = await scopeFor(context, args.includeProposed);
  const query = { kind, search: args.search ?? undefined, where: propertyFilterOf(kind, args.where ?? undefined) };
  const trees = hopTreesOfConnection(kind, info);
  const page = await store.expandList(query, { first: args.first, after: args.after == null ? undefined : decodeCursor(args.after) }, trees);
  const loaders = loadersFor(context, scope);
  const edges = page.items.map((expanded) => {
    // The fields below read from the cache; later fields of the request (paths, lookups) may ask for these nodes again.
    primeExpanded(loaders, expanded, trees);
    return { cursor: encodeCursor(expanded.node.id), node: toNodeSource(expanded.node, scope) };
  });
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any element by id, whatever its kind; a NOT_FOUND error when no element has the id.' })
  node(
    @Arg('id', () => ID, { description: 'The element\'s id, e.g. `IF-021`.' }) id: string,
    @includeProposedArg() includeProposed: string[] | null | undefined,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeSource> {
    return lookup(undefined, id, includeProposed, context, info);
  }
}

/** The lookup and list queries of every kind, on one generated resolver class. */
function kindQueriesResolver(): Function {
  class KindQueriesResolver {}
  const prototype = KindQueriesResolver.prototype as Record<string, unknown>;
  const define = (name: string, value: (...args: never[]) => unknown): PropertyDescriptor => {
    const descriptor = { value };
    Object.defineProperty(prototype, name, descriptor);
    return descriptor;
  };
  for (const kind of NODE_KINDS) {
    const lookupField = lookupFieldOf(kind);
    const lookupDescriptor = define(lookupField, (id: string, includeProposed: string[] | null | undefined, context: ApiContext, info: GraphQLResolveInfo) =>
      lookup(kind, id, includeProposed, context, info),
    );
    Query(() => NODE_TYPES[kind], {
      nullable: true,
      description: `The ${kind} with this id; a NOT_FOUND error when no element has it, BAD_USER_INPUT when it is another kind's.`,
    })(prototype, lookupField, lookupDescriptor);
    Arg('id', () => ID, { description: `The ${kind}'s id, e.g. \`${KINDS[kind].idExample}\`.` })(prototype, lookupField, 0);
    includeProposedArg()(prototype, lookupField, 1);
    Ctx()(prototype, lookupField, 2);
    Info()(prototype, lookupField, 3);

    const listField = listFieldOf(kind);
    const listDescriptor = define(listField, (args: ListArgs, context: ApiContext, info: GraphQLResolveInfo) => list(kind, args, context, info));
    Query(() => CONNECTION_TYPES[kind], { description: `${kind} elements, a page at a time, ordered by id.` })(prototype, listField, listDescriptor);
    Args(() => ListArgs)(prototype, listField, 0);
    Ctx()(prototype, listField, 1);
    Info()(prototype, listField, 2);
  }
  Resolver()(KindQueriesResolver);
  return KindQueriesResolver;
}

export const KindQueriesResolver = kindQueriesResolver();
