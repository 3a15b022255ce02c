/**
 * Looking elements up by id, with the input checks every query shares: an unknown id is a
 * NotFoundError, an id of the wrong kind a BadInputError. Batch-shaped like the port: one
 * round-trip whatever the number of ids.
 */
import { BadInputError, NotFoundError, quoted } from '../errors.js';
import type { NodeKind } from '../model/kinds.js';
import type { GraphNode, GraphStore, NodeQuery } from '../store/port.js';

export interface NodeRef {
  readonly id: string;
  /** The kind the caller expects; any kind when absent. */
  readonly kind?: NodeKind;
}

/**
 * The element the store found for `ref`: a NotFoundError when there is none, a BadInputError when
 * it is of another kind than the one asked for. The GraphQL lookups apply it to what their
 * loader finds, so both ways in answer alike.
 */
export function checkedNode({ id, kind }: NodeRef, node: GraphNode | null | undefined): GraphNode {
  if (!node) throw new NotFoundError(kind ?? 'Element', id);
  if (kind && node.kind !== kind) throw new BadInputError(`${quoted(id)} is a ${node.kind}, not a ${kind}`);
  return node;
}

/** The elements `refs` name, in the same order; throws on the first unknown id or wrong kind. */
export async function getNodes(store: GraphStore, refs: readonly NodeRef[]): Promise<GraphNode[]> {
  const found = refs.length === 0 ? [] : await store.nodes(refs.map((ref) => ref.id));
  return refs.map((ref, i) => checkedNode(ref, found[i]));
}

export async function getNode(store: GraphStore, id: string, kind?: NodeKind): Promise<GraphNode> {
  const [node] = await getNodes(store, [{ id, kind }]);
  return node as GraphNode;
}

/** For optional arguments: `null` when no id is given. */
export async function getOptionalNode(store: GraphStore, id: string | undefined, kind: NodeKind): Promise<GraphNode | null> {
  return id === undefined ? null : getNode(store, id, kind);
}

/** Elements fetched by id, for building results from the ids a walk or a neighbours call found. */
export class FetchedNodes {
  constructor(private readonly byId: ReadonlyMap<string, GraphNode>) {}

  one(id: string): GraphNode {
    const node = this.byId.get(id);
    // The store named this id itself (as a neighbour), so a miss means the store is inconsistent.
    if (!node) throw new Error(`The store returned '${id}' as a neighbour but not as a node`);
    return node;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(ids: Iterable<string>): GraphNode[] {
    return [...ids].map((id) => this.one(id));
  }
}

/** Fetches the elements of `ids` in one round-trip (none when there is nothing to fetch). */
export async function fetchNodes(store: GraphStore, ids: Iterable<string>): Promise<FetchedNodes> {
  const unique = [...new Set(ids)];
  const found = unique.length === 0 ? [] : await store.nodes(unique);
  return new FetchedNodes(new Map(found.flatMap((node) => (node ? [[node.id, node] as const] : []))));
}

/** Every element matching `query`, by id, in one round-trip (a single page as large as the model). */
export async function listAll(store: GraphStore, query: NodeQuery): Promise<readonly GraphNode[]> {
  return (await store.list(query, { first: Number.MAX_SAFE_INTEGER })).items;
}
