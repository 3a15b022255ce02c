/**
 * Per-request DataLoaders, so that a GraphQL request costs a number of store round-trips that
 * grows with the depth of the query, not with the number of results.
 *
 * Every relationship field of a request goes through ONE loader, keyed by (element, hop). A
 * batch collects what the fields of one level asked for — many elements, many relationship
 * types, both directions — and sends one `store.expand` call for the union: the ids asked about
 * and the hops asked for, each hop with the tree of relationship fields the query selects below
 * it (selection-tree.ts). Each field then takes its own hop's neighbours out of the answer. The
 * answer carries the neighbours' elements, which go into the node loader's cache, and their own
 * neighbours down the tree, which go into this loader's: so the relationship fields below a root
 * lookup or list — every level of them — cost one round-trip in all (one Cypher statement on
 * Neo4j). A field the tree did not cover (one reached only under an alias of a hop already
 * asked, or `relationships`) costs a call at its level, as before.
 *
 * A root lookup goes through the node loader with the tree its selection asks for, and a root
 * list asks the store for its page with the tree (`expandNodes`, `expandList`): the root field
 * and the bounded selection below it are one round-trip, whose answer primes both loaders.
 *
 * A batch is dispatched with `setImmediate`, after every promise the last answer settled has run
 * its continuations: resolvers of one level that reach their relationship fields through a few
 * more `await`s than their siblings still join the same batch.
 *
 * The loaders live in a WeakMap keyed on the request's context object (as pothos does), so
 * they are created on first use, shared by every resolver of that request, and garbage
 * collected with it; nothing is cached across requests.
 */
import DataLoader from 'dataloader';
import { hopKey } from '../store/hop-key.js';
import type { ExpandedNode, GraphNode, GraphStore, Hop, HopTree, NeighbourNode } from '../store/port.js';
import { mergedTrees } from './selection-tree.js';
import type { ApiContext } from './context.js';
import { BASELINE, scopedStore, type DesignScope } from '../store/design-scope.js';

export interface HopFrom {
  /** The element the hop starts from. */
  readonly id: string;
  readonly hop: Hop;
  /** What the query reads below this hop: fetched in the same call, and served from the cache. */
  readonly then?: readonly HopTree[];
}

/** An element to look up, and what the query reads below it: fetched in the same call, and served from the cache. */
export interface NodeFrom {
  readonly id: string;
  readonly then?: readonly HopTree[];
}

export interface Loaders {
  /** Nodes by id; `null` for an id no node has. */
  readonly node: DataLoader<NodeFrom, GraphNode | null, string>;
  /** The neighbours (with their elements) of an element across one hop. */
  readonly neighbours: DataLoader<HopFrom, readonly NeighbourNode[], string>;
}

/** Per request, per design scope asked for in it (by its change requests). */
const loadersByRequest = new WeakMap<ApiContext, Map<string, Loaders>>();

/** The request's loaders reading the design `scope` (the baselined design unless asked otherwise). */
export function loadersFor(context: ApiContext, scope: DesignScope = BASELINE): Loaders {
  let byScope = loadersByRequest.get(context);
  if (!byScope) {
    byScope = new Map();
    loadersByRequest.set(context, byScope);
  }
  const key = [...scope.includeProposed].sort().join(',');
  let loaders = byScope.get(key);
  if (!loaders) {
    loaders = createLoaders(scopedStore(context.store, scope));
    byScope.set(key, loaders);
  }
  return loaders;
}

const afterPendingContinuations = (dispatch: () => void) => void setImmediate(dispatch);

const cacheKeyOf = ({ id, hop }: HopFrom) => `${id} ${hopKey(hop)}`;

/** Into the caches: the neighbours of `id` over each of `trees` (aligned with `then`), their elements, and theirs below, however deep. */
function primeBelow(loaders: Loaders, id: string, then: ExpandedNode['then'], trees: readonly HopTree[]): void {
  trees.forEach((tree, i) => {
    const below = then[i] ?? [];
    loaders.neighbours.prime({ id, hop: tree.hop }, below);
    for (const neighbour of below) {
      loaders.node.prime({ id: neighbour.id }, neighbour.node);
      primeBelow(loaders, neighbour.id, neighbour.then, tree.then);
    }
  });
}

/** Into the caches: an element a store call answered with its neighbours over `trees`, so that the fields below it need no other call. */
export function primeExpanded(loaders: Loaders, { node, then }: ExpandedNode, trees: readonly HopTree[]): void {
  loaders.node.prime({ id: node.id }, node);
  primeBelow(loaders, node.id, then, trees);
}

/** One `expandNodes` call for a batch of lookups: their ids, and the merge of the trees they ask below. */
async function nodeBatch(store: GraphStore, loaders: Loaders, requests: readonly NodeFrom[]): Promise<(GraphNode | null)[]> {
  const trees = mergedTrees(requests.flatMap((r) => r.then ?? []));
  const answers = await store.expandNodes(requests.map((r) => r.id), trees);
  return answers.map((expanded) => {
    if (expanded) primeBelow(loaders, expanded.node.id, expanded.then, trees);
    return expanded?.node ?? null;
  });
}

/**
 * One `expand` call for a batch of (element, hop, tree below) requests: the union of their ids,
 * and one tree per hop merging what they ask below it. What the answer holds below the hops
 * asked goes into the caches, so the fields below are answered without another call.
 */
async function expandBatch(store: GraphStore, loaders: Loaders, requests: readonly HopFrom[]): Promise<(readonly NeighbourNode[])[]> {
  const ids = [...new Set(requests.map((r) => r.id))];
  const trees = mergedTrees(requests.map((r) => ({ hop: r.hop, then: r.then ?? [] })));
  const answers = await store.expand(ids, trees);
  ids.forEach((id, i) => primeBelow(loaders, id, answers[i] ?? [], trees));
  const byKey = new Map(ids.flatMap((id, i) => trees.map((tree, t) => [cacheKeyOf({ id, hop: tree.hop }), answers[i]?.[t] ?? []] as const)));
  return requests.map((r) => byKey.get(cacheKeyOf(r)) ?? []);
}

function createLoaders(store: GraphStore): Loaders {
  // The store answers aligned with the ids it is given, as DataLoader requires.
  const loaders: Loaders = {
    node: new DataLoader<NodeFrom, GraphNode | null, string>((requests) => nodeBatch(store, loaders, requests), {
      cacheKeyFn: ({ id }) => id,
      batchScheduleFn: afterPendingContinuations,
    }),
    neighbours: new DataLoader<HopFrom, readonly NeighbourNode[], string>((requests) => expandBatch(store, loaders, requests), {
      cacheKeyFn: cacheKeyOf,
      batchScheduleFn: afterPendingContinuations,
    }),
  };
  return loaders;
}
