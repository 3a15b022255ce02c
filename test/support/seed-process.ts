/**
 * A seed in a process of its own, for the tests that kill one midway: seeds the model in
 * `argv[2]` into the test database (config as JSON in MHHS_TEST_NEO4J) — in full, in small
 * batches, when `argv[3]` is `full`; otherwise as the seed chooses (incrementally, when the graph
 * holds a model like it) — printing `batch <n>` after each batch or statement and pausing a
 * little, so that a kill lands between two.
 */
import { loadModel } from '../../src/model/load.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import type { Neo4jStoreConfig } from '../../src/config.js';

const config = JSON.parse(process.env.MHHS_TEST_NEO4J ?? '') as Neo4jStoreConfig;
const model = await loadModel(process.argv[2]!);
const driver = createNeo4jDriver(config);
const full = process.argv[3] === 'full';
// Inside an incremental seed's one transaction a pause costs nothing, and gives the kill time to land.
const pauseMs = full ? 50 : 500;
let batches = 0;
await seedNeo4j(driver, model, {
  database: config.database,
  batchSize: 40,
  full,
  onProgress: async () => {
    process.stdout.write(`batch ${++batches}\n`);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  },
});
process.stdout.write('seeded\n');
await driver.close();
