/**
 * The parts of a role: the roles PART_OF it, transitively (MDR within the Smart Data Service).
 * Asking about a service means asking about its parts too — a participant qualifying as the
 * service builds them — so the role view and the RTTM's role scope include them.
 */
import { byCodeUnits } from '../store/order.js';
import type { GraphNode, GraphStore, Hop, HopRule } from '../store/port.js';
import { HOPS } from './hops.js';
import { fetchNodes } from './lookups.js';
import { MAX_WALK_DEPTH, walk } from './walk.js';

const PARTS: readonly Hop[] = [HOPS.parts];
const partsHopsFrom: HopRule = () => PARTS;

/** The parts of `role` by id; two round-trips. */
export async function partsOf(store: GraphStore, role: GraphNode): Promise<GraphNode[]> {
  const visits = await walk(store, { start: [role], maxDepth: MAX_WALK_DEPTH, hopsFrom: partsHopsFrom });
  const ids = visits.map((visit) => visit.id).sort(byCodeUnits);
  return (await fetchNodes(store, ids)).all(ids);
}
