/**
 * The parts of a role: the roles PART_OF it, transitively (MDR within the Smart Data Service).
 * Asking about a service means asking about its parts too — a participant qualifying as the
 * service builds them — so the role view and the RTTM's role scope include them.
 */
import { byId } from '../store/order.js';
import type { GraphNode, GraphStore, Hop, HopRule, Reach } from '../store/port.js';
import { HOPS } from './hops.js';
import { MAX_WALK_DEPTH, reachedIn, walkWithin } from './walk.js';

/** The hops a reach goes on along from each role for `partsWithin` to find its parts. */
export const PART_HOPS: readonly Hop[] = [HOPS.parts];
const partsHopsFrom: HopRule = () => PART_HOPS;

/** The parts of `role` by id: one round-trip. */
export async function partsOf(store: GraphStore, role: GraphNode): Promise<GraphNode[]> {
  return partsWithin(await store.reach({ start: [role.id], maxDepth: MAX_WALK_DEPTH, hopsFrom: partsHopsFrom }), role);
}

/** The parts of `role` by id, in a reach that went on from it and every role reached along PART_HOPS. */
export function partsWithin(reach: Reach, role: GraphNode): GraphNode[] {
  const visits = walkWithin(reach, { start: [role], maxDepth: MAX_WALK_DEPTH, hopsFrom: partsHopsFrom });
  return reachedIn(reach, visits)
    .map((reached) => reached.node)
    .sort(byId);
}
