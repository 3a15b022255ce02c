/**
 * The error every query limit rejects with: code QUERY_TOO_COMPLEX (the QueryTooComplexError is
 * its original error, which errors.ts turns into `extensions.code`) and HTTP status 400.
 */
import { GraphQLError, type ASTNode } from 'graphql';
import { QueryTooComplexError } from '../../errors.js';

export const tooComplex = (message: string, nodes?: readonly ASTNode[]): GraphQLError =>
  new GraphQLError(message, {
    nodes,
    originalError: new QueryTooComplexError(message),
    extensions: { http: { status: 400 } },
  });
