/**
 * Global setup of the `neo4j` test project: the Neo4j every test file of the project talks to.
 * With NEO4J_URI set, that server (and NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE);
 * otherwise a local server on its own port and home dir, started here and stopped after the run.
 * A server that cannot start fails the run with the launcher's reason — never a skip.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jStoreConfig } from '../../src/config.js';

/** Away from the development server's 7687, so `npm test` can run beside `npm run neo4j:start`. */
export const TEST_BOLT_PORT = 7697;
export const TEST_HOME_DIR = '.neo4j/test';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jStoreConfig;
    /** How long the setup took to get a server answering, in ms (0 for NEO4J_URI). */
    neo4jStartMs: number;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const configured = loadConfig(process.env).store;
  if (configured.kind === 'neo4j') {
    project.provide('neo4j', configured);
    project.provide('neo4jStartMs', 0);
    return undefined;
  }
  const started = performance.now();
  // Loaded only when needed: with NEO4J_URI set, nothing about the launcher matters.
  const { startLocalNeo4j } = await import('../../src/store/neo4j/local-server.js');
  const server = await startLocalNeo4j({ port: TEST_BOLT_PORT, homeDir: TEST_HOME_DIR });
  const startMs = Math.round(performance.now() - started);
  console.info(`neo4j test project: local Neo4j on ${server.uri} answered after ${startMs} ms`);
  project.provide('neo4j', { kind: 'neo4j', uri: server.uri, username: 'neo4j', password: '', database: 'neo4j' });
  project.provide('neo4jStartMs', startMs);
  return () => server.stop();
}
