/**
 * The port's `reach` over an in-memory adjacency (the memory store's): breadth first over pairs
 * of (element, rule number of hop-rules.ts), each pair gone on from once, at its smallest depth.
 * Neo4j's reach-query.ts runs the same walk in Cypher.
 */
import { hopKey } from './hop-key.js';
import { hopRuleTable, onwardKey } from './hop-rules.js';
import { byTypeDirectionId } from './order.js';
import type { GraphNode, Neighbour, Reach, ReachQuery } from './port.js';

export interface ReachSource {
  /** The element with this id, if it is shown in the query's scope. */
  readonly node: (id: string) => GraphNode | undefined;
  /** Its neighbours the scope shows, ordered by (type, direction, id). */
  readonly neighbours: (id: string) => readonly Neighbour[];
}

export function reachIn(source: ReachSource, { start, maxDepth, hopsFrom }: ReachQuery): Reach {
  const { hopLists, startRule, onwardRule } = hopRuleTable(hopsFrom);
  const allowed = hopLists.map((hops) => new Set(hops.map(hopKey)));
  const starts = start.map((id) => source.node(id) ?? null);
  const nodes = new Map(starts.flatMap((node) => (node ? [[node.id, node] as const] : [])));
  const found = new Map<string, Map<string, Neighbour>>();
  const seen = new Set<string>();
  const visit = (id: string, rule: number | undefined) => {
    if (rule === undefined || seen.has(`${id} ${rule}`)) return [];
    seen.add(`${id} ${rule}`);
    return [{ id, rule }];
  };
  let frontier = [...nodes.values()].flatMap((node) => visit(node.id, startRule[node.kind]));
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    frontier = frontier.flatMap(({ id, rule }) =>
      source.neighbours(id).flatMap((neighbour) => {
        if (!allowed[rule]!.has(hopKey(neighbour))) return [];
        const next = source.node(neighbour.id);
        if (!next) return [];
        nodes.set(next.id, next);
        const listed = found.get(id) ?? new Map<string, Neighbour>();
        found.set(id, listed.set(`${hopKey(neighbour)} ${neighbour.id}`, neighbour));
        return visit(next.id, onwardRule[onwardKey(next.kind, neighbour)]);
      }),
    );
  }
  const neighbours = new Map([...found].map(([id, listed]) => [id, [...listed.values()].sort(byTypeDirectionId)]));
  return { start: starts, nodes, neighbours };
}
