/**
 * Repeated references: a list of ids (`appliesTo`, `verifies`, …) names each element once. A
 * repeat is a slip — usually a copy where another id was meant — and the graph would hold the
 * relationship once anyway, so the author is told at the repeat.
 */
import type { ModelProblem } from '../../errors.js';
import { yamlRelationshipsOf } from '../relationships.js';
import type { ModelCheck } from './model-check.js';
import { problemAt, quoted } from './model-check.js';

export const checkRepeatedReferences: ModelCheck = ({ elements }) => {
  const problems: ModelProblem[] = [];
  for (const element of elements) {
    for (const { yaml } of yamlRelationshipsOf(element.kind)) {
      const ids = element.fields[yaml.field];
      if (yaml.cardinality === 'one' || !Array.isArray(ids) || ids.length < 2) continue;
      const firsts = new Map<unknown, number>();
      for (const [i, id] of ids.entries()) {
        const first = firsts.get(id);
        if (first === undefined) firsts.set(id, i);
        else if (typeof id === 'string') {
          const at = element.document.locate([...element.path, yaml.field, first]);
          problems.push(problemAt(element.document, [...element.path, yaml.field, i], `${yaml.field}: ${quoted(id)} is listed twice (first at ${at.line}:${at.col})`));
        }
      }
    }
  }
  return problems;
};
