/**
 * Neighbourhood: the elements within a few hops of one element, following every relationship both
 * ways, with the relationships between them — what the explorer draws around an element and lists
 * as its links. One `neighbours` round-trip per level, one `nodes` round-trip at the end.
 *
 * A role or an artefact reaches much of the model in two hops, so the walk stops adding elements
 * at `maxNodes` (nearer levels first; within a level, in the order the port lists neighbours) and
 * says so.
 */
import { BadInputError } from '../errors.js';
import { RELATIONSHIP_TYPES } from '../model/relationships.js';
import { byCodeUnits } from '../store/order.js';
import type { GraphStore, Hop } from '../store/port.js';
import { hop } from './hops.js';
import { fetchNodes, getNode } from './lookups.js';
import type { Neighbourhood, Relationship } from './results.js';

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const DEFAULT_NEIGHBOURHOOD_NODES = 150;
export const MAX_NEIGHBOURHOOD_NODES = 500;

export interface NeighbourhoodInput {
  readonly id: string;
  /** @default 1 */
  readonly depth?: number;
  /** @default DEFAULT_NEIGHBOURHOOD_NODES */
  readonly maxNodes?: number;
}

const EVERY_HOP: readonly Hop[] = RELATIONSHIP_TYPES.flatMap((type) => [hop(type, 'IN'), hop(type, 'OUT')]);

function checkedWholeNumber(value: number, what: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new BadInputError(`${what} must be a whole number from 1 to ${max}, not ${value}`);
  return value;
}

const edgeKey = (e: Relationship): string => `${e.type}\u0000${e.from}\u0000${e.to}`;
const byTypeFromTo = (a: Relationship, b: Relationship): number => byCodeUnits(a.type, b.type) || byCodeUnits(a.from, b.from) || byCodeUnits(a.to, b.to);

export async function neighbourhood(store: GraphStore, input: NeighbourhoodInput): Promise<Neighbourhood> {
  const depth = checkedWholeNumber(input.depth ?? 1, 'depth', MAX_NEIGHBOURHOOD_DEPTH);
  const maxNodes = checkedWholeNumber(input.maxNodes ?? DEFAULT_NEIGHBOURHOOD_NODES, 'maxNodes', MAX_NEIGHBOURHOOD_NODES);
  const centre = await getNode(store, input.id);
  const depthOf = new Map<string, number>([[centre.id, 0]]);
  const edges = new Map<string, Relationship>();
  let frontier = [centre.id];
  let truncated = false;

  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const lists = await store.neighbours(frontier, EVERY_HOP);
    const next = new Set<string>();
    frontier.forEach((id, i) => {
      for (const n of lists[i] ?? []) {
        if (!depthOf.has(n.id) && !next.has(n.id)) {
          if (depthOf.size + next.size >= maxNodes) {
            truncated = true;
            continue;
          }
          next.add(n.id);
        }
        const edge: Relationship = n.direction === 'OUT' ? { type: n.type, from: id, to: n.id } : { type: n.type, from: n.id, to: id };
        edges.set(edgeKey(edge), edge);
      }
    });
    frontier = [...next].sort(byCodeUnits);
    for (const id of frontier) depthOf.set(id, level);
  }

  const nodes = await fetchNodes(store, depthOf.keys());
  const ordered = [...depthOf].sort(([a, da], [b, db]) => da - db || byCodeUnits(a, b));
  return {
    centre,
    depth,
    nodes: ordered.map(([id, d]) => ({ node: nodes.one(id), depth: d })),
    // An edge to an element left out by the cap would dangle in the picture.
    edges: [...edges.values()].filter((e) => depthOf.has(e.from) && depthOf.has(e.to)).sort(byTypeFromTo),
    truncated,
  };
}
