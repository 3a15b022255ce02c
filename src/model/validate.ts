/**
 * Validation: every check in `CHECKS` runs over the whole parsed model, and all their problems
 * come back together, ordered by file, line and column. A check per file in `checks/`, each
 * pinned by its own broken fixture under test/fixtures/broken/.
 */
import type { ModelProblem } from '../errors.js';
import { checkAcyclic } from './checks/acyclic.js';
import { checkDateOrder } from './checks/date-order.js';
import { checkDefinedBy } from './checks/defined-by.js';
import { checkIdPatterns } from './checks/id-patterns.js';
import { checkInterfaceFlows } from './checks/interface-flows.js';
import type { ModelCheck, ModelUnderValidation, UnparsedFile } from './checks/model-check.js';
import { checkProposals } from './checks/proposals.js';
import { checkProvenance } from './checks/provenance.js';
import { checkReferences } from './checks/references.js';
import { checkRepeatedReferences } from './checks/repeated-references.js';
import { checkShape } from './checks/shape.js';
import { checkUniqueIds } from './checks/unique-ids.js';
import { checkUnparsedFiles } from './checks/unparsed-files.js';
import type { ModelElement } from './elements.js';
import { collectElements } from './elements.js';
import { compare } from './order.js';
import type { UnparsableFile, YamlDocument } from './parse.js';

const CHECKS: readonly ModelCheck[] = [
  checkUnparsedFiles,
  checkShape,
  checkIdPatterns,
  checkProvenance,
  checkProposals,
  checkUniqueIds,
  checkReferences,
  checkDefinedBy,
  checkAcyclic,
  checkDateOrder,
  checkRepeatedReferences,
  checkInterfaceFlows,
];

/** The parsed files, ready to check, and the files that did not parse. */
export function modelUnderValidation(documents: readonly YamlDocument[], unparsable: readonly UnparsableFile[]): ModelUnderValidation {
  const elements = documents.flatMap(collectElements);
  const byId = new Map<string, ModelElement>();
  for (const element of elements) {
    if (element.id !== undefined && !byId.has(element.id)) byId.set(element.id, element);
  }
  const unparsed = unparsable.map(({ problem, text }): UnparsedFile => {
    const words = text === undefined ? undefined : wordsOf(text);
    return { problem, mentions: (id) => words === undefined || words.has(id) };
  });
  const mayBeUnparsed = (id: string) => unparsed.some((file) => file.mentions(id));
  return { documents, elements, byId, unparsed, mayBeUnparsed };
}

/** Everything in a text that could be an id: letters and digits joined by `-`, `_` and `.`. */
const wordsOf = (text: string): ReadonlySet<string> => new Set(text.match(/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/g));

export const validateModel = (model: ModelUnderValidation): ModelProblem[] => CHECKS.flatMap((check) => check(model));

export const byLocation = (a: ModelProblem, b: ModelProblem): number =>
  compare(a.file, b.file) || compare(a.line, b.line) || compare(a.col, b.col) || compare(a.message, b.message);
