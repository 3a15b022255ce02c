/**
 * A seed in a process of its own, for the test that kills one midway: seeds the model in
 * `argv[2]` into the test database (config as JSON in MHHS_TEST_NEO4J) in small batches, printing
 * `batch <n>` after each one and pausing a little, so that a kill lands between two batches.
 */
import { loadModel } from '../../src/model/load.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import type { Neo4jStoreConfig } from '../../src/config.js';

const config = JSON.parse(process.env.MHHS_TEST_NEO4J ?? '') as Neo4jStoreConfig;
const model = await loadModel(process.argv[2]!);
const driver = createNeo4jDriver(config);
let batches = 0;
await seedNeo4j(driver, model, {
  database: config.database,
  batchSize: 40,
  onProgress: async () => {
    process.stdout.write(`batch ${++batches}\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  },
});
process.stdout.write('seeded\n');
await driver.close();
