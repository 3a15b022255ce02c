/**
 * Impact: what else moves when design elements change. A breadth-first walk from the changed
 * elements (or from the elements a change request CHANGES) along the propagation rules of
 * impact-rules.ts; every impacted element once, at its minimum depth, with one shortest path.
 */
import { BadInputError } from '../errors.js';
import { byCodeUnits, byId } from '../store/order.js';
import { hopKey } from '../store/hop-key.js';
import type { GraphNode, GraphStore, Hop, HopRule, Reach } from '../store/port.js';
import { HOPS } from './hops.js';
import { changedElementHopsFrom, impactHopsFrom } from './impact-rules.js';
import { checkedNode } from './lookups.js';
import { compareKinds } from './order.js';
import type { ImpactResult, KindGroup, Reached } from './results.js';
import { checkMaxDepth, reachedIn, walkWithin } from './walk.js';

export interface ImpactInput {
  /** Assess a change request: the walk starts from the elements it CHANGES. */
  readonly changeRequest?: string;
  /** Or assess these changed elements directly. Exactly one of the two is given. */
  readonly changed?: readonly string[];
  /** @default 6 — enough to go from an interface through requirements and test cases to test phases. */
  readonly maxDepth?: number;
}

export const DEFAULT_IMPACT_DEPTH = 6;

/** A changed element's change travels further than one merely reached (impact-rules.ts). */
const hopsOfImpact: HopRule = (kind, arrival) => (arrival === null ? changedElementHopsFrom(kind) : impactHopsFrom(kind));

const isChanges = (hop: Hop): boolean => hopKey(hop) === hopKey(HOPS.changes);

/**
 * From a change request: to the elements it CHANGES, and on from them as from changed elements
 * — one hop deeper than the impact walk, which starts from those elements. (An element reached
 * over CHANGES further on goes on as a changed element too: more than the walk needs, never less.)
 */
const hopsOfChangeRequest: HopRule = (kind, arrival) => {
  if (arrival === null) return kind === 'ChangeRequest' ? [HOPS.changes] : [];
  return isChanges(arrival) ? changedElementHopsFrom(kind) : impactHopsFrom(kind);
};

/** Where the walk starts, with the reach it is walked in: one round-trip. */
async function startOfImpact(
  store: GraphStore,
  { changeRequest, changed }: ImpactInput,
  maxDepth: number,
): Promise<{ changeRequest: GraphNode | null; changed: GraphNode[]; reach: Reach }> {
  if ((changeRequest === undefined) === (changed === undefined)) {
    throw new BadInputError('Give either a change request or a list of changed elements, not both and not neither');
  }
  if (changeRequest !== undefined) {
    const reach = await store.reach({ start: [changeRequest], maxDepth: maxDepth + 1, hopsFrom: hopsOfChangeRequest });
    const cr = checkedNode({ id: changeRequest, kind: 'ChangeRequest' }, reach.start[0]);
    const ids = (reach.neighbours.get(cr.id) ?? []).filter(isChanges).map((neighbour) => neighbour.id);
    return { changeRequest: cr, changed: ids.map((id) => reach.nodes.get(id)!), reach };
  }
  if (!changed || changed.length === 0) throw new BadInputError('The list of changed elements is empty');
  const ids = [...new Set(changed)];
  const reach = await store.reach({ start: ids, maxDepth, hopsFrom: hopsOfImpact });
  const nodes = ids.map((id, i) => checkedNode({ id }, reach.start[i]));
  const cr = nodes.find((node) => node.kind === 'ChangeRequest');
  if (cr) throw new BadInputError(`'${cr.id}' is a change request: assess it as changeRequest, not as a changed element`);
  return { changeRequest: null, changed: nodes.sort(byId), reach };
}

const byDepthKindId = (a: Reached, b: Reached): number =>
  a.depth - b.depth || compareKinds(a.node.kind, b.node.kind) || byCodeUnits(a.node.id, b.node.id);

/** Elements ordered by (depth, kind, id), grouped by kind: kinds in NODE_KINDS order, each group by (depth, id). */
const groupByKind = (impacted: readonly Reached[]): KindGroup[] =>
  [...new Set(impacted.map((reached) => reached.node.kind))]
    .sort(compareKinds)
    .map((kind) => ({ kind, elements: impacted.filter((reached) => reached.node.kind === kind) }));

export async function impactOf(store: GraphStore, input: ImpactInput): Promise<ImpactResult> {
  const maxDepth = checkMaxDepth(input.maxDepth ?? DEFAULT_IMPACT_DEPTH);
  const { changeRequest, changed, reach } = await startOfImpact(store, input, maxDepth);
  const visits = walkWithin(reach, { start: changed, maxDepth, hopsFrom: hopsOfImpact });
  const impacted = reachedIn(reach, visits).sort(byDepthKindId);
  return { changeRequest, changed, maxDepth, impacted, byKind: groupByKind(impacted), warnings: warningsOf(changeRequest, changed, impacted) };
}

/**
 * What an empty part of the answer means, said rather than left blank: a change request that
 * changes nothing modelled, and each changed element from which nothing propagates — because no
 * rule carries a change of its kind, or because it has none of the relationships they follow.
 */
export function warningsOf(changeRequest: GraphNode | null, changed: readonly GraphNode[], impacted: readonly Reached[]): string[] {
  if (changeRequest && changed.length === 0) {
    return [`${changeRequest.id} changes no element of the model (it has no \`changes\` and proposes nothing in this design), so nothing is impacted`];
  }
  const reachedFrom = new Set(impacted.map((reached) => reached.path.start));
  return changed.flatMap((node) => {
    if (reachedFrom.has(node.id)) return [];
    const types = [...new Set(changedElementHopsFrom(node.kind).map((hop) => hop.type))];
    return [
      types.length === 0
        ? `Nothing propagates from ${node.id}: no rule carries the change of a ${node.kind} (see docs/queries.md#impact)`
        : `Nothing propagates from ${node.id}: it has none of the relationships a ${node.kind}'s change travels along (${types.join(', ')})`,
    ];
  });
}
