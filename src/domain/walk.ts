/**
 * The breadth-first walk impact, trace and the role hierarchy share.
 *
 * One `store.neighbours` call per level of the walk, never one per element: a walk of depth d
 * costs at most d round-trips whatever the size of the graph. Every element reached is recorded
 * once, at its minimum depth, with one shortest path explaining it.
 *
 * Which shortest path: the smallest in lexicographic order of (start id, then each hop's (type,
 * direction, id)). The walk gets it without comparing paths: the frontier is kept in that order,
 * parents are expanded in it, and the port returns each element's neighbours ordered by (type,
 * direction, id) — so the first time an element is met, it is met by its smallest path, and the
 * next frontier comes out in order too. Both stores therefore explain an element identically.
 */
import { BadInputError } from '../errors.js';
import type { NodeKind } from '../model/kinds.js';
import { hopKey } from '../store/hop-key.js';
import { byCodeUnits, byId } from '../store/order.js';
import type { GraphNode, GraphStore, Hop } from '../store/port.js';
import { fetchNodes } from './lookups.js';
import type { Path, Reached } from './results.js';

/** Deepest walk a caller may ask for: beyond it a walk reaches most of the model and explains nothing. */
export const MAX_WALK_DEPTH = 10;

export function checkMaxDepth(maxDepth: number): number {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_WALK_DEPTH) {
    throw new BadInputError(`maxDepth must be a whole number from 1 to ${MAX_WALK_DEPTH}, not ${maxDepth}`);
  }
  return maxDepth;
}

/** An element the walk has reached (a start element at depth 0, with no hops). */
export interface Visit {
  readonly id: string;
  readonly kind: NodeKind;
  readonly depth: number;
  readonly path: Path;
}

export interface WalkSpec {
  readonly start: readonly Pick<GraphNode, 'id' | 'kind'>[];
  readonly maxDepth: number;
  /** The hops the walk may take onwards from an element it reached; none makes it an end point. */
  readonly hopsFrom: (visit: Visit) => readonly Hop[];
}

/** The hops of a level's single neighbours call: every hop any element of the level may take. */
const unionOfHops = (hopLists: readonly (readonly Hop[])[]): Hop[] => {
  const byKey = new Map(hopLists.flat().map((hop) => [hopKey(hop), hop]));
  return [...byKey].sort(([a], [b]) => byCodeUnits(a, b)).map(([, hop]) => hop);
};

/** Elements reached from `start` (start elements excluded), ordered by (depth, path). */
export async function walk(store: GraphStore, { start, maxDepth, hopsFrom }: WalkSpec): Promise<readonly Visit[]> {
  checkMaxDepth(maxDepth);
  const seen = new Set(start.map((node) => node.id));
  let frontier: Visit[] = [...new Map(start.map((node) => [node.id, node])).values()]
    .sort(byId)
    .map(({ id, kind }) => ({ id, kind, depth: 0, path: { start: id, hops: [] } }));
  const reached: Visit[] = [];

  for (let depth = 1; depth <= maxDepth; depth++) {
    const expanding = frontier
      .map((visit) => ({ visit, hops: hopsFrom(visit) }))
      .filter(({ hops }) => hops.length > 0);
    if (expanding.length === 0) break;
    const lists = await store.neighbours(
      expanding.map(({ visit }) => visit.id),
      unionOfHops(expanding.map(({ hops }) => hops)),
    );
    frontier = [];
    expanding.forEach(({ visit, hops }, i) => {
      const allowed = new Set(hops.map(hopKey));
      for (const next of lists[i] ?? []) {
        if (seen.has(next.id) || !allowed.has(hopKey(next))) continue;
        seen.add(next.id);
        const step = {
          type: next.type,
          direction: next.direction,
          to: next.id,
          provenance: next.provenance,
          ...(next.proposedBy ? { proposedBy: next.proposedBy } : {}),
        };
        frontier.push({ id: next.id, kind: next.kind, depth, path: { start: visit.path.start, hops: [...visit.path.hops, step] } });
      }
    });
    reached.push(...frontier);
  }
  return reached;
}

/** The visits as results: each with its element, fetched in one round-trip. */
export async function toReached(store: GraphStore, visits: readonly Visit[]): Promise<Reached[]> {
  const nodes = await fetchNodes(store, visits.map((visit) => visit.id));
  return visits.map(({ id, depth, path }) => ({ node: nodes.one(id), depth, path }));
}
