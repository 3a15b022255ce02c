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
import type { GraphNode, GraphStore, Hop, HopTree, NeighbourNode } from '../store/port.js';
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

export interface Loaders {
  /** Nodes by id; `null` for an id no node has. */
  readonly node: DataLoader<string, GraphNode | null>;
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

/**
 * One `expand` call for a batch of (element, hop, tree below) requests: the union of their ids,
 * and one tree per hop merging what they ask below it. What the answer holds below the hops
 * asked goes into the caches — elements into the node loader, neighbours of the elements reached
 * into this loader — so the fields below are answered without another call.
 */
async function expandBatch(store: GraphStore, loaders: Loaders, requests: readonly HopFrom[]): Promise<(readonly NeighbourNode[])[]> {
  const ids = [...new Set(requests.map((r) => r.id))];
  const trees = mergedTrees(requests.map((r) => ({ hop: r.hop, then: r.then ?? [] })));
  const answers = await store.expand(ids, trees);
  const prime = (list: readonly NeighbourNode[], then: readonly HopTree[]) => {
    for (const neighbour of list) {
      loaders.node.prime(neighbour.id, neighbour.node);
      then.forEach((tree, i) => {
        const below = neighbour.then[i] ?? [];
        loaders.neighbours.prime({ id: neighbour.id, hop: tree.hop }, below);
        prime(below, tree.then);
      });
    }
  };
  answers.forEach((perTree) => perTree.forEach((list, i) => prime(list, trees[i]!.then)));
  const byKey = new Map(ids.flatMap((id, i) => trees.map((tree, t) => [cacheKeyOf({ id, hop: tree.hop }), answers[i]?.[t] ?? []] as const)));
  return requests.map((r) => byKey.get(cacheKeyOf(r)) ?? []);
}

function createLoaders(store: GraphStore): Loaders {
  // The store answers aligned with the ids it is given, as DataLoader requires.
  const node = new DataLoader<string, GraphNode | null>((ids) => store.nodes(ids), { batchScheduleFn: afterPendingContinuations });
  const loaders: Loaders = {
    node,
    neighbours: new DataLoader<HopFrom, readonly NeighbourNode[], string>((requests) => expandBatch(store, loaders, requests), {
      cacheKeyFn: cacheKeyOf,
      batchScheduleFn: afterPendingContinuations,
    }),
  };
  return loaders;
}
