/**
 * Validation: every check in `CHECKS` runs over the whole parsed model, and all their problems
 * come back together, ordered by file, line and column. A check per file in `checks/`, each
 * pinned by its own broken fixture under test/fixtures/broken/.
 */
import type { ModelProblem } from '../errors.js';
import { checkAcyclic } from './checks/acyclic.js';
import { checkDefinedBy } from './checks/defined-by.js';
import { checkIdPatterns } from './checks/id-patterns.js';
import type { ModelCheck, ModelUnderValidation } from './checks/model-check.js';
import { checkProvenance } from './checks/provenance.js';
import { checkReferences } from './checks/references.js';
import { checkShape } from './checks/shape.js';
import { checkUniqueIds } from './checks/unique-ids.js';
import type { ModelElement } from './elements.js';
import { collectElements } from './elements.js';
import { compare } from './order.js';
import type { YamlDocument } from './parse.js';

const CHECKS: readonly ModelCheck[] = [
  checkShape,
  checkIdPatterns,
  checkProvenance,
  checkUniqueIds,
  checkReferences,
  checkDefinedBy,
  checkAcyclic,
];

/** The parsed files, ready to check; `incomplete` when some file did not parse. */
export function modelUnderValidation(documents: readonly YamlDocument[], incomplete: boolean): ModelUnderValidation {
  const elements = documents.flatMap(collectElements);
  const byId = new Map<string, ModelElement>();
  for (const element of elements) {
    if (element.id !== undefined && !byId.has(element.id)) byId.set(element.id, element);
  }
  return { documents, elements, byId, incomplete };
}

export const validateModel = (model: ModelUnderValidation): ModelProblem[] => CHECKS.flatMap((check) => check(model));

export const byLocation = (a: ModelProblem, b: ModelProblem): number =>
  compare(a.file, b.file) || compare(a.line, b.line) || compare(a.col, b.col) || compare(a.message, b.message);
