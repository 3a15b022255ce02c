/**
 * Connecting to Neo4j: one driver per process, tuned to fail fast while serving, and a start-up
 * that waits (with backoff) for a server that is still starting, then says exactly what is wrong
 * when it gives up or finds the wrong graph.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jStoreConfig } from '../../config.js';
import { StoreModelMismatchError, StoreUnavailableError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { GRAPH_SCHEMA_VERSION } from '../../model/graph-schema-version.js';
import { storeErrorOf } from './driver-errors.js';
import { CONNECTION_POOL_SIZE } from './read-slots.js';
import { Neo4jStore, type Neo4jStoreOptions } from './store.js';

export interface ConnectOptions {
  /** How long to keep retrying a server that does not answer at start. @default 30_000 */
  readonly connectBudgetMs?: number;
  /** First retry delay; doubles each attempt up to 4 s. @default 250 */
  readonly firstRetryDelayMs?: number;
}

export interface OpenOptions extends ConnectOptions {
  readonly onQuery?: Neo4jStoreOptions['onQuery'];
  /** The process's driver when it already has one (`serve --seed`); the store takes it over. */
  readonly driver?: Driver;
}

const MAX_RETRY_DELAY_MS = 4_000;

/**
 * The driver settings, separating "Neo4j is down" from "Neo4j is busy". Down shows quickly:
 * opening a TCP connection gives up after 2.5 s (a stopped server refuses at once), and a
 * managed transaction is retried once, after ~1 s, not for the driver's default 30 s — while
 * serving, a fast SERVICE_UNAVAILABLE is more useful than a hung request. Busy only queues: the
 * store admits no more reads than the pool has connections (`ReadSlots`), so a read never waits
 * in the driver's queue, and the 30 s acquisition timeout bounds only the opening of a
 * connection (TCP, then the Bolt handshake, which `connectionTimeout` does not cover). The
 * driver reconnects by itself once the server is back.
 */
export function createNeo4jDriver(config: Neo4jStoreConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: 2_500,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: CONNECTION_POOL_SIZE,
    // Below the driver's first retry delay (1 s ± 20 %): exactly one retry, whatever the jitter.
    // The driver always retries once; 1 s here could mean a second retry, ~3 s in all.
    maxTransactionRetryTime: 500,
    userAgent: 'mhhs-design-graph',
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `probe` until it succeeds, retrying only while the server is unreachable. Wrong
 * credentials or a missing database are not going to fix themselves: they throw at once.
 * Probes start with `verifyConnectivity`, which fails at once when nobody listens (a managed
 * transaction would first retry for a second), so the delays here are the real backoff.
 */
async function untilReachable<T>(config: Neo4jStoreConfig, logger: Logger, options: ConnectOptions, probe: () => Promise<T>): Promise<T> {
  const budget = options.connectBudgetMs ?? 30_000;
  const started = Date.now();
  let delay = options.firstRetryDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await probe();
    } catch (raw) {
      const err = storeErrorOf(raw, config);
      if (!(err instanceof StoreUnavailableError)) throw err;
      const elapsed = Date.now() - started;
      if (elapsed + delay > budget) {
        const reason = (err.cause instanceof Error ? err.cause : err).message;
        throw new StoreUnavailableError(
          `Neo4j at ${config.uri} not reachable after ${attempt} attempts in ${(elapsed / 1000).toFixed(1)} s: ${reason}; ` +
            'start it with `npm run neo4j:start` or set NEO4J_URI to your server',
          { cause: err.cause ?? err },
        );
      }
      logger.warn('Neo4j not reachable yet; retrying', { uri: config.uri, attempt, retryInMs: delay });
      await sleep(delay);
      delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
  }
}

/** A driver whose server answers on `config.database`; for seeding. The caller closes it. */
export async function connectNeo4j(config: Neo4jStoreConfig, logger: Logger, options: ConnectOptions = {}): Promise<Driver> {
  const driver = createNeo4jDriver(config);
  try {
    await untilReachable(config, logger, options, async () => {
      await driver.verifyConnectivity({ database: config.database });
      await driver.executeQuery('RETURN 1', {}, { database: config.database, routing: neo4j.routing.READ });
    });
    return driver;
  } catch (err) {
    await driver.close();
    throw err;
  }
}

/**
 * The Neo4j store for serving, after checking that the graph was seeded by this version of the
 * model's shape — a graph of another shape would answer wrongly, not fail.
 */
export async function openNeo4jStore(config: Neo4jStoreConfig, logger: Logger, options: OpenOptions = {}): Promise<Neo4jStore> {
  const driver = options.driver ?? createNeo4jDriver(config);
  const store = new Neo4jStore(driver, { uri: config.uri, database: config.database, onQuery: options.onQuery, queryTimeoutMs: config.queryTimeoutMs });
  try {
    const meta = await untilReachable(config, logger, options, async () => {
      await driver.verifyConnectivity({ database: config.database });
      return store.modelMeta();
    });
    const where = `Neo4j at ${config.uri}, database '${config.database}'`;
    if (meta.graphSchemaVersion === null) {
      throw new StoreModelMismatchError(`${where} holds no seeded model; run \`npm run seed\``);
    }
    if (meta.graphSchemaVersion !== GRAPH_SCHEMA_VERSION) {
      throw new StoreModelMismatchError(
        `${where} was seeded by a version with another graph shape (graph schema ${meta.graphSchemaVersion}, this version reads ${GRAPH_SCHEMA_VERSION}); run \`npm run seed\``,
      );
    }
    logger.info('Serving from Neo4j', { uri: config.uri, database: config.database, modelHash: meta.modelHash, nodeCount: meta.nodeCount });
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
