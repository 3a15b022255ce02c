/**
 * Rejects operations whose estimated cost exceeds a limit, after validation and before
 * execution. It runs as an Apollo plugin rather than a validation rule because the cost depends
 * on variables (`first: $first`), which validation does not see.
 *
 * The estimate: every field costs 1 plus its children; a connection multiplies its children by
 * `first` (capped at the largest page, beyond which the resolver rejects `first` itself); any
 * other list multiplies them by ASSUMED_LIST_LENGTH — except a connection's `edges`, which
 * `first` has already counted. Fragments on different types of an abstract field all count
 * (an over-estimate, never an under-estimate).
 *
 * Introspection is estimated the same way, against a budget of its own: it answers from the
 * schema without a store call, and the full query schema tools send is estimated at ~52 000,
 * over the data budget. The budget still stops the nesting that multiplies a schema-sized answer
 * (`__type { fields { type { fields { type { fields … } } } } }`).
 *
 * Our own estimator rather than graphql-query-complexity's: that package's ESM build imports
 * graphql's ESM entry while type-graphql uses the CommonJS one, and under tsx the two meet as
 * "another realm"; and it re-walks a fragment at every spread, where we measure each once.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getArgumentValues, getNullableType, getVariableValues, isListType, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { MAX_PAGE_SIZE } from '../page-size.js';
import { foldSelections, isSchemaIntrospection, sum, type FieldVisit } from './selections.js';
import { tooComplex } from './too-complex.js';

/** @default 50_000 — a full page of requirements with two levels of relationship lists below it fits. */
export const MAX_QUERY_COST = 50_000;

/** @default 100_000 — twice the full introspection query. */
export const MAX_INTROSPECTION_COST = 100_000;

/** How long a relationship or result list is taken to be, for the estimate. */
export const ASSUMED_LIST_LENGTH = 10;

function multiplierOf({ node, parent, definition }: FieldVisit, variables: Record<string, unknown>): number {
  if (!definition) return 1;
  const { first } = getArgumentValues(definition, node, variables);
  if (typeof first === 'number') return Math.min(Math.max(first, 0), MAX_PAGE_SIZE);
  if (parent?.name.endsWith('Connection') && definition.name === 'edges') return 1;
  return isListType(getNullableType(definition.type)) ? ASSUMED_LIST_LENGTH : 1;
}

export interface QueryCost {
  /** Fields that read the design graph. */
  readonly data: number;
  /** The `__schema`/`__type` subtrees. */
  readonly introspection: number;
}

/** The estimated cost of `operation`, its variables already coerced. */
export function costOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): QueryCost {
  const fieldCost = (field: FieldVisit, children: number) => 1 + multiplierOf(field, variables) * children;
  let introspects = false;
  const data = foldSelections(schema, document, (field, children) => (isSchemaIntrospection(field.node) ? ((introspects = true), 0) : fieldCost(field, children)), sum)(operation);
  // The whole operation measured again only when it holds introspection: most requests do not.
  const introspection = introspects ? foldSelections(schema, document, fieldCost, sum)(operation) - data : 0;
  return { data, introspection };
}

export interface CostLimits {
  readonly maxCost?: number;
  readonly maxIntrospectionCost?: number;
}

export const costLimitPlugin = ({ maxCost = MAX_QUERY_COST, maxIntrospectionCost = MAX_INTROSPECTION_COST }: CostLimits = {}): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operation }) {
        // No operation to run, or bad variables: execution reports it and runs nothing.
        if (!operation) return;
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
        if (variables.errors) return;
        const cost = costOf(schema, document, operation, variables.coerced);
        if (cost.data > maxCost) {
          throw tooComplex(`The query's estimated cost is ${cost.data}; the limit is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`);
        }
        if (cost.introspection > maxIntrospectionCost) {
          throw tooComplex(`The introspection's estimated cost is ${cost.introspection}; the limit is ${maxIntrospectionCost}. Nest fewer lists of types and fields.`);
        }
      },
    };
  },
});
