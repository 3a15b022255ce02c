/**
 * `mhhs seed [--dry-run] [--full] [--model dir]`: validates the model (nothing is written if it
 * is invalid) and replaces the graph in the Neo4j that NEO4J_URI names, atomically — writing only
 * what changed when the graph holds a model of the same graph schema, unless `--full`.
 * `--dry-run` only reports what a seed would write, and `--cypher-out FILE` writes the same seed
 * as a cypher-shell script instead; neither needs NEO4J_URI or a connection.
 */
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { Neo4jStoreConfig } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { loadModel } from '../../model/load.js';
import type { SeedCounts } from '../../store/neo4j/seed-plan.js';
import type { SeedReport } from '../../store/neo4j/seed.js';
import { commandContext } from '../context.js';
import { modelOption } from '../options.js';
import { describeSeed, seedWithProgress } from '../seed-run.js';

const countLines = (title: string, counts: Readonly<Record<string, number | undefined>>): string =>
  `${title}\n${Object.entries(counts)
    .map(([name, n]) => `  ${name.padEnd(16)}  ${n}\n`)
    .join('')}`;

const renderCounts = (counts: SeedCounts): string =>
  `${countLines('Elements by kind', counts.byKind)}${countLines('Relationships by type', counts.byType)}`;

const renderReport = (report: SeedReport, config: Neo4jStoreConfig): string => `${describeSeed(report, config)}\n${renderCounts(report)}`;

/** Needs neither NEO4J_URI nor a server: the script is for people who reach Neo4j only through cypher-shell. */
async function writeSeedScript(modelDir: string, file: string): Promise<void> {
  const model = await loadModel(modelDir);
  const { seedCypherScript } = await import('../../store/neo4j/cypher-script.js');
  const { text, counts } = seedCypherScript(model);
  await writeFile(file, text);
  process.stdout.write(
    `Wrote ${file}: a Cypher script that replaces the graph with ${counts.nodes} elements and ${counts.relationships} relationships ` +
      `(model ${model.hash.slice(0, 12)}); run it with \`cypher-shell -f ${file}\`\n${renderCounts(counts)}`,
  );
}

/** Needs neither NEO4J_URI nor a server: the model alone says what a seed would write. */
async function reportDryRun(modelDir: string): Promise<void> {
  const model = await loadModel(modelDir);
  const { dryRunSeed } = await import('../../store/neo4j/seed.js');
  const report = dryRunSeed(model);
  process.stdout.write(
    `Dry run: would write ${report.nodes} elements and ${report.relationships} relationships in ${report.batches} batches ` +
      `(model ${model.hash.slice(0, 12)}); nothing was written\n${renderCounts(report)}`,
  );
}

export const seedCommand = (program: Command) =>
  program
    .command('seed')
    .description('load the model into the Neo4j at $NEO4J_URI, replacing the graph there atomically')
    .addOption(modelOption())
    .option('-n, --dry-run', 'validate and report what would be written, without Neo4j (needs no NEO4J_URI)')
    .addOption(new Option('--full', 'write the whole model as a new generation even when only a little changed').conflicts('dryRun'))
    .addOption(new Option('--cypher-out <file>', 'instead of seeding, write the seed as a self-contained cypher-shell script').conflicts('dryRun'))
    .action(async (opts: { model?: string; dryRun?: boolean; full?: boolean; cypherOut?: string }) => {
      const { config, logger } = commandContext();
      if (opts.cypherOut !== undefined) return writeSeedScript(opts.model ?? config.modelDir, opts.cypherOut);
      if (opts.dryRun) return reportDryRun(opts.model ?? config.modelDir);
      if (config.store.kind !== 'neo4j') {
        throw new ConfigError('mhhs seed writes to Neo4j: set NEO4J_URI (e.g. bolt://127.0.0.1:7687 after `npm run neo4j:start`)');
      }
      const neo4jConfig = config.store;
      const model = await loadModel(opts.model ?? config.modelDir);
      const { connectNeo4j } = await import('../../store/neo4j/open.js');
      const driver = await connectNeo4j(neo4jConfig, logger);
      try {
        const report = await seedWithProgress(driver, model, neo4jConfig, { full: opts.full });
        process.stdout.write(renderReport(report, neo4jConfig));
      } finally {
        await driver.close();
      }
    });
