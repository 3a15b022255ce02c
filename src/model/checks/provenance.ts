/**
 * Provenance: every element says where it comes from — exactly one of `source` (a fact read
 * from a seed paper), `example` (an illustration, with the reason it exists) or `inferred` (a
 * judgement no paper states, with its reason) — so nobody mistakes an example or an inference for
 * baselined design. A reference written as a mapping may state one of its own, never two.
 */
import { referencesOf } from '../elements.js';
import { provenanceKeysFor } from '../kinds.js';
import { provenanceKeysOf, type ProvenanceKey } from '../provenance.js';
import type { ModelCheck } from './model-check.js';
import { describeElement, problemAt } from './model-check.js';

const WHY: Readonly<Record<ProvenanceKey, string>> = {
  source: 'cite the paper it comes from (source)',
  example: 'say why it is an illustration (example)',
  inferred: 'give the reason for the inference (inferred)',
  recordedFrom: 'name the test report it was imported from (recordedFrom)',
};

/** What the kinds whose first provenance key is this one are, exactly one of. */
const EXACTLY_ONE: Readonly<Partial<Record<ProvenanceKey, string>>> = {
  source: 'it is a fact from a paper, an example or an inference, exactly one',
  recordedFrom: 'it is recorded from a test report or an example, exactly one',
};

const orList = (keys: readonly string[]) => (keys.length < 3 ? keys.join(' or ') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`);

export const checkProvenance: ModelCheck = ({ elements }) =>
  elements.flatMap((element) => {
    const allowed = provenanceKeysFor(element.kind);
    const keys = provenanceKeysOf(element.fields);
    const name = describeElement(element);
    const misplaced = keys.find((key) => !allowed.includes(key));
    const own = misplaced
      ? [problemAt(element.document, [...element.path, misplaced], `${name} cannot state ${misplaced}; give one of ${allowed.join(', ')}`, 'key')]
      : keys.length > 1
        ? [
            problemAt(
              element.document,
              [...element.path, keys[1]!],
              `${name} has ${keys.join(' and ')}; ${EXACTLY_ONE[allowed[0]!]}`,
              'key',
            ),
          ]
        : keys.length === 0
          ? [problemAt(element.document, element.path, `${name} has none of ${orList(allowed)}; ${orList(allowed.map((key) => WHY[key]))}`)]
          : [];
    const ofReferences = referencesOf(element).flatMap(({ field, target, written }) => {
      const onReference = written ? provenanceKeysOf(written.fields) : [];
      if (!written || onReference.length < 2) return [];
      return [
        problemAt(
          element.document,
          [...written.path, onReference[1]!],
          `${field}: the reference to '${target}' has ${onReference.join(' and ')}; give it one provenance, or none to inherit the element's`,
          'key',
        ),
      ];
    });
    return [...own, ...ofReferences];
  });
