/**
 * The seed benchmark (`npm run bench:seed -- [--scale 100] [--heap 512m]`): starts a Neo4j of its
 * own (scripts/neo4j/neo4j.sh, fresh data directory, free port, the launcher's default heap unless
 * --heap), then seeds, one after the other:
 *   the shipped model into the fresh database, again in full (warm), again with one element edited
 *   (incremental); the model at the scale factor (scripts/generate-model.ts) replacing it, again in
 *   full (warm), with one element edited, and with 1% of its elements edited.
 * Prints one table row per seed: what it did, where the time went, and relationships/s — the
 * relationships written divided by the time from the last node batch's commit to the last
 * relationship batch's. Results and how to read them: docs/benchmarks.md "Seeding".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { positiveInteger } from '../src/cli/options.js';
import type { DesignModel } from '../src/model/design-model.js';
import { loadModel } from '../src/model/load.js';
import { createNeo4jDriver } from '../src/store/neo4j/open.js';
import { seedNeo4j, type SeedProgress, type WrittenSeedReport } from '../src/store/neo4j/seed.js';
import { editModel } from '../test/support/model-edits.js';
import { generateModel } from './generate-model.js';
import { startBenchNeo4j } from './peer/neo4j-server.js';

interface Run {
  readonly what: string;
  readonly report: WrittenSeedReport;
  /** Relationships written per second of relationship batches; null when none were timed. */
  readonly relationshipsPerSecond: number | null;
}

async function timedSeed(driver: Driver, what: string, model: DesignModel, full: boolean): Promise<Run> {
  const marks: { step: SeedProgress['step']; at: number }[] = [];
  const report = await seedNeo4j(driver, model, { database: 'neo4j', full, onProgress: ({ step }) => void marks.push({ step, at: performance.now() }) });
  const lastNodes = marks.filter((m) => m.step === 'nodes').at(-1)?.at;
  const lastRelationships = marks.filter((m) => m.step === 'relationships').at(-1)?.at;
  const relationshipsPerSecond =
    report.mode === 'full' && lastNodes !== undefined && lastRelationships !== undefined
      ? Math.round(report.relationships / ((lastRelationships - lastNodes) / 1000))
      : null;
  return { what, report, relationshipsPerSecond };
}

/** The model with `count` of its elements renamed, spread over the model. */
const edited = (model: DesignModel, count: number): DesignModel => {
  const every = Math.floor(model.nodes.length / count);
  return editModel(model, { rename: model.nodes.filter((_, i) => i % every === 0).slice(0, count).map((n) => n.id) });
};

function row({ what, report: r, relationshipsPerSecond }: Run): string {
  const seconds = (r.durationMs / 1000).toFixed(1);
  const perSecond = relationshipsPerSecond?.toLocaleString('en-GB') ?? '–';
  if (r.mode === 'incremental') {
    const { nodes, relationships } = r.changes;
    const t = r.timings;
    return (
      `| ${what} | incremental: ${nodes.changed}/${nodes.added}/${nodes.removed} elements, ${relationships.changed}/${relationships.added}/${relationships.removed} relationships changed/added/removed | ` +
      `${r.nodes} | ${r.relationships} | ${r.batches} | ${seconds} s | ${perSecond} | ${t.schemaMs} (${t.indexWaitMs}) / ${t.leftoversMs} / diff ${t.diffMs} / ${t.writeMs} |`
    );
  }
  const t = r.timings;
  return (
    `| ${what} | full (${r.reason.why}) | ${r.nodes} | ${r.relationships} | ${r.batches} | ${seconds} s | ${perSecond} | ` +
    `${t.schemaMs} (${t.indexWaitMs}) / ${t.leftoversMs} / ${t.writeMs} / ${t.switchMs} / ${t.cleanupMs} |`
  );
}

async function main({ scale, heap }: { scale: number; heap?: string }): Promise<void> {
  const loadBefore = loadavg();
  const server = await startBenchNeo4j(heap);
  const modelDir = await mkdtemp(join(tmpdir(), 'mhhs-bench-seed-'));
  const driver = createNeo4jDriver({ kind: 'neo4j', uri: server.uri, username: 'neo4j', password: '', database: 'neo4j' });
  try {
    const shipped = await loadModel('model');
    const scaled = await loadModel((await generateModel('model', modelDir, scale)).dir);
    const runs = [
      await timedSeed(driver, 'shipped model into a fresh database', shipped, false),
      await timedSeed(driver, 'shipped model again, in full (warm)', shipped, true),
      await timedSeed(driver, 'shipped model, one element edited', edited(shipped, 1), false),
      await timedSeed(driver, `${scale}× model, replacing the shipped one`, scaled, false),
      await timedSeed(driver, `${scale}× model again, in full (warm)`, scaled, true),
      await timedSeed(driver, `${scale}× model, one element edited`, edited(scaled, 1), false),
      await timedSeed(driver, `${scale}× model, 1% of its elements edited`, edited(scaled, Math.round(scaled.nodes.length / 100)), false),
    ];
    const f1 = (n: number) => n.toFixed(1);
    console.log(`## Seed benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Command: \`npm run bench:seed -- --scale ${scale}${heap ? ` --heap ${heap}` : ''}\`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; ${server.version}, heap ${server.heap}.
Load average (1/5/15 min) before: ${loadBefore.map(f1).join(' / ')}, after: ${loadavg().map(f1).join(' / ')}.

| seed | what it did | elements | relationships | statements | total | relationships/s | ms: schema (index wait) / leftovers / write / switch / cleanup — incremental: … / diff / write+commit |
|---|---|--:|--:|--:|--:|--:|---|
${runs.map(row).join('\n')}`);
  } finally {
    await driver.close();
    await server.stop();
    await rm(modelDir, { recursive: true, force: true });
  }
}

const program = new Command('bench:seed')
  .option('--scale <n>', 'scale factor of the synthetic model', positiveInteger('--scale'), 100)
  .option('--heap <size>', "Neo4j heap, e.g. 1g (default: the launcher's 512m)")
  .action((opts: { scale: number; heap?: string }) => main(opts));
await program.parseAsync();
