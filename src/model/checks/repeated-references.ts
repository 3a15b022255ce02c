/**
 * Repeated references: a list of ids (`appliesTo`, `verifies`, …) names each element once. A
 * repeat is a slip — usually a copy where another id was meant — and the graph would hold the
 * relationship once anyway, so the author is told at the repeat.
 */
import type { ModelProblem } from '../../errors.js';
import { yamlRelationshipsOf } from '../relationships.js';
import type { ModelCheck } from './model-check.js';
import { problemAt, quoted } from './model-check.js';

export const checkRepeatedReferences: ModelCheck = ({ elements }) =>
  elements.flatMap((element) =>
    yamlRelationshipsOf(element.kind).flatMap(({ yaml: { field, cardinality } }): ModelProblem[] => {
      const ids = element.fields[field];
      if (cardinality === 'one' || !Array.isArray(ids) || ids.length < 2) return [];
      const firsts = new Map<unknown, number>();
      return ids.flatMap((id: unknown, i) => {
        const first = firsts.get(id);
        if (first === undefined) firsts.set(id, i);
        if (typeof id !== 'string' || first === undefined) return [];
        const at = element.document.locate([...element.path, field, first]);
        return [problemAt(element.document, [...element.path, field, i], `${field}: ${quoted(id)} is listed twice (first at ${at.line}:${at.col})`)];
      });
    }),
  );
