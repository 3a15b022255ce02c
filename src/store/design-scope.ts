/**
 * The design a query answers: the baselined design by default, or the design with the proposals
 * of some change requests included ("design with CR027"). Applied once, at the port: every query
 * of src/domain and every GraphQL field reads through `scopedStore`, so none of them filters
 * proposals itself.
 *
 * What a scope shows, for an element or relationship marked `proposedBy: {cr, change}`:
 *   - ADD    — shown only when the scope includes `cr`;
 *   - REMOVE — shown unless the scope includes `cr`;
 *   - MODIFY — always shown (it is baselined design the CR changes), with its proposal.
 * A relationship is shown when it and the elements at both its ends are.
 *
 * `nodes`, `neighbours` and the trees of the `expand` calls are filtered here, from what they
 * return (an element's proposal is in its props; a relationship's on the neighbour). `list`,
 * `expandList` and `search` pass the scope to the adapter, which filters before paging so that
 * pages and totals stay exact, and `reach` too, so that a walk never passes through what the
 * scope hides.
 */
import type { Proposal } from '../model/provenance.js';
import { hopKey } from './hop-key.js';
import { byTypeDirectionId } from './order.js';
import type { ExpandedNode, GraphNode, GraphStore, Neighbour, NeighbourNode } from './port.js';

export interface DesignScope {
  /** The change requests whose proposals are included; none for the baselined design. */
  readonly includeProposed: readonly string[];
}

export const BASELINE: DesignScope = { includeProposed: [] };

/** Whether something marked with `proposal` is left out of `scope`. */
export function isHiddenIn(proposal: Proposal | undefined, scope: DesignScope): boolean {
  if (!proposal) return false;
  const included = scope.includeProposed.includes(proposal.cr);
  return proposal.change === 'ADD' ? !included : proposal.change === 'REMOVE' && included;
}

const nodeShown = (node: GraphNode, scope: DesignScope) => !isHiddenIn(node.props.proposedBy, scope);
const neighbourShown = (neighbour: NeighbourNode, scope: DesignScope) =>
  !isHiddenIn(neighbour.proposedBy, scope) && nodeShown(neighbour.node, scope);

/** The neighbours the scope shows, and theirs below them, however deep the tree. */
const shownIn = (scope: DesignScope) => {
  const filter = (list: readonly NeighbourNode[]): NeighbourNode[] =>
    list.filter((neighbour) => neighbourShown(neighbour, scope)).map((neighbour) => ({ ...neighbour, then: neighbour.then.map(filter) }));
  return filter;
};

const withoutNode = ({ node: _node, then: _then, ...neighbour }: NeighbourNode): Neighbour => neighbour;

const unscoped = new WeakMap<GraphStore, GraphStore>();

export function scopedStore(store: GraphStore, scope: DesignScope): GraphStore {
  const inner = unscoped.get(store) ?? store;
  const shown = shownIn(scope);
  const expand: GraphStore['expand'] = async (ids, trees) => (await inner.expand(ids, trees)).map((perTree) => perTree.map(shown));
  const withTreesShown = ({ node, then }: ExpandedNode): ExpandedNode => ({ node, then: then.map(shown) });
  const scoped: GraphStore = {
    name: inner.name,
    nodes: async (ids) => (await inner.nodes(ids)).map((node) => (node && nodeShown(node, scope) ? node : null)),
    expandNodes: async (ids, trees) =>
      (await inner.expandNodes(ids, trees)).map((expanded) => (expanded && nodeShown(expanded.node, scope) ? withTreesShown(expanded) : null)),
    list: (query, page) => inner.list({ ...query, scope }, page),
    expandList: async (query, request, trees) => {
      const page = await inner.expandList({ ...query, scope }, request, trees);
      return { ...page, items: page.items.map(withTreesShown) };
    },
    search: (query, first) => inner.search({ ...query, scope }, first),
    reach: (query) => inner.reach({ ...query, scope }),
    neighbours: async (ids, hops) => {
      const distinct = [...new Map(hops.map((hop) => [hopKey(hop), hop])).values()];
      const lists = await expand(ids, distinct.map((hop) => ({ hop, then: [] })));
      return lists.map((perHop) => perHop.flat().map(withoutNode).sort(byTypeDirectionId));
    },
    expand,
    health: () => inner.health(),
    close: () => inner.close(),
  };
  unscoped.set(scoped, inner);
  return scoped;
}
