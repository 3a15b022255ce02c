/**
 * A walk's HopRule as a table, so that a store can apply it where the walk runs (Neo4j: inside
 * one Cypher statement). The rule is asked once for every start kind and every way in an
 * element can have — each relationship type and direction, at each kind it can end at — and the
 * distinct hop lists it gives are numbered: an element's "rule" is the number of the hop list it
 * goes on along. Tables are cached per rule function.
 */
import { NODE_KINDS, type NodeKind } from '../model/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../model/relationships.js';
import { hopKey } from './hop-key.js';
import type { Hop, HopRule } from './port.js';

export interface HopRuleTable {
  /** The distinct non-empty hop lists the rule gives, by number. */
  readonly hopLists: readonly (readonly Hop[])[];
  /** The rule number of a start element, by kind (absent: it is an end point). */
  readonly startRule: Readonly<Partial<Record<NodeKind, number>>>;
  /** The rule number of an element reached over a hop, by `onwardKey` (absent: an end point). */
  readonly onwardRule: Readonly<Record<string, number>>;
}

/** The key of `onwardRule` for an element of `kind` reached over `hop`. */
export const onwardKey = (kind: string, hop: Hop): string => `${kind} ${hopKey(hop)}`;

/** Every hop with the kinds it can arrive at: `to` kinds going OUT, the `from` kind coming IN. */
const ARRIVALS: readonly { readonly hop: Hop; readonly kinds: readonly NodeKind[] }[] = RELATIONSHIP_TYPES.flatMap((type) => [
  { hop: { type, direction: 'OUT' as const }, kinds: RELATIONSHIPS[type].to },
  { hop: { type, direction: 'IN' as const }, kinds: [RELATIONSHIPS[type].from] },
]);

const tables = new WeakMap<HopRule, HopRuleTable>();

function tabulate(rule: HopRule): HopRuleTable {
  const hopLists: Hop[][] = [];
  const numbers = new Map<string, number>();
  const numberOf = (hops: readonly Hop[]): number | undefined => {
    if (hops.length === 0) return undefined;
    const distinct = [...new Map(hops.map((hop) => [hopKey(hop), hop])).values()];
    const key = distinct.map(hopKey).sort().join(' ');
    if (!numbers.has(key)) (numbers.set(key, hopLists.length), hopLists.push(distinct));
    return numbers.get(key);
  };
  const startRule: Partial<Record<NodeKind, number>> = {};
  for (const kind of NODE_KINDS) {
    const n = numberOf(rule(kind, null));
    if (n !== undefined) startRule[kind] = n;
  }
  const onwardRule: Record<string, number> = {};
  for (const { hop, kinds } of ARRIVALS) {
    for (const kind of kinds) {
      const n = numberOf(rule(kind, hop));
      if (n !== undefined) onwardRule[onwardKey(kind, hop)] = n;
    }
  }
  return { hopLists, startRule, onwardRule };
}

export function hopRuleTable(rule: HopRule): HopRuleTable {
  let table = tables.get(rule);
  if (!table) tables.set(rule, (table = tabulate(rule)));
  return table;
}
