/**
 * Seeding Neo4j from the CLI (`mhhs seed`, `mhhs serve --seed`): the Neo4j engineer's
 * seedNeo4j, with a progress line on a terminal and nothing extra when output is piped or logged.
 */
import type { Driver } from 'neo4j-driver';
import type { Neo4jStoreConfig } from '../config.js';
import type { DesignModel } from '../model/design-model.js';
import type { SeedProgress, SeedReport } from '../store/neo4j/seed.js';

type ProgressStream = Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;

export async function seedWithProgress(
  driver: Driver,
  model: DesignModel,
  config: Neo4jStoreConfig,
  { stream = process.stderr }: { stream?: ProgressStream } = {},
): Promise<SeedReport> {
  // \r rewrites the line in place; only a terminal understands that.
  const onProgress = stream.isTTY
    ? ({ step, done, total }: SeedProgress) => {
        stream.write(`\rseeding ${step}: ${done}/${total}\x1b[K`);
      }
    : undefined;
  const { seedNeo4j } = await import('../store/neo4j/seed.js');
  try {
    return await seedNeo4j(driver, model, { database: config.database, onProgress });
  } finally {
    if (onProgress) stream.write('\r\x1b[K');
  }
}

export const describeSeed = (report: SeedReport, config: Neo4jStoreConfig): string =>
  `Seeded ${report.nodes} elements and ${report.relationships} relationships ` +
  `in ${report.batches} batches to ${config.uri} (database '${config.database}') in ${(report.durationMs / 1000).toFixed(1)} s; ` +
  `model ${report.modelHash.slice(0, 12)}`;
