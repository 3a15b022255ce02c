/**
 * Seeding: replaces the graph in Neo4j with the model, atomically.
 *
 * The old graph is deleted, the new one written and its `:ModelMeta` node created in ONE write
 * transaction, so readers see the old graph or the new one, never a mix, and a seed that fails
 * part-way leaves the previous graph as it was. Replacing everything also makes the seed
 * idempotent and removes whatever the YAML no longer has. Constraints and indexes cannot share
 * a transaction with data writes; they are created first, idempotently.
 */
import neo4j, { type Driver, type Session, type Transaction } from 'neo4j-driver';
import { SeedFailedError } from '../../errors.js';
import { GRAPH_SCHEMA_VERSION, type DesignModel } from '../../model/design-model.js';
import { ELEMENT_LABEL, MODEL_META_LABEL } from './cypher.js';
import { planSeed, type SeedBatch, type SeedCounts, type SeedPlan } from './seed-plan.js';
import { EXISTING_INDEX_NAMES, SCHEMA } from './schema.js';

export interface SeedProgress {
  readonly step: SeedBatch['step'];
  /** Nodes or relationships written so far in this step. */
  readonly done: number;
  readonly total: number;
}

export interface SeedOptions {
  readonly database: string;
  /** Validate and report what would be written, without writing: as `dryRunSeed`, which needs no driver. */
  readonly dryRun?: boolean;
  /** @default DEFAULT_BATCH_SIZE */
  readonly batchSize?: number;
  /** Called after each batch, inside the open transaction; the seed waits for a returned promise. */
  readonly onProgress?: (progress: SeedProgress) => void | Promise<void>;
  /** Fail on purpose after this many batches, before committing: proves a failed seed changes nothing. */
  readonly failAfterBatches?: number;
  /** How long to wait for new indexes to come online. @default 300 */
  readonly indexWaitSeconds?: number;
}

export interface SeedReport extends SeedCounts {
  readonly modelHash: string;
  readonly dryRun: boolean;
  readonly batches: number;
  readonly durationMs: number;
}

const DELETE_GRAPH = `MATCH (n) WHERE n:${ELEMENT_LABEL} OR n:${MODEL_META_LABEL} DETACH DELETE n`;
const WRITE_MODEL_META = `CREATE (:${MODEL_META_LABEL} {graphSchemaVersion: $graphSchemaVersion, modelHash: $modelHash, seededAt: datetime()})`;

const reportOf = (model: DesignModel, plan: SeedPlan, dryRun: boolean, started: number): SeedReport => ({
  ...plan.counts,
  modelHash: model.hash,
  dryRun,
  batches: plan.batches.length,
  durationMs: Math.round(performance.now() - started),
});

/**
 * What seeding `model` would write, worked out without Neo4j — no driver, no server: the model
 * is checked as a real seed checks it (throwing the same errors) and the report counts what
 * would be written. `mhhs seed --dry-run`.
 */
export function dryRunSeed(model: DesignModel, { batchSize }: Pick<SeedOptions, 'batchSize'> = {}): SeedReport {
  const started = performance.now();
  return reportOf(model, planSeed(model, batchSize), true, started);
}

export async function seedNeo4j(driver: Driver, model: DesignModel, options: SeedOptions): Promise<SeedReport> {
  if (options.dryRun) return dryRunSeed(model, options);
  const started = performance.now();
  const plan = planSeed(model, options.batchSize);
  const session = driver.session({ database: options.database });
  try {
    await createMissingSchema(session, options.indexWaitSeconds ?? 300);
    await writeGraph(session.beginTransaction(), model, plan.batches, plan.counts, options);
  } catch (err) {
    if (err instanceof SeedFailedError) throw err;
    throw new SeedFailedError(`Seeding Neo4j failed; the previous graph is unchanged: ${(err as Error).message}`, { cause: err });
  } finally {
    await session.close();
  }
  return reportOf(model, plan, false, started);
}

async function createMissingSchema(session: Session, waitSeconds: number): Promise<void> {
  const { records } = await session.run(EXISTING_INDEX_NAMES);
  const existing = new Set(records[0]?.get('names') as string[]);
  const missing = SCHEMA.filter((item) => !existing.has(item.name));
  for (const item of missing) await session.run(item.cypher);
  if (missing.length > 0) await session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(waitSeconds) });
}

async function writeGraph(
  tx: Transaction,
  model: DesignModel,
  batches: readonly SeedBatch[],
  counts: SeedCounts,
  options: SeedOptions,
): Promise<void> {
  const written = { nodes: 0, relationships: 0 };
  const failIfAsked = (batchesDone: number) => {
    if (batchesDone === options.failAfterBatches) {
      throw new SeedFailedError(`Seed stopped on purpose after ${batchesDone} batches (failAfterBatches); the previous graph is unchanged`);
    }
  };
  try {
    await tx.run(DELETE_GRAPH);
    for (const [i, batch] of batches.entries()) {
      failIfAsked(i);
      await tx.run(batch.text, { rows: batch.rows });
      written[batch.step] += batch.rows.length;
      await options.onProgress?.({ step: batch.step, done: written[batch.step], total: counts[batch.step] });
    }
    failIfAsked(batches.length);
    await tx.run(WRITE_MODEL_META, { graphSchemaVersion: neo4j.int(GRAPH_SCHEMA_VERSION), modelHash: model.hash });
    await tx.commit();
  } catch (err) {
    if (tx.isOpen()) await tx.rollback();
    throw err;
  }
}
