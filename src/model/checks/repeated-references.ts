/**
 * Repeated references: a list of ids (`appliesTo`, `verifies`, …) names each element once,
 * whether as a bare id or as `{id, …}` with its provenance. A repeat is a slip — usually a copy
 * where another id was meant — and the graph would hold the relationship once anyway, so the
 * author is told at the repeat.
 */
import type { ModelProblem } from '../../errors.js';
import { isMapping } from '../elements.js';
import { yamlRelationshipsOf } from '../relationships.js';
import type { ModelCheck } from './model-check.js';
import { problemAt, quoted } from './model-check.js';

/** The id a list entry names: a bare id, or the `id` of `{id, …}`. */
const idOf = (entry: unknown): unknown => (isMapping(entry) ? entry.id : entry);

export const checkRepeatedReferences: ModelCheck = ({ elements }) => {
  const problems: ModelProblem[] = [];
  for (const element of elements) {
    for (const { yaml } of yamlRelationshipsOf(element.kind)) {
      const entries = element.fields[yaml.field];
      if (yaml.cardinality === 'one' || !Array.isArray(entries) || entries.length < 2) continue;
      const firsts = new Map<unknown, number>();
      for (const [i, entry] of entries.entries()) {
        const id = idOf(entry);
        const first = firsts.get(id);
        if (first === undefined) firsts.set(id, i);
        else if (typeof id === 'string') {
          const at = (j: number) => [...element.path, yaml.field, j, ...(isMapping(entries[j]) ? ['id'] : [])];
          const { line, col } = element.document.locate(at(first));
          problems.push(problemAt(element.document, at(i), `${yaml.field}: ${quoted(id)} is listed twice (first at ${line}:${col})`));
        }
      }
    }
  }
  return problems;
};
