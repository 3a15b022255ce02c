/**
 * Unparsed files: when a file does not parse, the references in every other file are still
 * checked, except those naming an id the broken file mentions — it may define it. Those are
 * said once, at the broken file's problem, so the author knows what is still unchecked.
 */
import type { ModelProblem } from '../../errors.js';
import { definedByOf, referencesOf } from '../elements.js';
import type { ModelCheck } from './model-check.js';
import { shortened } from './model-check.js';

/** How many of the uncertain ids a message lists. */
const LISTED = 5;

export const checkUnparsedFiles: ModelCheck = (model) => {
  if (model.unparsed.length === 0) return [];
  const unresolved = [
    ...model.elements.flatMap((element) => referencesOf(element).map((r) => r.target)),
    ...model.documents.flatMap((document) => definedByOf(document) ?? []),
  ].filter((target) => !model.byId.has(target));
  return model.unparsed.flatMap(({ problem, mentions }): ModelProblem[] => {
    const uncertain = unresolved.filter((id) => mentions(id));
    if (uncertain.length === 0) return [];
    const ids = [...new Set(uncertain)].sort().map(shortened);
    const listed = ids.length > LISTED ? `${ids.slice(0, LISTED).join(', ')}, …` : ids.join(', ');
    const references = uncertain.length === 1 ? '1 reference' : `${uncertain.length} references`;
    return [{ ...problem, message: `${references} from other files to ids this file mentions (${listed}) cannot be checked until it is fixed` }];
  });
};
