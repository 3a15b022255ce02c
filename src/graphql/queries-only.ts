/**
 * The API answers queries only: the design changes through reviewed YAML in git, never through
 * the API, so the schema has no Mutation or Subscription type. graphql-js 16 validates such an
 * operation without complaint and fails it at execution as an internal error; this rejects it
 * first, as the client's mistake (400, OPERATION_NOT_SUPPORTED). A GET keeps Apollo's own 405,
 * which comes earlier.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { OperationNotSupportedError } from '../errors.js';

export const queriesOnlyPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (!operation || operation.operation === 'query') return;
        const message = `This API answers queries only, not ${operation.operation}s: the design model changes through its YAML files.`;
        throw new GraphQLError(message, { nodes: [operation], originalError: new OperationNotSupportedError(message), extensions: { http: { status: 400 } } });
      },
    };
  },
});
