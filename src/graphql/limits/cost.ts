/**
 * Rejects operations whose estimated cost exceeds a limit, after validation and before
 * execution. It runs as an Apollo plugin rather than a validation rule because the cost depends
 * on variables (`first: $first`), which validation does not see.
 *
 * The estimate: every field costs 1 plus its children; a connection multiplies its children by
 * `first` (capped at the largest page, beyond which the resolver rejects `first` itself); any
 * other list multiplies them by ASSUMED_LIST_LENGTH — except a connection's `edges`, which
 * `first` has already counted. Fragments on different types of an abstract field all count
 * (an over-estimate, never an under-estimate); introspection costs nothing.
 *
 * Our own estimator rather than graphql-query-complexity's: that package's ESM build imports
 * graphql's ESM entry while type-graphql uses the CommonJS one, and under tsx the two meet as
 * "another realm" — and it re-walks a fragment at every spread, where we count each once.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../page-size.js';
import { fragmentsOf, isIntrospection } from './fragments.js';
import { tooComplex } from './too-complex.js';

/** @default 50_000 — a full page of requirements with two levels of relationship lists below it fits. */
export const MAX_QUERY_COST = 50_000;

/** How long a relationship or result list is taken to be, for the estimate. */
export const ASSUMED_LIST_LENGTH = 10;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function multiplierOf(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE);
  if (parent.name.endsWith('Connection') && field.name === 'edges') return 1;
  return isListType(getNullableType(field.type)) ? ASSUMED_LIST_LENGTH : 1;
}

/** The estimated cost of `operation`, its variables already coerced. */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = fragmentsOf(document);
  const fragmentCost = new Map<string, number>();
  const visiting = new Set<string>();

  const ofSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number =>
    sum(
      set.selections.map((selection) => {
        switch (selection.kind) {
          case Kind.FIELD: {
            if (isIntrospection(selection.name.value)) return 0;
            if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return 1;
            const field = parent.getFields()[selection.name.value];
            if (!field) return 1;
            const children = selection.selectionSet ? ofSet(selection.selectionSet, getNamedType(field.type)) : 0;
            return 1 + multiplierOf(parent, field, getArgumentValues(field, selection, variables)) * children;
          }
          case Kind.INLINE_FRAGMENT:
            return ofSet(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent);
          case Kind.FRAGMENT_SPREAD:
            return ofFragment(selection.name.value);
        }
      }),
    );

  const ofFragment = (name: string): number => {
    const known = fragmentCost.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const cost = ofSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    visiting.delete(name);
    fragmentCost.set(name, cost);
    return cost;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return ofSet(operation.selectionSet, root ?? undefined);
}

export const costLimitPlugin = (maxCost: number = MAX_QUERY_COST): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operation }) {
        // No operation to run, or bad variables: execution reports it and runs nothing.
        if (!operation) return;
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
        if (variables.errors) return;
        const cost = costOf(schema, document, operation, variables.coerced);
        if (cost > maxCost) {
          throw tooComplex(`The query's estimated cost is ${cost}; the limit is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`);
        }
      },
    };
  },
});
