/**
 * The Apollo Server the HTTP server runs: our schema, the query limits, error formatting, and
 * no Apollo landing page (its Sandbox loads from a CDN this network cannot reach; the server
 * serves its own offline page instead).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../log.js';
import type { ApiContext } from './context.js';
import { formatErrorFor } from './errors.js';
import { costLimitPlugin } from './limits/cost.js';
import { maxAliasesRule } from './limits/max-aliases.js';
import { maxDepthRule } from './limits/max-depth.js';
import { maxIntrospectionsRule } from './limits/max-introspections.js';
import { queriesOnlyPlugin } from './queries-only.js';

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  /** Extra plugins, e.g. draining the HTTP server on stop. */
  readonly plugins?: readonly ApolloServerPlugin<ApiContext>[];
}

export function createApollo({ schema, logger, plugins = [] }: ApolloOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    validationRules: [maxDepthRule(), maxAliasesRule(), maxIntrospectionsRule()],
    plugins: [queriesOnlyPlugin(), costLimitPlugin(), ApolloServerPluginLandingPageDisabled(), ...plugins],
    formatError: formatErrorFor(logger),
    includeStacktraceInErrorResponses: false,
    // Batched requests would multiply every per-request limit by the batch size.
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would keep clients' documents in a server-side cache for
    // nothing: every query here is small and sent whole.
    persistedQueries: false,
    introspection: true,
    // The caller owns the process and its signals (src/cli serve shuts down gracefully).
    stopOnTerminationSignals: false,
    logger: {
      debug: (message: unknown) => logger.debug(String(message)),
      info: (message: unknown) => logger.info(String(message)),
      warn: (message: unknown) => logger.warn(String(message)),
      error: (message: unknown) => logger.error(String(message)),
    },
  });
}
