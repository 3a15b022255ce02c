/**
 * The impact of a diff: everything the elements a diff changed move, each impacted element
 * explained by its path from a changed one — the impact query (impact.ts) started from
 *   - the elements the diff adds or changes,
 *   - and both ends of every relationship it adds, removes or changes,
 * as far as they exist in the store's graph (a removed element moves nothing there any more).
 * Change requests are left out: a CR's own fields changing changes no design.
 */
import type { ModelHistory } from '../model/history.js';
import type { GraphStore } from '../store/port.js';
import { diffVersions, type DiffInput } from './baselines.js';
import { DEFAULT_IMPACT_DEPTH, impactOf } from './impact.js';
import { fetchNodes } from './lookups.js';
import type { DiffImpact, ModelDiff } from './results.js';
import { checkMaxDepth } from './walk.js';

export interface DiffImpactInput extends DiffInput {
  readonly maxDepth?: number;
}

const touched = (diff: ModelDiff): string[] => [
  ...diff.byKind.flatMap((d) => [...d.added.map((n) => n.id), ...d.changed.map((c) => c.node.id)]),
  ...diff.relationships.flatMap((d) => [...d.added, ...d.removed, ...d.changed].flatMap((r) => [r.from, r.to])),
];

export async function impactOfDiff(store: GraphStore, history: ModelHistory, input: DiffImpactInput): Promise<DiffImpact> {
  const maxDepth = checkMaxDepth(input.maxDepth ?? DEFAULT_IMPACT_DEPTH);
  const diff = await diffVersions(store, history, input);
  const ids = [...new Set(touched(diff))];
  const present = await fetchNodes(store, ids);
  const changed = ids.filter((id) => present.has(id) && present.one(id).kind !== 'ChangeRequest');
  const impact =
    changed.length === 0
      ? { changeRequest: null, changed: [], maxDepth, impacted: [], byKind: [], warnings: ['The diff changes no element, so nothing is impacted'] }
      : await impactOf(store, { changed, maxDepth });
  return { diff, impact };
}
