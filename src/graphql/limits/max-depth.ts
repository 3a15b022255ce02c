/**
 * Rejects operations nested deeper than a limit, before execution. Depth counts fields from the
 * root (`{ requirement { appliesTo { id } } }` is 3), through fragments; introspection is not
 * counted. Each level of a query can cost a store round-trip, so depth bounds a request's
 * round-trips; the limit is above what the user questions need (a path hop's element in an
 * impact answer is at depth 6, a requirement's test cases' phase at 7).
 */
import type { ValidationRule } from 'graphql';
import { foldSelections } from './selections.js';
import { tooComplex } from './too-complex.js';

/** @default 10 */
export const MAX_QUERY_DEPTH = 10;

export const maxDepthRule =
  (maxDepth: number = MAX_QUERY_DEPTH): ValidationRule =>
  (context) => {
    const depthOf = foldSelections(
      context.getSchema(),
      context.getDocument(),
      (_field, children) => 1 + children,
      (values) => Math.max(0, ...values),
    );
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation);
        if (depth > maxDepth) {
          context.reportError(
            tooComplex(`The query is nested ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer levels, or split the query.`, [operation]),
          );
        }
      },
    };
  };
