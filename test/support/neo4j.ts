/**
 * Neo4j for the `neo4j` test project: the server the global setup provided, and a store factory
 * that seeds a model into it. The project's files share that one database and run one at a
 * time; each seeds what it needs before using it.
 */
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Neo4jStoreConfig } from '../../src/config.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import { Neo4jStore, type Neo4jStoreOptions } from '../../src/store/neo4j/store.js';
import type { StoreFactory } from './stores.js';

const SUITE_DEADLINE_MS = 60_000;

export const neo4jConfig = (): Neo4jStoreConfig => inject('neo4j');

/** Seeds `model` (replacing whatever the database held) and returns a store over it. */
export async function seededNeo4jStore(model: DesignModel, onQuery?: Neo4jStoreOptions['onQuery']): Promise<Neo4jStore> {
  const config = neo4jConfig();
  const driver = createNeo4jDriver(config);
  try {
    await seedNeo4j(driver, model, { database: config.database });
  } catch (err) {
    await driver.close();
    throw err;
  }
  // The production deadline (5 s) is for a stalled server; these suites share one Neo4j with the
  // unit and browser projects on two cores, where a whole-model port call can take longer. The
  // fault tests set their own short deadlines.
  return new Neo4jStore(driver, { uri: config.uri, database: config.database, onQuery, queryTimeoutMs: SUITE_DEADLINE_MS });
}

export const neo4jStoreFactory: StoreFactory = { name: 'neo4j', make: (model) => seededNeo4jStore(model) };

/** Runs `work` with a driver to `config` (by default the test database's), closed afterwards. */
export async function withDriver<T>(work: (driver: Driver) => Promise<T>, config: Neo4jStoreConfig = neo4jConfig()): Promise<T> {
  const driver = createNeo4jDriver(config);
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/** How many distinct relationships a seed of `model` writes: one written twice in the YAML is one. */
export const distinctEdges = (model: DesignModel): number => new Set(model.edges.map((e) => `${e.type} ${e.from} ${e.to}`)).size;

export interface GraphCounts {
  readonly nodes: number;
  readonly ids: number;
  readonly relationships: number;
  readonly metas: number;
}

/** What the graph holds, counted straight from Cypher rather than through the store under test. */
export async function graphCounts(driver: Driver, database = neo4jConfig().database): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Node) RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids }
     CALL () { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS relationships }
     CALL () { MATCH (m:ModelMeta) RETURN count(m) AS metas }
     RETURN nodes, ids, relationships, metas`,
    {},
    { database },
  );
  const row = records[0]!.toObject() as Record<keyof GraphCounts, Integer>;
  const count = (key: keyof GraphCounts) => neo4j.integer.toNumber(row[key]);
  return { nodes: count('nodes'), ids: count('ids'), relationships: count('relationships'), metas: count('metas') };
}
