/**
 * Which way a trace may go on from an element it reached. Followed freely, every relationship
 * joins everything to everything through a few elements that group many (all requirements of a
 * role, all test cases of a scenario, all elements an artefact defines), and a trace would say
 * nothing. So:
 *
 *  - the start element goes on along every relationship, both ways, change control included
 *    (CHANGES, IMPLEMENTED_IN): "what does CR023 change", "which CRs change IF-021";
 *  - other elements go on along every design relationship both ways; change control is not
 *    followed past the start (a change request is not a design dependency);
 *  - a hub — an element of a grouping kind — is a place a trace arrives at, not one it passes
 *    through sideways. From a hub reached by climbing or from the side, the trace only climbs
 *    further up a hierarchy (test case → scenario → phase, part → service); from a hub reached by
 *    descending from the start (phase → its scenarios, service → its parts) it goes on freely,
 *    because those are parts of what the trace started from.
 */
import { kindsWhere, type NodeKind } from '../model/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES, type RelationshipType, type TraceRole } from '../model/relationships.js';
import type { Hop } from '../store/port.js';
import { hop } from './hops.js';

/** Kinds that group many elements (each kind's `hub` in src/model/kinds.ts). */
export const HUB_KINDS: ReadonlySet<NodeKind> = new Set(kindsWhere((kind) => kind.hub));

const tracedAs = (role: TraceRole): RelationshipType[] => RELATIONSHIP_TYPES.filter((type) => RELATIONSHIPS[type].trace === role);

/** Containment hierarchies: followed OUT a trace climbs (to the container), IN it descends. */
export const HIERARCHIES: readonly RelationshipType[] = tracedAs('HIERARCHY');

/** Relationships of change control: followed both ways from the start element, towards the change requests from any other. */
export const CHANGE_CONTROL: readonly RelationshipType[] = tracedAs('CHANGE_CONTROL');

const bothWays = (types: readonly RelationshipType[]): Hop[] => types.flatMap((type) => [hop(type, 'IN'), hop(type, 'OUT')]);

const FROM_START = bothWays(RELATIONSHIP_TYPES);
/**
 * Past the start, change control is followed only towards the change requests (IN): "which CR
 * changes what this clause codifies?" reaches the CR, and a CR — a hub — goes no further, so a
 * change request never links two design elements.
 */
const DESIGN = [...bothWays(RELATIONSHIP_TYPES.filter((type) => !CHANGE_CONTROL.includes(type))), ...CHANGE_CONTROL.map((type) => hop(type, 'IN'))];
const CLIMB = HIERARCHIES.map((type) => hop(type, 'OUT'));

export function traceHopsFrom(kind: NodeKind, arrival: Hop | null): readonly Hop[] {
  if (!arrival) return FROM_START;
  if (!HUB_KINDS.has(kind)) return DESIGN;
  const descended = arrival.direction === 'IN' && HIERARCHIES.includes(arrival.type);
  return descended ? DESIGN : CLIMB;
}
