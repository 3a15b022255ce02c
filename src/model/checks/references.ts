/**
 * References: every id in a relationship field (`appliesTo`, `realisedBy`, `sends`, …, as
 * declared in `relationships.ts`) names an element that exists and is of a kind the
 * relationship allows. Lookups go through the id index, so this is linear in the references.
 */
import { didYouMean } from '../did-you-mean.js';
import { referencesOf } from '../elements.js';
import type { NodeKind } from '../kinds.js';
import type { ModelCheck, ModelUnderValidation } from './model-check.js';
import { problemAt, quoted, withArticle } from './model-check.js';

export const checkReferences: ModelCheck = (model) =>
  model.elements.flatMap((element) =>
    referencesOf(element).flatMap(({ field, target, spec, path }) => {
      const message = referenceProblem(model, field, target, spec.to);
      return message ? [problemAt(element.document, path, message)] : [];
    }),
  );

/** What is wrong with `field: target`, which must name an element of one of `kinds`; undefined if nothing. */
export function referenceProblem(
  model: ModelUnderValidation,
  field: string,
  target: string,
  kinds: readonly NodeKind[],
): string | undefined {
  const element = model.byId.get(target);
  if (!element) {
    if (model.mayBeUnparsed(target)) return undefined;
    const candidates = model.elements.flatMap((e) => (e.id !== undefined && kinds.includes(e.kind) ? [e.id] : []));
    return `${field}: ${quoted(target)} does not exist in the model${didYouMean(target, candidates)}`;
  }
  if (kinds.includes(element.kind)) return undefined;
  return `${field}: ${quoted(target)} is ${withArticle(element.kind)}; expected ${oneOf(kinds)}`;
}

const oneOf = (kinds: readonly string[]) =>
  kinds.length === 1 ? String(kinds[0]) : `${kinds.slice(0, -1).join(', ')} or ${String(kinds.at(-1))}`;
