/**
 * The breadth-first walk impact, trace and the role hierarchy share.
 *
 * One round-trip per walk, whatever its depth: the store's `reach` returns the part of the graph
 * the walk's rules can see within its depth (in Neo4j one statement walks it), and the walk
 * itself runs over that answer here, so both stores explain an element identically. Every
 * element reached is recorded once, at its minimum depth, with one shortest path explaining it.
 *
 * Which shortest path: the smallest in lexicographic order of (start id, then each hop's (type,
 * direction, id)). The walk gets it without comparing paths: the frontier is kept in that order,
 * parents are expanded in it, and the port returns each element's neighbours ordered by (type,
 * direction, id) — so the first time an element is met, it is met by its smallest path, and the
 * next frontier comes out in order too.
 */
import { BadInputError } from '../errors.js';
import type { NodeKind } from '../model/kinds.js';
import { hopKey } from '../store/hop-key.js';
import { byId } from '../store/order.js';
import type { GraphNode, GraphStore, HopRule, Reach } from '../store/port.js';
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
  /** The hops the walk may take onwards from an element, by its kind and the hop its path arrived by. */
  readonly hopsFrom: HopRule;
}

/**
 * Elements reached from `start` (start elements excluded), ordered by (depth, path), over a
 * `reach` asked with the same rules from (at least) the same start elements and at least as deep.
 */
export function walkWithin(reach: Reach, { start, maxDepth, hopsFrom }: WalkSpec): readonly Visit[] {
  checkMaxDepth(maxDepth);
  const seen = new Set(start.map((node) => node.id));
  let frontier: Visit[] = [...new Map(start.map((node) => [node.id, node])).values()]
    .sort(byId)
    .map(({ id, kind }) => ({ id, kind, depth: 0, path: { start: id, hops: [] } }));
  const reached: Visit[] = [];

  for (let depth = 1; depth <= maxDepth; depth++) {
    const expanding = frontier
      .map((visit) => ({ visit, hops: hopsFrom(visit.kind, visit.path.hops.at(-1) ?? null) }))
      .filter(({ hops }) => hops.length > 0);
    if (expanding.length === 0) break;
    frontier = [];
    expanding.forEach(({ visit, hops }) => {
      const allowed = new Set(hops.map(hopKey));
      for (const next of reach.neighbours.get(visit.id) ?? []) {
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

/** A walk in one round-trip: the store's reach from `start`, walked. */
export async function walk(store: GraphStore, spec: WalkSpec): Promise<readonly Visit[]> {
  const reach = await store.reach({ start: spec.start.map((node) => node.id), maxDepth: checkMaxDepth(spec.maxDepth), hopsFrom: spec.hopsFrom });
  return walkWithin(reach, spec);
}

/** The visits as results, each with its element from the reach they were walked in. */
export function reachedIn(reach: Reach, visits: readonly Visit[]): Reached[] {
  return visits.map(({ id, depth, path }) => {
    const node = reach.nodes.get(id);
    // The reach listed this id as a neighbour itself, so a miss means the store is inconsistent.
    if (!node) throw new Error(`The store reached '${id}' but did not return it`);
    return { node, depth, path };
  });
}
