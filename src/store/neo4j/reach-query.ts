/**
 * The port's `reach` as one Cypher statement: the breadth-first walk of src/store/reach.ts over
 * (element, rule) pairs, unrolled one `CALL` per level up to the bounded depth (MAX_REACH_DEPTH).
 *
 * Each element takes only the hops of its own rule: a level's subquery has one branch per group
 * of hops that the same rules take (one direction, all its types in one pattern), and a branch
 * runs only for the elements whose rule is among them — so a hub reached where its rule only
 * lets it climb is never asked for the thousands of relationships it would otherwise fan out to.
 * An element's rule comes from the HopRuleTable (parameters `$startRule`, `$onwardRule`,
 * `$takes`); relationship types are written from the allowlist (cypher.ts), values are
 * parameters, and the statement text depends only on the rule and the depth, so Neo4j plans it
 * once.
 */
import neo4j from 'neo4j-driver';
import type { RelationshipType } from '../../model/relationships.js';
import { BadInputError } from '../../errors.js';
import { hopRuleTable, type HopRuleTable } from '../hop-rules.js';
import { hopKey } from '../hop-key.js';
import { isRelationshipType } from '../../model/relationships.js';
import { byTypeDirectionId } from '../order.js';
import type { Direction, GraphNode, Neighbour, Reach, ReachQuery } from '../port.js';
import { graphNodeOf, relationshipMetaOf } from './properties.js';
import { CURRENT_GENERATION, ELEMENT_LABEL, GENERATION, inScopeCondition, PROPS_JSON, RELATIONSHIP_META_JSON, relationshipTypesOf } from './cypher.js';
import { ARROWS, type CypherQuery } from './read-queries.js';

/** Deepest reach a statement is built for: the deepest walk (walk.ts) plus the hops the RTTM adds below a role's parts. */
export const MAX_REACH_DEPTH = 16;

/** Hops of one direction that exactly the same rules take: one pattern in a level's subquery. */
interface Branch {
  readonly direction: Direction;
  readonly types: readonly RelationshipType[];
  /** The rule numbers taking these hops. */
  readonly rules: readonly number[];
}

function branchesOf({ hopLists }: HopRuleTable): Branch[] {
  const rulesByHop = new Map<string, { hop: { type: RelationshipType; direction: Direction }; rules: number[] }>();
  hopLists.forEach((hops, rule) => {
    for (const hop of hops) {
      const entry = rulesByHop.get(hopKey(hop)) ?? { hop, rules: [] as number[] };
      rulesByHop.set(hopKey(hop), (entry.rules.push(rule), entry));
    }
  });
  const branches = new Map<string, { direction: Direction; types: RelationshipType[]; rules: number[] }>();
  for (const { hop, rules } of [...rulesByHop.values()].sort((a, b) => (hopKey(a.hop) < hopKey(b.hop) ? -1 : 1))) {
    const key = `${hop.direction} ${rules.join(',')}`;
    const branch = branches.get(key) ?? { direction: hop.direction, types: [], rules };
    branches.set(key, (branch.types.push(hop.type), branch));
  }
  return [...branches.values()];
}

/**
 * The relationships one level takes, as `{a, r, b, direction}`: for each `frontier` entry
 * `{node, rule}`, those its rule takes. Each branch is a pattern comprehension behind a CASE on
 * the entry's rule, so a branch the rule does not take is never run.
 */
function takenBy(branches: readonly Branch[]): string {
  const comprehensions = branches.map(
    ({ direction, types }, i) =>
      `CASE WHEN f.rule IN $takes[${i}] THEN [(a)${ARROWS[direction](relationshipTypesOf(types))}(b:${ELEMENT_LABEL}) | {a: a, r: r, b: b, direction: '${direction}'}] ELSE [] END`,
  );
  return `reduce(all = [], f IN walk.frontier | all + [a IN [f.node] |
        ${comprehensions.join('\n        + ')}][0])`;
}

/**
 * One level of the walk as an expression of the previous one (`walk`: `{frontier, seen, edges,
 * met}`): the steps the scope shows, each with the rule its element goes on with (null at an end
 * point), added to `edges` and `met`; as the next frontier, the pairs (element, rule) met for the
 * first time that go on. `head([x IN [value] | …])` names a value.
 */
const levelOf = (branches: readonly Branch[]): string => `head([steps IN [[s IN ${takenBy(branches)}
      WHERE ${inScopeCondition('s.r')} AND ${inScopeCondition('s.b')}
      | {from: s.a.id, type: type(s.r), direction: s.direction, to: s.b, meta: s.r.${RELATIONSHIP_META_JSON}, rule: $onwardRule[s.b.kind + ' ' + type(s.r) + ':' + s.direction]}]] |
    head([onward IN [reduce(next = {keys: walk.seen, frontier: []}, s IN [s IN steps WHERE s.rule IS NOT NULL] |
        CASE WHEN (s.to.id + ' ' + s.rule) IN next.keys THEN next
        ELSE {keys: next.keys + [s.to.id + ' ' + s.rule], frontier: next.frontier + [{node: s.to, rule: s.rule}]} END)] |
      {frontier: onward.frontier, seen: onward.keys,
       edges: walk.edges + [s IN steps | [s.from, s.type, s.direction, s.to.id, s.meta]], met: walk.met + [s IN steps | s.to]}])])`;

/**
 * One row (none before the first seed): `starts`, the ids of the start elements the scope shows;
 * `edges`, `[from id, type, direction, to id, meta]` of every relationship the walk takes (an
 * element reached with two rules may list one twice); `nodes`, `[id, kind, props]` of the start
 * elements and of every element met, once each. The levels are a `reduce` over the depth, so the
 * statement's text — and its plan — is the same whatever the depth.
 */
export function reachQuery({ start, maxDepth, hopsFrom, scope }: ReachQuery): CypherQuery {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_REACH_DEPTH) {
    throw new BadInputError(`A reach goes 1 to ${MAX_REACH_DEPTH} hops deep, not ${maxDepth}`);
  }
  const table = hopRuleTable(hopsFrom);
  const branches = branchesOf(table);
  const walked = branches.length === 0 ? 'walk' : `reduce(walk = walk, depth IN range(1, $maxDepth) | ${levelOf(branches)})`;
  return {
    text: `${CURRENT_GENERATION}
CALL (generation) {
  UNWIND $start AS id
  MATCH (n:${ELEMENT_LABEL} {id: id, ${GENERATION}: generation})
  WHERE ${inScopeCondition('n')}
  RETURN collect(n) AS starts
}
WITH starts, [n IN starts WHERE $startRule[n.kind] IS NOT NULL | {node: n, rule: $startRule[n.kind]}] AS frontier
WITH starts, {frontier: frontier, seen: [f IN frontier | f.node.id + ' ' + f.rule], edges: [], met: []} AS walk
WITH starts, ${walked} AS walk
CALL (starts, walk) {
  UNWIND starts + walk.met AS n
  WITH DISTINCT n
  RETURN collect([n.id, n.kind, n.${PROPS_JSON}]) AS nodes
}
RETURN [n IN starts | n.id] AS starts, walk.edges AS edges, nodes`,
    params: {
      start: [...new Set(start)],
      maxDepth: neo4j.int(maxDepth),
      startRule: table.startRule,
      onwardRule: table.onwardRule,
      takes: branches.map((branch) => branch.rules),
      scope: scope ? [...scope.includeProposed] : null,
    },
  };
}

type EdgeRow = readonly [string, string, Direction, string, string];
type NodeRow = readonly [string, string, string];

/** The port's Reach from `reachQuery`'s row (none: nothing seeded, nothing found). */
export function reachOf(start: readonly string[], row: Readonly<Record<string, unknown>> | undefined): Reach {
  const nodes = new Map<string, GraphNode>(((row?.nodes ?? []) as NodeRow[]).map(([id, kind, props]) => [id, graphNodeOf(id, kind, props)]));
  const shown = new Set((row?.starts ?? []) as string[]);
  const found = new Map<string, Map<string, Neighbour>>();
  for (const [from, type, direction, to, meta] of (row?.edges ?? []) as EdgeRow[]) {
    const kind = nodes.get(to)?.kind;
    if (!isRelationshipType(type) || !kind) throw new Error(`Neo4j returned a '${type}' relationship to '${to}', which this model version does not know`);
    const listed = found.get(from) ?? new Map<string, Neighbour>();
    found.set(from, listed.set(`${type}:${direction} ${to}`, { type, direction, id: to, kind, ...relationshipMetaOf(meta) }));
  }
  return {
    start: start.map((id) => (shown.has(id) ? nodes.get(id)! : null)),
    nodes,
    neighbours: new Map([...found].map(([id, listed]) => [id, [...listed.values()].sort(byTypeDirectionId)])),
  };
}
