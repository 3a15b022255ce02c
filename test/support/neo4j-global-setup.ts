/**
 * Global setup of the `neo4j` test project: the Neo4j servers its files talk to.
 *
 * - The shared test database: with NEO4J_URI set, that server (and NEO4J_USERNAME /
 *   NEO4J_PASSWORD / NEO4J_DATABASE); otherwise a local server on a free port with its own home
 *   dir, started here and stopped after the run.
 * - The fault tests' own local server (they stop it, and need auth enabled): booted in the
 *   background once the first is ready, so that it is up by the time faults.test.ts runs.
 *
 * A server left behind by a crashed run is stopped first (it may hold another port). A server
 * that cannot start fails the run with the launcher's reason — never a skip.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jStoreConfig } from '../../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/store/neo4j/local-server.js';
import { freePort } from './free-port.js';

const TEST_HOME_DIR = '.neo4j/test';
const FAULT_HOME_DIR = '.neo4j/test-faults';
/** Only ever guards a throwaway local server; set on the first start of its data dir. */
const FAULT_PASSWORD = 'mhhs-fault-tests';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jStoreConfig;
    /** Where faults.test.ts finds (and restarts) its own server: start it with these options. */
    neo4jFaultServer: { homeDir: string; port: number; password: string };
  }
}

async function sharedDatabase(): Promise<{ config: Neo4jStoreConfig; stop: () => Promise<void> }> {
  const configured = loadConfig(process.env).store;
  if (configured.kind === 'neo4j') return { config: configured, stop: async () => undefined };
  await stopLocalNeo4j({ homeDir: TEST_HOME_DIR });
  const started = performance.now();
  const server = await startLocalNeo4j({ port: await freePort(), homeDir: TEST_HOME_DIR });
  console.info(`neo4j test project: local Neo4j on ${server.uri} answered after ${Math.round(performance.now() - started)} ms`);
  return { config: { kind: 'neo4j', uri: server.uri, username: 'neo4j', password: '', database: 'neo4j' }, stop: () => server.stop() };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = await sharedDatabase();
  project.provide('neo4j', shared.config);

  await stopLocalNeo4j({ homeDir: FAULT_HOME_DIR });
  const faultServer = { homeDir: FAULT_HOME_DIR, port: await freePort(), password: FAULT_PASSWORD } satisfies LocalNeo4jOptions;
  // Not awaited: faults.test.ts starts it too, which waits for this boot (or reports its failure).
  const booting = startLocalNeo4j(faultServer).catch(() => undefined);
  project.provide('neo4jFaultServer', faultServer);

  return async () => {
    await booting;
    await Promise.all([stopLocalNeo4j(faultServer), shared.stop()]);
  };
}
