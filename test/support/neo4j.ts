/**
 * Neo4j for the `neo4j` test project: the server the global setup provided, and a store factory
 * that seeds a model into it. The project's files share that one database and run one at a
 * time; each seeds what it needs before using it.
 */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Neo4jStoreConfig } from '../../src/config.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import { Neo4jStore, type Neo4jStoreOptions } from '../../src/store/neo4j/store.js';
import type { StoreFactory } from './stores.js';

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
  return new Neo4jStore(driver, { uri: config.uri, database: config.database, onQuery });
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
