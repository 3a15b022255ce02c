/**
 * `mhhs seed [--dry-run] [--model dir]`: validates the model (nothing is written if it is
 * invalid) and replaces the graph in the Neo4j that NEO4J_URI names, atomically.
 */
import type { Command } from 'commander';
import type { Neo4jStoreConfig } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { loadModel } from '../../model/load.js';
import type { SeedReport } from '../../store/neo4j/seed.js';
import { commandContext } from '../context.js';
import { modelOption } from '../options.js';
import { describeSeed, seedWithProgress } from '../seed-run.js';

const countLines = (title: string, counts: Readonly<Record<string, number | undefined>>): string =>
  `${title}\n${Object.entries(counts)
    .map(([name, n]) => `  ${name.padEnd(16)}  ${n}\n`)
    .join('')}`;

const renderReport = (report: SeedReport, config: Neo4jStoreConfig): string =>
  `${describeSeed(report, config)}\n${countLines('Elements by kind', report.byKind)}${countLines('Relationships by type', report.byType)}`;

export const seedCommand = (program: Command) =>
  program
    .command('seed')
    .description('load the model into the Neo4j at $NEO4J_URI, replacing the graph there atomically')
    .addOption(modelOption())
    .option('-n, --dry-run', 'validate and report what would be written, without connecting')
    .action(async (opts: { model?: string; dryRun?: boolean }) => {
      const { config, logger } = commandContext();
      if (config.store.kind !== 'neo4j') {
        throw new ConfigError('mhhs seed writes to Neo4j: set NEO4J_URI (e.g. bolt://127.0.0.1:7687 after `npm run neo4j:start`)');
      }
      const neo4jConfig = config.store;
      const model = await loadModel(opts.model ?? config.modelDir);
      const { connectNeo4j, createNeo4jDriver } = await import('../../store/neo4j/open.js');
      // A dry run never touches the server, so it needs no connection check either.
      const driver = opts.dryRun ? createNeo4jDriver(neo4jConfig) : await connectNeo4j(neo4jConfig, logger);
      try {
        const report = await seedWithProgress(driver, model, neo4jConfig, { dryRun: opts.dryRun });
        process.stdout.write(renderReport(report, neo4jConfig));
      } finally {
        await driver.close();
      }
    });
