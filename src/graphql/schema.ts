/**
 * Builds the GraphQL schema from the type-graphql classes. Every file that declares types or
 * resolvers is reached from the resolver list below, so importing this module is enough — and
 * the only way in: type-graphql's decorators need the reflect-metadata polyfill loaded before
 * any decorated class, which the first import below guarantees.
 */
import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ChangeControlResolver } from './resolvers/change-control.resolver.js';
import { CodeTraceResolver } from './resolvers/code-trace.resolver.js';
import { DecisionsResolver } from './resolvers/decisions.resolver.js';
import { ImpactAssessmentResolver, ImpactResolver } from './resolvers/impact.resolver.js';
import { KindQueriesResolver, NodeResolver } from './resolvers/node.resolvers.js';
import { NeighbourhoodResolver } from './resolvers/neighbourhood.resolver.js';
import { PathHopResolver, PathResolver } from './resolvers/path.resolvers.js';
import { RELATIONSHIP_RESOLVERS } from './resolvers/relationship.resolvers.js';
import { RoleViewResolver } from './resolvers/role-view.resolver.js';
import { RttmResolver } from './resolvers/rttm.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { TestEvidenceResolver } from './resolvers/test-evidence.resolver.js';
import { TraceResolver } from './resolvers/trace.resolver.js';

const RESOLVERS: [Function, ...Function[]] = [
  NodeResolver,
  KindQueriesResolver,
  ImpactResolver,
  ImpactAssessmentResolver,
  TraceResolver,
  RttmResolver,
  RoleViewResolver,
  CodeTraceResolver,
  DecisionsResolver,
  SearchResolver,
  TestEvidenceResolver,
  ChangeControlResolver,
  NeighbourhoodResolver,
  PathResolver,
  PathHopResolver,
  ...RELATIONSHIP_RESOLVERS,
];

let built: GraphQLSchema | undefined;

/** The schema of the API; built once per process (type-graphql's metadata is global). */
export function buildSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    validate: false,
    // type-graphql would check the schema by running the introspection query over it (~0.1 s of
    // every start); Apollo asserts the same validity (graphql's assertValidSchema) when it starts.
    skipCheck: true,
  });
  return built;
}

/** The path of the committed SDL, relative to the repository root. */
export const SCHEMA_FILE = 'schema/schema.graphql';

/** The SDL committed as `schema/schema.graphql`; a test fails when the two differ. */
export const schemaSdl = (): string =>
  `# Generated from the type-graphql classes in src/graphql by \`npx tsx src/graphql/emit-schema.ts\`. Do not edit.\n\n${printSchema(buildSchema())}\n`;
