/**
 * The embedded GraphStore: the whole design model held in memory, indexed once when the store is
 * created. It is the default store (nothing to set up) and the reference the Neo4j adapter is
 * tested against, so it implements the port's ordering rules literally.
 */
import type { DesignModel } from '../model/design-model.js';
import type { NodeKind } from '../model/kinds.js';
import { isHiddenIn, type DesignScope } from './design-scope.js';
import { hopKey } from './hop-key.js';
import { byCodeUnits, byId, byTypeDirectionId } from './order.js';
import type { ExpandedNode, GraphNode, GraphStore, Hop, HopTree, Neighbour, NeighbourNode, NodeQuery, Page, PageRequest, PropertyFilter, SearchQuery } from './port.js';
import { reachIn } from './reach.js';
import { beginsAWord, checkSearchTerms, SEARCH_FIELDS, searchFieldOf, wordsOf } from './search-words.js';

const matchesSearch = (node: GraphNode, search: string | undefined): boolean => {
  if (search === undefined) return true;
  const needle = search.toLowerCase();
  return node.id.toLowerCase().includes(needle) || node.props.name.toLowerCase().includes(needle);
};

/** Equality on scalar properties; a list-valued property matches when it contains the value. */
const matchesWhere = (node: GraphNode, where: PropertyFilter | undefined): boolean =>
  Object.entries(where ?? {}).every(([key, wanted]) => {
    const value = node.props[key];
    return Array.isArray(value) ? value.includes(wanted) : value === wanted;
  });

const inScope = (node: GraphNode, scope: DesignScope | undefined): boolean => !scope || !isHiddenIn(node.props.proposedBy, scope);

/** The distinct words of the fields search reads, per node: the text is split once, not per search. */
const searchWordsOf = (node: GraphNode): string[] => [
  ...new Set(SEARCH_FIELDS.flatMap((field) => wordsOf(searchFieldOf(node, field) ?? ''))),
];

const matchesTerms = (words: readonly string[], terms: readonly string[]): boolean => terms.every((term) => beginsAWord(words, term));

/** Up to `first` of `matching` from index `from`, with what the whole list says about paging. */
function pageOf(matching: readonly GraphNode[], from: number, first: number): Page<GraphNode> {
  const end = from + Math.max(0, first);
  return { items: matching.slice(from, end), hasNextPage: end < matching.length, totalCount: matching.length };
}

/**
 * Every node's neighbours in both directions, sorted as the port promises. An edge given twice
 * counts once, as it does in Neo4j where the seed MERGEs relationships.
 */
function indexNeighbours(model: DesignModel, nodesById: ReadonlyMap<string, GraphNode>): Map<string, Neighbour[]> {
  const adjacency = new Map<string, Neighbour[]>();
  const seen = new Set<string>();
  const add = (at: string, neighbour: Neighbour) => adjacency.get(at)?.push(neighbour);
  for (const node of nodesById.values()) adjacency.set(node.id, []);
  for (const edge of model.edges) {
    const from = nodesById.get(edge.from);
    const to = nodesById.get(edge.to);
    const key = `${edge.type} ${edge.from} ${edge.to}`;
    if (!from || !to || seen.has(key)) continue;
    seen.add(key);
    const meta = { provenance: edge.provenance, ...(edge.proposedBy ? { proposedBy: edge.proposedBy } : {}) };
    add(from.id, { type: edge.type, direction: 'OUT', id: to.id, kind: to.kind, ...meta });
    add(to.id, { type: edge.type, direction: 'IN', id: from.id, kind: from.kind, ...meta });
  }
  for (const neighbours of adjacency.values()) neighbours.sort(byTypeDirectionId);
  return adjacency;
}

export function createMemoryStore(model: DesignModel): GraphStore {
  const nodesById = new Map<string, GraphNode>(
    model.nodes.map(({ id, kind, props }) => [id, { id, kind, props }]),
  );
  const nodesByKind = new Map<NodeKind, GraphNode[]>();
  for (const node of nodesById.values()) {
    const ofKind = nodesByKind.get(node.kind) ?? [];
    ofKind.push(node);
    nodesByKind.set(node.kind, ofKind);
  }
  for (const ofKind of nodesByKind.values()) ofKind.sort(byId);
  const adjacency = indexNeighbours(model, nodesById);
  const neighboursOf = (ids: readonly string[], hops: readonly Hop[]): Neighbour[][] => {
    const wanted = new Set(hops.map(hopKey));
    return ids.map((id) => (adjacency.get(id) ?? []).filter((neighbour) => wanted.has(hopKey(neighbour))));
  };
  const expandOne = (id: string, { hop, then }: HopTree): NeighbourNode[] =>
    // Every neighbour is a node of the store: indexNeighbours only links nodes it holds.
    neighboursOf([id], [hop])[0]!.map((neighbour) => ({ ...neighbour, node: nodesById.get(neighbour.id)!, then: then.map((t) => expandOne(neighbour.id, t)) }));
  const expanded = (node: GraphNode, trees: readonly HopTree[]): ExpandedNode => ({ node, then: trees.map((tree) => expandOne(node.id, tree)) });
  const listed = ({ kind, search, where, scope }: NodeQuery, { first, after }: PageRequest): Page<GraphNode> => {
    const matching = (nodesByKind.get(kind) ?? []).filter(
      (node) => matchesSearch(node, search) && matchesWhere(node, where) && inScope(node, scope),
    );
    const start = after === undefined ? 0 : matching.findIndex((node) => byCodeUnits(node.id, after) > 0);
    return pageOf(matching, start === -1 ? matching.length : start, first);
  };
  // Built at the first search, not at start: splitting every element's text is a tenth of the
  // start-up at 100× the shipped model, and a server may never be asked to search.
  let searchable: { readonly node: GraphNode; readonly words: readonly string[] }[] | undefined;
  const searchIndex = () => (searchable ??= [...nodesById.values()].sort(byId).map((node) => ({ node, words: searchWordsOf(node) })));

  return {
    name: 'memory',

    async nodes(ids) {
      return ids.map((id) => nodesById.get(id) ?? null);
    },

    async expandNodes(ids, trees) {
      return ids.map((id) => {
        const node = nodesById.get(id);
        return node ? expanded(node, trees) : null;
      });
    },

    async list(query, page) {
      return listed(query, page);
    },

    async expandList(query, request, trees) {
      const page = listed(query, request);
      return { ...page, items: page.items.map((node) => expanded(node, trees)) };
    },

    async search({ terms, kinds, scope }: SearchQuery, first) {
      checkSearchTerms(terms);
      const ofKinds = kinds && new Set(kinds);
      const matching = searchIndex().flatMap(({ node, words }) =>
        (!ofKinds || ofKinds.has(node.kind)) && inScope(node, scope) && matchesTerms(words, terms) ? [node] : [],
      );
      return pageOf(matching, 0, first);
    },

    async neighbours(ids, hops) {
      return neighboursOf(ids, hops);
    },

    async expand(ids, trees) {
      return ids.map((id) => trees.map((tree) => expandOne(id, tree)));
    },

    async reach(query) {
      const { scope } = query;
      const node = (id: string) => {
        const found = nodesById.get(id);
        return found && inScope(found, scope) ? found : undefined;
      };
      const neighbours = (id: string) => (adjacency.get(id) ?? []).filter((neighbour) => !scope || !isHiddenIn(neighbour.proposedBy, scope));
      return reachIn({ node, neighbours }, query);
    },

    async health() {
      return {
        store: 'memory',
        ok: true,
        detail: `${nodesById.size} elements held in memory`,
        modelHash: model.hash,
        nodeCount: nodesById.size,
      };
    },

    async close() {
      // Nothing to release: the model is garbage-collected with the store.
    },
  };
}
