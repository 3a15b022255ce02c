/**
 * Seeding Neo4j from the CLI (`mhhs seed`, `mhhs serve --seed`): the Neo4j engineer's
 * seedNeo4j, with a progress line on a terminal and nothing extra when output is piped or logged.
 */
import type { Driver } from 'neo4j-driver';
import type { Neo4jStoreConfig } from '../config.js';
import type { DesignModel } from '../model/design-model.js';
import type { ChangeCounts } from '../store/neo4j/seed-diff.js';
import type { FullSeedReason, SeedOptions, SeedProgress, SeedReport } from '../store/neo4j/seed.js';

type ProgressStream = Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;

export async function seedWithProgress(
  driver: Driver,
  model: DesignModel,
  config: Neo4jStoreConfig,
  { stream = process.stderr, full }: { stream?: ProgressStream } & Pick<SeedOptions, 'full'> = {},
): Promise<SeedReport> {
  // \r rewrites the line in place; only a terminal understands that.
  const onProgress = stream.isTTY
    ? ({ step, done, total }: SeedProgress) => {
        stream.write(`\rseeding ${step}: ${done}/${total}\x1b[K`);
      }
    : undefined;
  const { seedNeo4j } = await import('../store/neo4j/seed.js');
  try {
    return await seedNeo4j(driver, model, { database: config.database, onProgress, full });
  } finally {
    if (onProgress) stream.write('\r\x1b[K');
  }
}

const whyFull = (reason: FullSeedReason): string => {
  switch (reason.why) {
    case 'asked':
      return 'a full seed, as asked';
    case 'no-graph':
      return 'a full seed: the database held no model';
    case 'graph-schema-changed':
      return `a full seed: the graph was seeded with another graph schema (${reason.held ?? 'none'})`;
    case 'large-change':
      return `a full seed: ${reason.changedRows} rows changed, more than one transaction takes (${reason.limit})`;
  }
};

const changeLine = (what: string, { changed, added, removed }: ChangeCounts) => `${what} ${changed} changed, ${added} added, ${removed} removed`;

export function describeSeed(report: SeedReport, config: Neo4jStoreConfig): string {
  const where = `to ${config.uri} (database '${config.database}') in ${(report.durationMs / 1000).toFixed(1)} s`;
  const model = `model ${report.modelHash.slice(0, 12)}`;
  if (report.mode === 'incremental') {
    return (
      `Seeded only the changes ${where}, in one transaction: ${changeLine('elements', report.changes.nodes)}; ` +
      `${changeLine('relationships', report.changes.relationships)}; the graph holds ${report.nodes} elements and ${report.relationships} relationships; ${model}`
    );
  }
  const how = report.mode === 'full' ? `, ${whyFull(report.reason)}` : ' (dry run)';
  return `Seeded ${report.nodes} elements and ${report.relationships} relationships in ${report.batches} batches ${where}${how}; ${model}`;
}
