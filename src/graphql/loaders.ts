/**
 * Per-request DataLoaders, so that a GraphQL request costs a number of store round-trips that
 * grows with the depth of the query, not with the number of results.
 *
 * Every relationship field of a request goes through ONE loader, keyed by (element, hop). A
 * batch collects what the fields of one level asked for — many elements, many relationship
 * types, both directions — and sends one `store.expand` call for the union: the ids asked about
 * and the hops asked for. Each field then takes its own hop's neighbours out of the answer. The
 * answer carries the neighbours' elements, which go into the node loader's cache, so a level of
 * relationship fields costs one round-trip in all (one Cypher statement on Neo4j).
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
import type { GraphNode, GraphStore, Hop, NeighbourNode } from '../store/port.js';
import type { ApiContext } from './context.js';

export interface HopFrom {
  /** The element the hop starts from. */
  readonly id: string;
  readonly hop: Hop;
}

export interface Loaders {
  /** Nodes by id; `null` for an id no node has. */
  readonly node: DataLoader<string, GraphNode | null>;
  /** The neighbours (with their elements) of an element across one hop. */
  readonly neighbours: DataLoader<HopFrom, readonly NeighbourNode[], string>;
}

const loadersByRequest = new WeakMap<ApiContext, Loaders>();

export function loadersFor(context: ApiContext): Loaders {
  let loaders = loadersByRequest.get(context);
  if (!loaders) {
    loaders = createLoaders(context);
    loadersByRequest.set(context, loaders);
  }
  return loaders;
}

const afterPendingContinuations = (dispatch: () => void) => void setImmediate(dispatch);

/** One `expand` call for a batch of (element, hop) requests: the union of their ids and of their hops. */
async function expandBatch(store: GraphStore, node: Loaders['node'], requests: readonly HopFrom[]): Promise<(readonly NeighbourNode[])[]> {
  const ids = [...new Set(requests.map((r) => r.id))];
  const hops = [...new Map(requests.map((r) => [hopKey(r.hop), r.hop])).values()];
  const lists = await store.expand(ids, hops);
  const byId = new Map(ids.map((id, i) => [id, lists[i] ?? []]));
  for (const list of lists) for (const neighbour of list) node.prime(neighbour.id, neighbour.node);
  return requests.map(({ id, hop }) => {
    const wanted = hopKey(hop);
    return (byId.get(id) ?? []).filter((n) => hopKey(n) === wanted);
  });
}

function createLoaders({ store }: ApiContext): Loaders {
  // The store answers aligned with the ids it is given, as DataLoader requires.
  const node = new DataLoader<string, GraphNode | null>((ids) => store.nodes(ids), { batchScheduleFn: afterPendingContinuations });
  const neighbours = new DataLoader<HopFrom, readonly NeighbourNode[], string>((requests) => expandBatch(store, node, requests), {
    cacheKeyFn: ({ id, hop }) => `${id} ${hopKey(hop)}`,
    batchScheduleFn: afterPendingContinuations,
  });
  return { node, neighbours };
}
