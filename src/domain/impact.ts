/**
 * Impact: what else moves when design elements change. A breadth-first walk from the changed
 * elements (or from the elements a change request CHANGES) along the propagation rules of
 * impact-rules.ts; every impacted element once, at its minimum depth, with one shortest path.
 */
import { BadInputError } from '../errors.js';
import { byCodeUnits, byId } from '../store/order.js';
import type { GraphNode, GraphStore, Hop } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { HOPS } from './hops.js';
import { changedElementHopsFrom, impactHopsFrom } from './impact-rules.js';
import { fetchNodes, getNode, getNodes } from './lookups.js';
import { compareKinds } from './order.js';
import type { ImpactResult, KindGroup, Reached } from './results.js';
import { checkMaxDepth, toReached, walk, type Visit } from './walk.js';

export interface ImpactInput {
  /** Assess a change request: the walk starts from the elements it CHANGES. */
  readonly changeRequest?: string;
  /** Or assess these changed elements directly. Exactly one of the two is given. */
  readonly changed?: readonly string[];
  /** @default 6 — enough to go from an interface through requirements and test cases to test phases. */
  readonly maxDepth?: number;
}

export const DEFAULT_IMPACT_DEPTH = 6;

async function startOfImpact(
  store: GraphStore,
  { changeRequest, changed }: ImpactInput,
): Promise<{ changeRequest: GraphNode | null; changed: GraphNode[] }> {
  if ((changeRequest === undefined) === (changed === undefined)) {
    throw new BadInputError('Give either a change request or a list of changed elements, not both and not neither');
  }
  if (changeRequest !== undefined) {
    const cr = await getNode(store, changeRequest, 'ChangeRequest');
    const ids = (await Adjacency.of(store, [cr.id], [HOPS.changes])).from(cr.id, HOPS.changes);
    return { changeRequest: cr, changed: (await fetchNodes(store, ids)).all(ids) };
  }
  if (!changed || changed.length === 0) throw new BadInputError('The list of changed elements is empty');
  const nodes = await getNodes(store, [...new Set(changed)].map((id) => ({ id })));
  const cr = nodes.find((node) => node.kind === 'ChangeRequest');
  if (cr) throw new BadInputError(`'${cr.id}' is a change request: assess it as changeRequest, not as a changed element`);
  return { changeRequest: null, changed: nodes.sort(byId) };
}

const byDepthKindId = (a: Reached, b: Reached): number =>
  a.depth - b.depth || compareKinds(a.node.kind, b.node.kind) || byCodeUnits(a.node.id, b.node.id);

/** Elements ordered by (depth, kind, id), grouped by kind: kinds in NODE_KINDS order, each group by (depth, id). */
const groupByKind = (impacted: readonly Reached[]): KindGroup[] =>
  [...new Set(impacted.map((reached) => reached.node.kind))]
    .sort(compareKinds)
    .map((kind) => ({ kind, elements: impacted.filter((reached) => reached.node.kind === kind) }));

/** A changed element's change travels further than one merely reached (impact-rules.ts). */
const hopsOfImpact = (visit: Visit): readonly Hop[] => (visit.depth === 0 ? changedElementHopsFrom(visit.kind) : impactHopsFrom(visit.kind));

export async function impactOf(store: GraphStore, input: ImpactInput): Promise<ImpactResult> {
  const maxDepth = checkMaxDepth(input.maxDepth ?? DEFAULT_IMPACT_DEPTH);
  const { changeRequest, changed } = await startOfImpact(store, input);
  const visits = await walk(store, { start: changed, maxDepth, hopsFrom: hopsOfImpact });
  const impacted = (await toReached(store, visits)).sort(byDepthKindId);
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
