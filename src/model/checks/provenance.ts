/**
 * Provenance: every element says where it comes from — exactly one of `source` (a fact read
 * from a seed paper) or `example` (an illustration, with the reason it exists) — so nobody
 * mistakes an example for baselined design.
 */
import type { ModelCheck } from './model-check.js';
import { describeElement, problemAt } from './model-check.js';

export const checkProvenance: ModelCheck = ({ elements }) =>
  elements.flatMap((element) => {
    const hasSource = element.fields.source !== undefined;
    const hasExample = element.fields.example !== undefined;
    if (hasSource && hasExample) {
      return [
        problemAt(
          element.document,
          [...element.path, 'example'],
          `${describeElement(element)} has both source and example; it is either a fact from a paper or an example, not both`,
          'key',
        ),
      ];
    }
    if (!hasSource && !hasExample) {
      return [
        problemAt(
          element.document,
          element.path,
          `${describeElement(element)} has neither source nor example; cite the paper it comes from (source) or say why it is an illustration (example)`,
        ),
      ];
    }
    return [];
  });
