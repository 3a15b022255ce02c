/**
 * Rejects operations nested deeper than a limit, before execution. Depth counts fields from the
 * root (`{ requirement { appliesTo { id } } }` is 3), through fragments. Each level of a query
 * can cost a store round-trip, so depth bounds a request's round-trips; the limit is above what
 * the user questions need (a path hop's element in an impact answer is at depth 6, a
 * requirement's test cases' phase at 7).
 *
 * Introspection counts too, against a limit of its own: the query schema tools send
 * (graphql-js `getIntrospectionQuery`) unwraps a type's `ofType` nine times, 14 levels in all,
 * and answers from the schema without touching the store.
 */
import type { ValidationRule } from 'graphql';
import { foldSelections, isSchemaIntrospection } from './selections.js';
import { tooComplex } from './too-complex.js';

/** @default 10 */
export const MAX_QUERY_DEPTH = 10;

/** @default 15 — the standard introspection query is 14 deep. */
export const MAX_INTROSPECTION_DEPTH = 15;

const deepest = (values: readonly number[]) => Math.max(0, ...values);

export const maxDepthRule =
  (maxDepth: number = MAX_QUERY_DEPTH, maxIntrospectionDepth: number = MAX_INTROSPECTION_DEPTH): ValidationRule =>
  (context) => {
    const [schema, document] = [context.getSchema(), context.getDocument()];
    // Introspection fields hold only introspection below them, so the data depth leaves them out
    // and the overall depth, with them in, is in effect the introspection depth.
    const dataDepthOf = foldSelections(schema, document, ({ node }, children) => (isSchemaIntrospection(node) ? 0 : 1 + children), deepest);
    const depthOf = foldSelections(schema, document, (_field, children) => 1 + children, deepest);
    return {
      OperationDefinition(operation) {
        const dataDepth = dataDepthOf(operation);
        const depth = depthOf(operation);
        const [over, limit] = dataDepth > maxDepth ? [dataDepth, maxDepth] : depth > maxIntrospectionDepth ? [depth, maxIntrospectionDepth] : [0, 0];
        if (over > 0) {
          const what = dataDepth > maxDepth ? 'The query' : 'The introspection query';
          context.reportError(tooComplex(`${what} is nested ${over} levels deep; the limit is ${limit}. Ask for fewer levels, or split the query.`, [operation]));
        }
      },
    };
  };
