/**
 * The GraphStore port: the only way the domain queries and the API reach the graph.
 *
 * It is deliberately small and batch-shaped. Every method takes many ids at once so that a
 * caller can answer one level of a query in one round-trip, whatever the number of results —
 * the DataLoaders and the breadth-first walks above rely on this.
 *
 * Determinism: both adapters return lists in the same order (documented per method; the
 * comparators are in order.ts), so the same model gives byte-identical answers from either store.
 */
import type { NodeKind } from '../model/kinds.js';
import type { NodeProps } from '../model/design-model.js';
import type { EdgeProvenance, Proposal } from '../model/provenance.js';
import type { RelationshipType } from '../model/relationships.js';
import type { DesignScope } from './design-scope.js';

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly props: NodeProps;
}

/** `OUT` follows a relationship from its `from` end, `IN` from its `to` end. */
export type Direction = 'OUT' | 'IN';

export interface Hop {
  readonly type: RelationshipType;
  readonly direction: Direction;
}

export interface Neighbour {
  readonly type: RelationshipType;
  readonly direction: Direction;
  /** The node at the other end. */
  readonly id: string;
  readonly kind: NodeKind;
  /** The relationship's provenance: its reference's own, or (`inherited`) its element's. */
  readonly provenance: EdgeProvenance;
  /** Set when a change request proposes the relationship. */
  readonly proposedBy?: Proposal;
}

/** A hop to follow, and the hops to follow on from each element it reaches (none: stop there). */
export interface HopTree {
  readonly hop: Hop;
  readonly then: readonly HopTree[];
}

/**
 * An element with its neighbours over each of some hop trees, aligned with the trees: what a
 * GraphQL field and the relationship fields selected below it read.
 */
export interface ExpandedNode {
  readonly node: GraphNode;
  readonly then: readonly (readonly NeighbourNode[])[];
}

/**
 * A neighbour with its element, for callers that read the elements a query reaches (the GraphQL
 * fields), and its own neighbours over each hop of the tree below, aligned with the tree's `then`.
 */
export interface NeighbourNode extends Neighbour, ExpandedNode {}

/** Equality on a scalar property; a list-valued property matches when it contains the value. */
export type PropertyFilter = Readonly<Record<string, string | number | boolean>>;

/** Which design a `list` or `search` answers in (see design-scope.ts); every element when absent. */
export interface Scoped {
  readonly scope?: DesignScope;
}

export interface NodeQuery extends Scoped {
  readonly kind: NodeKind;
  /** Case-insensitive substring of id or name. */
  readonly search?: string;
  readonly where?: PropertyFilter;
}

export interface SearchQuery extends Scoped {
  /** Words to find (see search-words.ts): at least one, each lower-case ASCII letters and digits. */
  readonly terms: readonly string[];
  /** Only elements of these kinds; every kind when absent. */
  readonly kinds?: readonly NodeKind[];
}

/**
 * The rules of a bounded walk: the hops an element goes on along, given its kind and the hop that
 * reached it (`null` for a start element); none makes it an end point. A pure function of its
 * arguments: adapters tabulate it (hop-rules.ts).
 */
export type HopRule = (kind: NodeKind, arrival: Hop | null) => readonly Hop[];

export interface ReachQuery extends Scoped {
  readonly start: readonly string[];
  /** At most this many hops from a start element. */
  readonly maxDepth: number;
  readonly hopsFrom: HopRule;
}

/**
 * The part of the graph a walk by `hopsFrom` from the start elements can see within `maxDepth`
 * hops — enough for any such walk, whichever of an element's ways in it keeps (see walk.ts) —
 * in one round-trip: for every element reached within `maxDepth − 1` hops, by any way in, its
 * neighbours over the hops the rules give it for that way in.
 */
export interface Reach {
  /** The start elements, aligned with `start`; null where no element has the id. */
  readonly start: readonly (GraphNode | null)[];
  /** The start elements and every element listed as a neighbour, by id. */
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** The neighbours of each element the walk goes on from, ordered by (type, direction, id). */
  readonly neighbours: ReadonlyMap<string, readonly Neighbour[]>;
}

export interface PageRequest {
  /** At most this many items. */
  readonly first: number;
  /** Only ids sorting after this one (keyset pagination). */
  readonly after?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export interface StoreHealth {
  readonly store: 'memory' | 'neo4j';
  readonly ok: boolean;
  readonly detail: string;
  readonly modelHash: string | null;
  readonly nodeCount: number | null;
}

export interface GraphStore {
  readonly name: 'memory' | 'neo4j';
  /** Nodes by id, aligned with `ids`; `null` where no node has that id. One round-trip. */
  nodes(ids: readonly string[]): Promise<readonly (GraphNode | null)[]>;
  /**
   * `nodes` with, for each node found, its neighbours over `trees` as `expand` gives them: a root
   * lookup and the bounded selection below it in one round-trip.
   */
  expandNodes(ids: readonly string[], trees: readonly HopTree[]): Promise<readonly (ExpandedNode | null)[]>;
  /** Nodes of one kind matching the query, ordered by id. One round-trip. */
  list(query: NodeQuery, page: PageRequest): Promise<Page<GraphNode>>;
  /**
   * `list` with, for each node of the page, its neighbours over `trees` as `expand` gives them: a
   * page and the bounded selection below it in one round-trip.
   */
  expandList(query: NodeQuery, page: PageRequest, trees: readonly HopTree[]): Promise<Page<ExpandedNode>>;
  /**
   * For each id (aligned with `ids`), the neighbours reached by any of `hops`, ordered by
   * (type, direction, id). Unknown ids get an empty list. One round-trip.
   */
  neighbours(ids: readonly string[], hops: readonly Hop[]): Promise<readonly (readonly Neighbour[])[]>;
  /**
   * For each id (aligned with `ids`) and each tree (aligned with `trees`), the neighbours over
   * the tree's hop, by id, each with its element and, recursively, its neighbours over the hops
   * below: a bounded selection of a query — every level of it, whatever the number of ids, hops
   * and levels — in one round-trip. Unknown ids get empty lists.
   */
  expand(ids: readonly string[], trees: readonly HopTree[]): Promise<readonly (readonly (readonly NeighbourNode[])[])[]>;
  /**
   * Elements of any kind (or of `kinds`) in which every term begins a word of the id, name,
   * description or text (words as search-words.ts splits them), ordered by id: the first `first`
   * of them and how many match. A term that is not a word is a BadInputError. One round-trip.
   */
  search(query: SearchQuery, first: number): Promise<Page<GraphNode>>;
  /** A bounded walk's part of the graph (see Reach), in the query's scope. One round-trip. */
  reach(query: ReachQuery): Promise<Reach>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
