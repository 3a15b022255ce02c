/**
 * Rejects operations that ask for `__schema` or `__type` more than once. One introspection
 * answers any tool's question about the schema; every further one is another copy of the schema
 * (~100 kB each), so aliases of `__schema` turn a small request into a huge answer.
 */
import type { ValidationRule } from 'graphql';
import { foldSelections, isSchemaIntrospection, sum } from './selections.js';
import { tooComplex } from './too-complex.js';

/** @default 1 */
export const MAX_INTROSPECTIONS = 1;

export const maxIntrospectionsRule =
  (maxIntrospections: number = MAX_INTROSPECTIONS): ValidationRule =>
  (context) => {
    const introspectionsIn = foldSelections(context.getSchema(), context.getDocument(), ({ node }, children) => (isSchemaIntrospection(node) ? 1 : 0) + children, sum);
    return {
      OperationDefinition(operation) {
        const count = introspectionsIn(operation);
        if (count > maxIntrospections) {
          context.reportError(tooComplex(`The query introspects the schema ${count} times (__schema, __type); the limit is ${maxIntrospections}.`, [operation]));
        }
      },
    };
  };
