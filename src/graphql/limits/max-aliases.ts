/**
 * Rejects operations with more aliased fields than a limit, before execution. Aliases let one
 * request ask for the same expensive field many times (`a: impact(…) b: impact(…) …`), which the
 * depth limit cannot see. Aliases inside fragments count once per spread.
 */
import type { ValidationRule } from 'graphql';
import { foldSelections, sum } from './selections.js';
import { tooComplex } from './too-complex.js';

/** @default 30 */
export const MAX_QUERY_ALIASES = 30;

export const maxAliasesRule =
  (maxAliases: number = MAX_QUERY_ALIASES): ValidationRule =>
  (context) => {
    const aliasesIn = foldSelections(context.getSchema(), context.getDocument(), ({ node }, children) => (node.alias ? 1 : 0) + children, sum);
    return {
      OperationDefinition(operation) {
        const aliases = aliasesIn(operation);
        if (aliases > maxAliases) {
          context.reportError(tooComplex(`The query uses ${aliases} aliases; the limit is ${maxAliases}.`, [operation]));
        }
      },
    };
  };
