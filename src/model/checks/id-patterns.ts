/**
 * Id patterns: every id has the programme's form for its kind (`BRS007-FR-001`, `IF-021`,
 * `MHHSP-BP001-S01`, …), so ids say what they name and typos show up here rather than as
 * dangling references. The message gives an example and the exact pattern from `kinds.ts`.
 */
import { KINDS, MAX_ID_LENGTH } from '../kinds.js';
import type { ModelCheck } from './model-check.js';
import { problemAt } from './model-check.js';

export const checkIdPatterns: ModelCheck = ({ elements }) =>
  elements.flatMap((element) => {
    const { idPattern, idExample } = KINDS[element.kind];
    // An overlong id is the shape check's problem; it would not match anyway.
    if (element.id === undefined || element.id.length > MAX_ID_LENGTH || idPattern.test(element.id)) return [];
    return [
      problemAt(
        element.document,
        [...element.path, 'id'],
        `malformed ${element.kind} id '${element.id}': expected an id like '${idExample}' (${idPattern.source})`,
      ),
    ];
  });
