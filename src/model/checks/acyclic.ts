/**
 * Acyclic relationships: the relationships `relationships.ts` marks `acyclic` (requirement
 * derivation DERIVES_FROM, role containment PART_OF) never loop back — a requirement cannot
 * derive, however indirectly, from itself.
 *
 * A depth-first walk per relationship type; each edge back to an element still on the walk's
 * path closes a cycle, reported once, starting from its smallest id, at the reference that
 * leaves that element. The walk keeps its own stack: a long derivation chain in a hostile file
 * must not overflow the call stack. References that do not resolve are left to `references.ts`.
 */
import type { ModelProblem } from '../../errors.js';
import type { ElementReference, ModelElement } from '../elements.js';
import { referencesOf } from '../elements.js';
import type { RelationshipType } from '../relationships.js';
import { RELATIONSHIP_TYPES, RELATIONSHIPS } from '../relationships.js';
import type { ModelCheck, ModelUnderValidation } from './model-check.js';
import { problemAt } from './model-check.js';

const ACYCLIC = RELATIONSHIP_TYPES.filter((type) => 'acyclic' in RELATIONSHIPS[type]);

export const checkAcyclic: ModelCheck = (model) => ACYCLIC.flatMap((type) => cyclesOf(model, type));

interface Outgoing {
  readonly element: ModelElement;
  readonly references: readonly ElementReference[];
}

function cyclesOf(model: ModelUnderValidation, type: RelationshipType): ModelProblem[] {
  const graph = new Map<string, Outgoing>();
  for (const [id, element] of model.byId) {
    const references = referencesOf(element).filter((r) => {
      if (r.type !== type) return false;
      const targetKind = model.byId.get(r.target)?.kind;
      return targetKind !== undefined && r.spec.to.includes(targetKind);
    });
    if (references.length > 0) graph.set(id, { element, references });
  }

  const done = new Set<string>();
  const onPath = new Map<string, number>();
  const path: { id: string; next: number }[] = [];
  const cycles = new Map<string, ModelProblem>();
  for (const start of [...graph.keys()].sort()) {
    if (done.has(start)) continue;
    path.push({ id: start, next: 0 });
    onPath.set(start, 0);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const target = graph.get(top.id)?.references[top.next++]?.target;
      if (target === undefined) {
        path.pop();
        onPath.delete(top.id);
        done.add(top.id);
      } else if (onPath.has(target)) {
        const cycle = path.slice(onPath.get(target)).map((step) => step.id);
        const problem = cycleProblem(graph, cycle);
        cycles.set(problem.message, problem);
      } else if (!done.has(target)) {
        onPath.set(target, path.length);
        path.push({ id: target, next: 0 });
      }
    }
  }
  return [...cycles.values()];
}

function cycleProblem(graph: ReadonlyMap<string, Outgoing>, cycle: readonly string[]): ModelProblem {
  const first = cycle.indexOf([...cycle].sort()[0]!);
  const ids = [...cycle.slice(first), ...cycle.slice(0, first)];
  const from = graph.get(ids[0]!)!;
  const to = ids[1] ?? ids[0];
  const reference = from.references.find((r) => r.target === to)!;
  return problemAt(
    from.element.document,
    reference.path,
    `${reference.field}: cycle ${[...ids, ids[0]].join(' -> ')}; ${reference.type} must not loop back to where it started`,
  );
}
