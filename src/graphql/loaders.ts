/**
 * Per-request DataLoaders, so that a GraphQL request costs a number of store round-trips that
 * grows with the depth of the query, not with the number of results.
 *
 * There is one `neighbours` loader per (relationship type, direction), and a loader sends one
 * batched `store.neighbours` call per tick. So at one level of a query a relationship field
 * costs one call however many elements it is selected on, and each distinct relationship field
 * selected at that level costs a call of its own. The nodes those calls name go through the one
 * node loader: one batched `store.nodes` call per tick — one per level when the neighbours calls
 * answer together, at most one per neighbours call.
 *
 * The loaders live in a WeakMap keyed on the request's context object (as pothos does), so
 * they are created on first use, shared by every resolver of that request, and garbage
 * collected with it; nothing is cached across requests.
 */
import DataLoader from 'dataloader';
import type { RelationshipType } from '../model/relationships.js';
import { hopKey } from '../store/hop-key.js';
import type { Direction, GraphNode, Neighbour } from '../store/port.js';
import type { ApiContext } from './context.js';

export interface Loaders {
  /** Nodes by id; `null` for an id no node has. */
  readonly node: DataLoader<string, GraphNode | null>;
  /** The neighbours of a node across one relationship type in one direction. */
  neighbours(type: RelationshipType, direction: Direction): DataLoader<string, readonly Neighbour[]>;
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

function createLoaders({ store }: ApiContext): Loaders {
  // The store answers aligned with the ids it is given, as DataLoader requires.
  const node = new DataLoader<string, GraphNode | null>((ids) => store.nodes(ids));
  const byHop = new Map<string, DataLoader<string, readonly Neighbour[]>>();
  return {
    node,
    neighbours(type, direction) {
      const hop = { type, direction };
      const key = hopKey(hop);
      let loader = byHop.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => store.neighbours(ids, [hop]));
        byHop.set(key, loader);
      }
      return loader;
    },
  };
}

/** Loads the nodes with these ids, in order, leaving out ids no node has. */
export async function loadNodes(loaders: Loaders, ids: readonly string[]): Promise<GraphNode[]> {
  const nodes = await Promise.all(ids.map((id) => loaders.node.load(id)));
  return nodes.filter((n): n is GraphNode => n !== null);
}
