/**
 * What an RTTM's entry interval and design release scope, read before the matrix in one reach
 * (one round-trip, both at once), each with notes saying what it scoped by and what scopes
 * nothing — so that an empty matrix is never unexplained:
 *
 *  - an entry interval: its phase (INTERVAL_OF) and the roles it brings into testing — those it
 *    ENTERS, and those the systems it enters SERVE (SIT-CIT-INTERVAL-2 enters MPRS, which serves
 *    the Registration Service). A system serving no role scopes nothing: test cases and
 *    requirements name roles, not systems;
 *  - a design release: the requirements its change requests (IMPLEMENTED_IN it) CHANGE, and those
 *    an Interface or ProcessStep they change is REALISED_BY — what the release touches, whose
 *    evidence a tester re-checks. A release is not a version of the design: the design as released
 *    is the `baseline` scope (rttm-at.ts), through the git ref the release names.
 */
import { BadInputError } from '../errors.js';
import type { NodeKind } from '../model/kinds.js';
import { byCodeUnits } from '../store/order.js';
import { hopKey } from '../store/hop-key.js';
import type { GraphNode, GraphStore, Hop, HopRule } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { hop, HOPS } from './hops.js';
import { checkedNode } from './lookups.js';

export interface IntervalScope {
  readonly node: GraphNode;
  readonly phase: string;
  /** The roles it enters and those the systems it enters serve, by id. */
  readonly roles: readonly string[];
}

export interface ReleaseScope {
  readonly node: GraphNode;
  /** The requirements its change requests change, directly or through an interface or step, by id. */
  readonly requirements: readonly string[];
}

export interface ScopeReading {
  readonly interval: IntervalScope | null;
  readonly release: ReleaseScope | null;
  /** What the interval and the release scoped by, and what of them scopes nothing, in that order. */
  readonly notes: readonly string[];
}

const INTERVAL_OF = hop('INTERVAL_OF', 'OUT');
const ENTERS = hop('ENTERS', 'OUT');
const SERVES = hop('SERVES', 'OUT');
const IMPLEMENTS = hop('IMPLEMENTED_IN', 'IN');
const REALISES = hop('REALISED_BY', 'IN');

const is = (arrival: Hop, hop: Hop): boolean => hopKey(arrival) === hopKey(hop);
const scopeHopsFrom: HopRule = (kind, arrival) => {
  if (arrival === null) return kind === 'EntryInterval' ? [INTERVAL_OF, ENTERS] : kind === 'DesignRelease' ? [IMPLEMENTS] : [];
  if (kind === 'System' && is(arrival, ENTERS)) return [SERVES];
  if (kind === 'ChangeRequest' && is(arrival, IMPLEMENTS)) return [HOPS.changes];
  if ((kind === 'Interface' || kind === 'ProcessStep') && is(arrival, HOPS.changes)) return [REALISES];
  return [];
};
/** Release → change requests → what they change → the requirements it realises. */
const SCOPE_REACH_DEPTH = 3;

const listed = (ids: readonly string[]) => ids.join(', ');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function intervalOf(links: Adjacency, node: GraphNode, askedPhases: readonly string[]): { scope: IntervalScope; notes: string[] } {
  const phase = links.from(node.id, INTERVAL_OF)[0]!;
  if (askedPhases.some((asked) => asked !== phase)) throw new BadInputError(`Entry interval '${node.id}' is of ${phase}: give that phase or none`);
  const entered = links.from(node.id, ENTERS, 'Role');
  const notes = links.from(node.id, ENTERS, 'System').map((system) => {
    const served = links.from(system, SERVES);
    return served.length > 0
      ? `${node.id} enters the system ${system}: scoped by the ${plural(served.length, 'role', 'roles')} it serves, ${listed(served)}`
      : `${node.id} enters the system ${system}, which serves no role in the model: it scopes nothing (requirements and test cases name roles, not systems)`;
  });
  const roles = [...new Set([...entered, ...links.reachedFrom(links.from(node.id, ENTERS, 'System'), SERVES)])].sort(byCodeUnits);
  if (roles.length === 0) notes.push(`${node.id} brings no role into testing: no requirement and no test case is in scope`);
  return { scope: { node, phase, roles }, notes };
}

function releaseOf(links: Adjacency, node: GraphNode): { scope: ReleaseScope; notes: string[] } {
  const changeRequests = links.from(node.id, IMPLEMENTS);
  const changedOf = (kind: NodeKind) => links.reachedFrom(changeRequests, HOPS.changes, kind);
  const direct = changedOf('Requirement');
  const realising = [...changedOf('Interface'), ...changedOf('ProcessStep')];
  const requirements = [...new Set([...direct, ...links.reachedFrom(realising, REALISES, 'Requirement')])].sort(byCodeUnits);
  const baseline = typeof node.props.baseline === 'string' ? ` (the design as released is the baseline scope: ${node.id} names ${node.props.baseline})` : '';
  const notes =
    changeRequests.length === 0
      ? [`No change request is implemented in ${node.id}: no requirement is in its scope${baseline}`]
      : requirements.length === 0
        ? [`${node.id} implements ${listed(changeRequests)}, which ${plural(changeRequests.length, 'names no requirement, interface or process step it changes', 'name no requirement, interface or process step they change')}: no requirement is in its scope${baseline}`]
        : [`${node.id} implements ${listed(changeRequests)}: scoped by the ${requirements.length} ${plural(requirements.length, 'requirement', 'requirements')} ${plural(changeRequests.length, 'it changes', 'they change')}, directly or through an interface or process step${baseline}`];
  return { scope: { node, requirements }, notes };
}

/** The interval and the release of an RTTM's scope, checked (NOT_FOUND, BAD_USER_INPUT), in one round-trip. */
export async function readScope(
  store: GraphStore,
  { interval, release }: { readonly interval?: string; readonly release?: string },
  askedPhases: readonly string[],
): Promise<ScopeReading> {
  const asked = [
    ...(interval === undefined ? [] : [{ id: interval, kind: 'EntryInterval' as const }]),
    ...(release === undefined ? [] : [{ id: release, kind: 'DesignRelease' as const }]),
  ];
  if (asked.length === 0) return { interval: null, release: null, notes: [] };
  const reach = await store.reach({ start: asked.map((ref) => ref.id), maxDepth: SCOPE_REACH_DEPTH, hopsFrom: scopeHopsFrom });
  const checked = asked.map((ref, i) => checkedNode(ref, reach.start[i]));
  const nodeOf = (kind: NodeKind) => checked.find((node) => node.kind === kind);
  const links = Adjacency.within(reach);
  const [intervalNode, releaseNode] = [nodeOf('EntryInterval'), nodeOf('DesignRelease')];
  const ofInterval = intervalNode ? intervalOf(links, intervalNode, askedPhases) : null;
  const ofRelease = releaseNode ? releaseOf(links, releaseNode) : null;
  return {
    interval: ofInterval?.scope ?? null,
    release: ofRelease?.scope ?? null,
    notes: [...(ofInterval?.notes ?? []), ...(ofRelease?.notes ?? [])],
  };
}
