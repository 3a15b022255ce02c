/**
 * Provenance: every element says where it comes from — exactly one of `source` (a fact read
 * from a seed paper), `example` (an illustration, with the reason it exists) or `inferred` (a
 * judgement no paper states, with its reason) — so nobody mistakes an example or an inference for
 * baselined design. A reference written as a mapping may state one of its own, never two.
 */
import { referencesOf } from '../elements.js';
import { provenanceKeysOf } from '../provenance.js';
import type { ModelCheck } from './model-check.js';
import { describeElement, problemAt } from './model-check.js';

export const checkProvenance: ModelCheck = ({ elements }) =>
  elements.flatMap((element) => {
    const keys = provenanceKeysOf(element.fields);
    const name = describeElement(element);
    const own =
      keys.length > 1
        ? [
            problemAt(
              element.document,
              [...element.path, keys[1]!],
              `${name} has ${keys.join(' and ')}; it is a fact from a paper, an example or an inference, exactly one`,
              'key',
            ),
          ]
        : keys.length === 0
          ? [
              problemAt(
                element.document,
                element.path,
                `${name} has none of source, example or inferred; cite the paper it comes from (source), say why it is an illustration (example) or give the reason for the inference (inferred)`,
              ),
            ]
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
