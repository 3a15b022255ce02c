/**
 * What happens when Neo4j is not there or not right: unreachable at start (retry with backoff,
 * then a message saying how to start one), wrong credentials, a missing database, a graph
 * seeded by another model version — and Neo4j lost while serving: fast SERVICE_UNAVAILABLE
 * errors, the server staying up, and answers again once Neo4j is back.
 *
 * These tests stop and restart a server and need auth enabled, so they run on a local server
 * of their own (a free port, its own data dir, a password; the global setup boots it ahead) —
 * never the shared test database, whatever NEO4J_URI says.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Neo4jStoreConfig } from '../../src/config.js';
import { StoreAuthError, StoreDatabaseNotFoundError, StoreModelMismatchError, StoreUnavailableError } from '../../src/errors.js';
import { createLogger, silentLogger, type Logger } from '../../src/log.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { loadModel } from '../../src/model/load.js';
import { startServer } from '../../src/server/start.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/store/neo4j/local-server.js';
import { openNeo4jStore } from '../../src/store/neo4j/open.js';
import { CONNECTION_POOL_SIZE } from '../../src/store/neo4j/read-slots.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import { cliEnv, REPO } from '../cli/run-cli.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { expectData, expectErrorCode, post } from '../graphql/support/http.js';
import { withDriver } from '../support/neo4j.js';

const LOOKUP = '{ node(id: "IF-021") { id name } }';
/** Twice the driver's pool of connections. */
const READS_AT_ONCE = 2 * CONNECTION_POOL_SIZE;

/** A logger that keeps its events, to see the retries. */
function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'debug', stream: { write: (line: string) => lines.push(line) } }) };
}

/** What `work` resolves to, and how long it took. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('Neo4j faults', () => {
  let model: DesignModel;
  let config: Neo4jStoreConfig;
  const neo4jServer = inject('neo4jFaultServer');

  const reseed = () => withDriver((driver) => seedNeo4j(driver, model, { database: config.database }), config);
  const cypher = (statement: string) => withDriver((driver) => driver.executeQuery(statement, {}, { database: config.database }), config);

  beforeAll(async () => {
    model = await loadModel(SMALL_MODEL_DIR);
    const { uri } = await startLocalNeo4j(neo4jServer);
    config = { kind: 'neo4j', uri, username: 'neo4j', password: neo4jServer.password, database: 'neo4j' };
    await reseed();
  });
  afterAll(() => stopLocalNeo4j(neo4jServer));

  it('retries an unreachable Neo4j with growing delays, then says how to start one', async () => {
    const { logger, lines } = recordingLogger();
    const nobody = { ...config, uri: 'bolt://127.0.0.1:9' };
    const { value: error, ms: took } = await timed(() =>
      openNeo4jStore(nobody, logger, { connectBudgetMs: 1_500, firstRetryDelayMs: 100 }).catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:9 not reachable after \d+ attempts in [\d.]+ s: .*ECONNREFUSED.*`npm run neo4j:start` or set NEO4J_URI/);
    const delays = lines.map((l) => (JSON.parse(l) as { fields: { retryInMs: number } }).fields.retryInMs);
    expect(delays.slice(0, 3)).toEqual([100, 200, 400]);
    expect(took).toBeGreaterThan(700);
    expect(took).toBeLessThan(5_000);
  });

  it('refuses wrong credentials at once, saying which variables to set', async () => {
    const { logger, lines } = recordingLogger();
    const error = await openNeo4jStore({ ...config, password: 'not-the-password' }, logger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreAuthError);
    expect((error as Error).message).toMatch(/refused the credentials.*NEO4J_USERNAME and NEO4J_PASSWORD/);
    expect(lines.filter((l) => l.includes('retrying'))).toEqual([]);
  });

  it('names a missing database and how to choose another', async () => {
    const error = await openNeo4jStore({ ...config, database: 'nosuchdb' }, silentLogger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreDatabaseNotFoundError);
    expect((error as Error).message).toMatch(/has no database 'nosuchdb'; set NEO4J_DATABASE/);
  });

  it('refuses a graph seeded by a version with another graph shape, or never seeded, asking for a seed', async () => {
    await cypher('MATCH (m:ModelMeta) SET m.graphSchemaVersion = 0');
    await expect(openNeo4jStore(config, silentLogger)).rejects.toThrow(StoreModelMismatchError);
    await expect(openNeo4jStore(config, silentLogger)).rejects.toThrow(/seeded by a version with another graph shape \(graph schema 0, this version reads [0-9a-f]{12}\); run `npm run seed`/);
    await cypher('MATCH (m:ModelMeta) DELETE m');
    await expect(openNeo4jStore(config, silentLogger)).rejects.toThrow(/holds no seeded model; run `npm run seed`/);
    await reseed();
    const store = await openNeo4jStore(config, silentLogger);
    expect(await store.health()).toMatchObject({ store: 'neo4j', ok: true, modelHash: model.hash, nodeCount: model.nodes.length });
    await store.close();
  });

  /** Runs `work` with the fault server frozen (SIGSTOP: up, port open, answering nothing), then thaws it. */
  async function whileFrozen<T>(work: () => Promise<T>): Promise<T> {
    const pid = Number(readFileSync(path.resolve(REPO, neo4jServer.homeDir, 'run/mhhs-neo4j.pid'), 'utf8').trim());
    process.kill(pid, 'SIGSTOP');
    try {
      return await work();
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  }

  it('answers SERVICE_UNAVAILABLE at the deadline while Neo4j is frozen, /health says "not answering" within 2 s, and recovers once it thaws', async () => {
    const deadlineMs = 1_500;
    const store = await openNeo4jStore({ ...config, queryTimeoutMs: deadlineMs }, silentLogger);
    const server = await startServer({ store, port: 0 });
    try {
      expect(expectData(await post(server.url, LOOKUP))).toEqual({ node: { id: 'IF-021', name: 'Consumption data' } });
      await whileFrozen(async () => {
        const [{ value: stalled, ms: took }, { value: health, ms: healthTook }] = await Promise.all([
          timed(() => post(server.url, LOOKUP)),
          timed(async () => {
            const response = await fetch(`${server.origin}/health`);
            return { status: response.status, body: (await response.json()) as { store: { detail: string } } };
          }),
        ]);
        expect(expectErrorCode(stalled, 'SERVICE_UNAVAILABLE').message).toBe(
          `Neo4j at ${config.uri} is not answering: no reply within ${deadlineMs} ms (overloaded, starting or stalled)`,
        );
        expect(took).toBeLessThan(deadlineMs + 1_000);
        expect(health.status).toBe(503);
        expect(health.body.store.detail).toMatch(/not answering/);
        expect(healthTook).toBeLessThan(2_000);
      });
      expect(expectData(await post(server.url, LOOKUP))).toEqual({ node: { id: 'IF-021', name: 'Consumption data' } });
    } finally {
      await server.close();
      await store.close();
    }
  });

  it('SIGTERM with 16 requests in flight on a frozen Neo4j: every one is answered, then the server exits 0', async () => {
    const child = spawn(process.execPath, ['bin/mhhs.js', 'serve', '--port', '0', '--model', SMALL_MODEL_DIR], {
      cwd: REPO,
      env: cliEnv({ NEO4J_URI: config.uri, NEO4J_PASSWORD: config.password, NEO4J_QUERY_TIMEOUT_MS: '4000' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      let url = '';
      for await (const line of createInterface({ input: child.stderr! })) {
        url = (JSON.parse(line as string) as { fields?: { url?: string } }).fields?.url ?? '';
        if (url) break;
      }
      const origin = new URL(url).origin;
      expectData(await post(url, LOOKUP));
      const exited = once(child, 'exit');
      const answers = await whileFrozen(async () => {
        const inFlight = Array.from({ length: 16 }, () => post(url, LOOKUP));
        // /health answers within its bound (1.5 s), before the requests' deadline (4 s): they
        // are all being worked on when the signal comes.
        expect((await fetch(`${origin}/health`)).status).toBe(503);
        child.kill('SIGTERM');
        return Promise.all(inFlight);
      });
      for (const answer of answers) expectErrorCode(answer, 'SERVICE_UNAVAILABLE');
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  // Last: it stops and restarts the server.
  // Stops and starts a JVM: allow for a loaded machine.
  it('fails fast with SERVICE_UNAVAILABLE while Neo4j is down, stays up, and answers again once it is back', { timeout: 180_000 }, async () => {
    const store = await openNeo4jStore(config, silentLogger);
    const server = await startServer({ store, port: 0 });
    try {
      expect(expectData(await post(server.url, LOOKUP))).toEqual({ node: { id: 'IF-021', name: 'Consumption data' } });

      await stopLocalNeo4j(neo4jServer);
      const { value: down, ms: took } = await timed(() => post(server.url, LOOKUP));
      expect(expectErrorCode(down, 'SERVICE_UNAVAILABLE').message).toContain(`Neo4j at ${config.uri} is not reachable`);
      expect(took).toBeLessThan(5_000);

      // Under load too: of reads asked for all at once, none beyond the pool's size is left
      // waiting out the connection acquisition timeout (30 s); each fails after its one retry.
      const underLoad = await Promise.all(
        Array.from({ length: READS_AT_ONCE }, () => timed(() => store.nodes(['IF-021']).then(() => 'answered', (e: unknown) => e))),
      );
      for (const { value } of underLoad) expect(value).toBeInstanceOf(StoreUnavailableError);
      const slowest = Math.round(Math.max(...underLoad.map((r) => r.ms)));
      console.info(`${READS_AT_ONCE} reads at once while Neo4j is down: the slowest failed after ${slowest} ms`);
      expect(slowest).toBeLessThan(5_000);

      const health = await fetch(`${server.origin}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', store: { store: 'neo4j', ok: false } });

      // A process starting now waits for Neo4j instead of giving up.
      const opening = openNeo4jStore(config, silentLogger, { connectBudgetMs: 120_000 });
      await startLocalNeo4j(neo4jServer);
      // A Neo4j just started may not answer its first reads within the deadline: those fail
      // fast with SERVICE_UNAVAILABLE (never hang), and the next ones are answered.
      let back = await post(server.url, LOOKUP);
      for (let attempt = 1; attempt < 10 && back.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'; attempt++) back = await post(server.url, LOOKUP);
      expect(expectData(back)).toEqual({ node: { id: 'IF-021', name: 'Consumption data' } });
      expect((await fetch(`${server.origin}/health`)).status).toBe(200);
      const late = await opening;
      expect((await late.nodes(['IF-021']))[0]?.id).toBe('IF-021');
      await late.close();
    } finally {
      await server.close();
      await store.close();
    }
  });
});
