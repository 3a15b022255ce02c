/**
 * definedBy: the `definedBy` key at the top of a file names an Artefact of the model — it
 * becomes the DEFINES edge from that artefact to every element of the file.
 */
import { definedByOf } from '../elements.js';
import { DEFINED_BY_KEY } from '../file-schema.js';
import { RELATIONSHIPS } from '../relationships.js';
import type { ModelCheck } from './model-check.js';
import { problemAt } from './model-check.js';
import { referenceProblem } from './references.js';

export const checkDefinedBy: ModelCheck = (model) =>
  model.documents.flatMap((document) => {
    const target = definedByOf(document);
    if (target === undefined) return [];
    const message = referenceProblem(model, DEFINED_BY_KEY, target, [RELATIONSHIPS.DEFINES.from]);
    return message ? [problemAt(document, [DEFINED_BY_KEY], message)] : [];
  });
