/**
 * Unique ids: an id names one element across all kinds and files, because references are bare
 * ids. Every later definition is reported, pointing back at the first.
 */
import type { ModelCheck } from './model-check.js';
import { problemAt, quoted } from './model-check.js';

export const checkUniqueIds: ModelCheck = ({ elements, byId }) =>
  elements.flatMap((element) => {
    const first = element.id === undefined ? undefined : byId.get(element.id);
    if (!first || first === element) return [];
    const at = first.document.locate([...first.path, 'id']);
    return [
      problemAt(
        element.document,
        [...element.path, 'id'],
        `duplicate id ${quoted(element.id ?? '')}: first defined at ${first.document.file}:${at.line}:${at.col}`,
      ),
    ];
  });
