/**
 * Id patterns: every id has the programme's form for its kind (`BRS007-FR-001`, `IF-021`,
 * `MHHSP-BP001-S01`, …), so ids say what they name and typos show up here rather than as
 * dangling references. The message gives an example and the exact pattern from `kinds.ts`.
 */
import { KINDS } from '../kinds.js';
import type { ModelCheck } from './model-check.js';
import { problemAt } from './model-check.js';

export const checkIdPatterns: ModelCheck = ({ elements }) =>
  elements.flatMap((element) => {
    const { idPattern, idExample } = KINDS[element.kind];
    if (element.id === undefined || idPattern.test(element.id)) return [];
    return [
      problemAt(
        element.document,
        [...element.path, 'id'],
        `malformed ${element.kind} id '${element.id}': expected an id like '${idExample}' (${idPattern.source})`,
      ),
    ];
  });
