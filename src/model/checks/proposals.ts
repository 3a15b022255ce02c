/**
 * Proposals: a `proposedBy` (on an element or on a reference) names a ChangeRequest of the
 * model; change requests themselves are not proposed design; and the baselined design never
 * refers to an element a change request only proposes to add — such a reference is proposed by
 * the same change request, or it would dangle in the baseline.
 */
import type { ModelElement } from '../elements.js';
import { referencesOf } from '../elements.js';
import type { Proposal } from '../provenance.js';
import type { PathSegment } from '../positions.js';
import type { ModelCheck, ModelUnderValidation } from './model-check.js';
import { describeElement, problemAt } from './model-check.js';
import { referenceProblem } from './references.js';

const proposalOf = (fields: Readonly<Record<string, unknown>>): Proposal | undefined => {
  const value = fields.proposedBy;
  return typeof value === 'object' && value !== null && typeof (value as Proposal).cr === 'string' ? (value as Proposal) : undefined;
};

/** The change request a proposal names, checked like any reference. */
function crProblems(model: ModelUnderValidation, element: ModelElement, proposal: Proposal | undefined, at: readonly PathSegment[]) {
  if (!proposal) return [];
  const message = referenceProblem(model, 'proposedBy.cr', proposal.cr, ['ChangeRequest']);
  return message ? [problemAt(element.document, [...at, 'proposedBy', 'cr'], message)] : [];
}

export const checkProposals: ModelCheck = (model) =>
  model.elements.flatMap((element) => {
    const written = proposalOf(element.fields);
    const onChangeRequest = written !== undefined && element.kind === 'ChangeRequest';
    const own = onChangeRequest ? undefined : written;
    return [
      ...(onChangeRequest
        ? [problemAt(element.document, [...element.path, 'proposedBy'], `${describeElement(element)}: a change request is not proposed design; remove proposedBy`, 'key')]
        : crProblems(model, element, own, element.path)),
      ...referencesOf(element).flatMap(({ field, target, path, written }) => {
        const onReference = written ? proposalOf(written.fields) : undefined;
        const problems = written ? crProblems(model, element, onReference, written.path) : [];
        const proposal = onReference ?? own;
        const targetElement = model.byId.get(target);
        const added = targetElement && proposalOf(targetElement.fields);
        if (!added || added.change !== 'ADD') return problems;
        if (proposal && proposal.cr === added.cr) return problems;
        return [
          ...problems,
          problemAt(
            element.document,
            path,
            `${field}: '${target}' is proposed by ${added.cr} (ADD), not baselined design; write the reference as {id: ${target}, proposedBy: {cr: ${added.cr}, change: ADD}}`,
          ),
        ];
      }),
    ];
  });
