/**
 * Seeding: replaces the graph in Neo4j with the model, atomically, at any model size.
 *
 * A seed writes the model as a new GENERATION beside the current one — every node carries the
 * number of the seed that wrote it, relationships only join nodes of one generation — in
 * batched transactions of its own, none of which holds more than a batch. Then ONE small
 * transaction switches `:ModelMeta` (its `generation`, model hash and graph schema version) to the
 * new generation, and the old generation is deleted in batches. Readers start every statement
 * from the current generation (`CURRENT_GENERATION`), so they see the old graph or the new one,
 * never a mix: until the switch the new nodes are invisible, after it the old ones are.
 *
 * When the graph already holds a generation of the same graph schema, only what changed is
 * written, in one transaction (seed-incremental.ts); a large change, another graph schema or
 * `full` writes a whole generation as above.
 *
 * A seed that fails before the switch deletes what it wrote and leaves the current generation
 * as it was; one that is killed leaves its nodes behind, still invisible, and the next seed
 * deletes them before it writes. Replacing everything makes the seed idempotent and removes
 * whatever the YAML no longer has. Constraints and indexes cannot share a transaction with
 * data writes; they are created first, idempotently. One seed at a time: two at once would
 * write the same generation and one of them fails on the uniqueness constraint.
 */
import neo4j, { type Driver, type Integer, type Session } from 'neo4j-driver';
import { SeedFailedError } from '../../errors.js';
import type { DesignModel } from '../../model/design-model.js';
import { GRAPH_SCHEMA_VERSION } from '../../model/graph-schema-version.js';
import { ELEMENT_LABEL, GENERATION, MODEL_META_LABEL } from './cypher.js';
import { toSafeNumber } from './properties.js';
import { seedIncrementally, type SeedChanges, type SeedWrites } from './seed-incremental.js';
import { DEFAULT_BATCH_SIZE, planSeed, type SeedBatch, type SeedCounts, type SeedPlan } from './seed-plan.js';
import { EXISTING_INDEX_NAMES, OBSOLETE_CONSTRAINTS, SCHEMA } from './schema.js';

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
  /** Called after each batch is committed, before the switch; the seed waits for a returned promise. */
  readonly onProgress?: (progress: SeedProgress) => void | Promise<void>;
  /** Fail on purpose after this many batches (statements of an incremental seed), before switching or committing: proves a failed seed changes nothing. */
  readonly failAfterBatches?: number;
  /** Write a whole new generation even when only a little changed. */
  readonly full?: boolean;
  /** The most rows an incremental seed writes or deletes in its one transaction; a larger change seeds in full. @default DEFAULT_BATCH_SIZE */
  readonly incrementalLimit?: number;
  /** How long to wait for new indexes to come online. @default 300 */
  readonly indexWaitSeconds?: number;
}

/** Where a full seed's time went, in milliseconds. */
export interface SeedTimings {
  /** Dropping obsolete constraints, creating missing ones and indexes, waiting for them. */
  readonly schemaMs: number;
  /** Of which waiting for new indexes to come online. */
  readonly indexWaitMs: number;
  /** Deleting what failed or killed seeds left behind. */
  readonly leftoversMs: number;
  /** Writing the new generation's batches. */
  readonly writeMs: number;
  /** The switch transaction. */
  readonly switchMs: number;
  /** Deleting the old generation. */
  readonly cleanupMs: number;
}

/** Where an incremental seed's time went, in milliseconds. */
export interface IncrementalSeedTimings {
  readonly schemaMs: number;
  readonly indexWaitMs: number;
  readonly leftoversMs: number;
  /** Reading the graph's seed hashes and comparing them with the model's. */
  readonly diffMs: number;
  /** Writing the changes and committing them. */
  readonly writeMs: number;
}

/** Why a seed wrote a whole generation rather than only what changed. */
export type FullSeedReason =
  | { readonly why: 'asked' }
  | { readonly why: 'no-graph' }
  | { readonly why: 'graph-schema-changed'; readonly held: string | null }
  | { readonly why: 'large-change'; readonly changedRows: number; readonly limit: number };

interface SeedReportBase extends SeedCounts {
  readonly modelHash: string;
  /** Statements that wrote: batches of a full seed, the statements of an incremental one's transaction. */
  readonly batches: number;
  readonly durationMs: number;
}

export type SeedReport = SeedReportBase &
  (
    | { readonly mode: 'dry-run'; readonly dryRun: true }
    | { readonly mode: 'full'; readonly dryRun: false; readonly reason: FullSeedReason; readonly generation: number; readonly timings: SeedTimings }
    | {
        readonly mode: 'incremental';
        readonly dryRun: false;
        readonly generation: number;
        readonly changes: SeedChanges;
        readonly writes: SeedWrites;
        readonly timings: IncrementalSeedTimings;
      }
  );

/** Nodes deleted per inner transaction when a generation is removed. */
const DELETE_BATCH = 10_000;

/**
 * The current generation and its graph schema version, whether failed or killed seeds left nodes
 * of other generations, and whether nodes from before generations (none) are there: so that a
 * seed into a fresh database runs no deletions at all.
 */
const GRAPH_STATE = `OPTIONAL MATCH (meta:${MODEL_META_LABEL})
RETURN meta.generation AS generation, meta.graphSchemaVersion AS graphSchemaVersion,
  EXISTS { MATCH (n:${ELEMENT_LABEL}) WHERE n.${GENERATION} IS NOT NULL AND (meta IS NULL OR n.${GENERATION} <> meta.generation) } AS leftovers,
  EXISTS { MATCH (n:${ELEMENT_LABEL}) WHERE n.${GENERATION} IS NULL } AS ungenerated`;
/** The switch: the one `:ModelMeta` node, now naming the new generation. */
const SWITCH_GENERATION = `OPTIONAL MATCH (old:${MODEL_META_LABEL})
DELETE old
CREATE (:${MODEL_META_LABEL} {generation: $generation, graphSchemaVersion: $graphSchemaVersion, modelHash: $modelHash, seededAt: datetime()})`;
/** Every node but the given generation's, after a switch: the old generation, and a graph seeded before generations (whose nodes have none). */
const DELETE_OTHER_GENERATIONS = `MATCH (n:${ELEMENT_LABEL}) WHERE n.${GENERATION} IS NULL OR n.${GENERATION} <> $keep
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH} ROWS`;
/** Nodes of generations other than the current one (any, when none is current): what failed or killed seeds left. */
const DELETE_LEFTOVERS = `MATCH (n:${ELEMENT_LABEL}) WHERE n.${GENERATION} IS NOT NULL AND ($current IS NULL OR n.${GENERATION} <> $current)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH} ROWS`;
/** The nodes of one generation: what a failed seed wrote. */
const DELETE_GENERATION = `MATCH (n:${ELEMENT_LABEL} {${GENERATION}: $generation})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH} ROWS`;

const reportOf = (model: DesignModel, plan: SeedPlan, started: number, batches = plan.batches.length): SeedReportBase => ({
  ...plan.counts,
  modelHash: model.hash,
  batches,
  durationMs: Math.round(performance.now() - started),
});

/**
 * What seeding `model` would write, worked out without Neo4j — no driver, no server: the model
 * is checked as a real seed checks it (throwing the same errors) and the report counts what
 * would be written. `mhhs seed --dry-run`.
 */
export function dryRunSeed(model: DesignModel, { batchSize }: Pick<SeedOptions, 'batchSize'> = {}): SeedReport {
  const started = performance.now();
  return { ...reportOf(model, planSeed(model, batchSize), started), mode: 'dry-run', dryRun: true };
}

/** Each call: milliseconds since the previous call (or since the stopwatch was made). */
function stopwatch(): () => number {
  let mark = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
}

/** What a seed that wrote (not a dry run) reports. */
export type WrittenSeedReport = Exclude<SeedReport, { readonly mode: 'dry-run' }>;

export async function seedNeo4j(driver: Driver, model: DesignModel, options: SeedOptions & { readonly dryRun?: false }): Promise<WrittenSeedReport>;
export async function seedNeo4j(driver: Driver, model: DesignModel, options: SeedOptions): Promise<SeedReport>;
export async function seedNeo4j(driver: Driver, model: DesignModel, options: SeedOptions): Promise<SeedReport> {
  if (options.dryRun) return dryRunSeed(model, options);
  const started = performance.now();
  const plan = planSeed(model, options.batchSize);
  const session = driver.session({ database: options.database });
  try {
    const elapsed = stopwatch();
    const indexWaitMs = await prepareSchema(session, options.indexWaitSeconds ?? 300);
    const schemaMs = elapsed();
    const { current, graphSchemaVersion, leftovers, ungenerated } = await graphState(session);
    if (leftovers) await session.run(DELETE_LEFTOVERS, { current: current === null ? null : neo4j.int(current) });
    const leftoversMs = elapsed();
    let reason: FullSeedReason = options.full ? { why: 'asked' } : current === null || ungenerated ? { why: 'no-graph' } : { why: 'graph-schema-changed', held: graphSchemaVersion };
    if (!options.full && current !== null && !ungenerated && graphSchemaVersion === GRAPH_SCHEMA_VERSION) {
      const limit = options.incrementalLimit ?? DEFAULT_BATCH_SIZE;
      const outcome = await seedIncrementally(session, model, plan, {
        generation: current,
        limit,
        failAfterStatements: options.failAfterBatches,
        onStatement: (step, done, total) => options.onProgress?.({ step, done, total }),
      });
      if (outcome.applied) {
        const { changes, writes, statements, diffMs } = outcome;
        const timings = { schemaMs, indexWaitMs, leftoversMs, diffMs, writeMs: elapsed() - diffMs };
        return { ...reportOf(model, plan, started, statements), mode: 'incremental', dryRun: false, generation: current, changes, writes, timings };
      }
      reason = { why: 'large-change', changedRows: outcome.changedRows, limit };
      elapsed();
    }
    const generation = (current ?? 0) + 1;
    await writeGeneration(session, generation, plan, options);
    const writeMs = elapsed();
    await session.executeWrite((tx) =>
      tx.run(SWITCH_GENERATION, { generation: neo4j.int(generation), graphSchemaVersion: GRAPH_SCHEMA_VERSION, modelHash: model.hash }),
    );
    const switchMs = elapsed();
    if (current !== null || ungenerated) await session.run(DELETE_OTHER_GENERATIONS, { keep: neo4j.int(generation) });
    const cleanupMs = elapsed();
    const timings = { schemaMs, indexWaitMs, leftoversMs, writeMs, switchMs, cleanupMs };
    return { ...reportOf(model, plan, started), mode: 'full', dryRun: false, reason, generation, timings };
  } catch (err) {
    if (err instanceof SeedFailedError) throw err;
    throw new SeedFailedError(`Seeding Neo4j failed; the previous graph is unchanged: ${(err as Error).message}`, { cause: err });
  } finally {
    await session.close();
  }
}

/** Brings the schema up to date; returns how long it waited for new indexes. */
async function prepareSchema(session: Session, waitSeconds: number): Promise<number> {
  const { records } = await session.run(EXISTING_INDEX_NAMES);
  const existing = new Set(records[0]?.get('names') as string[]);
  const statements = [
    ...OBSOLETE_CONSTRAINTS.filter((name) => existing.has(name)).map((name) => `DROP CONSTRAINT ${name} IF EXISTS`),
    ...SCHEMA.filter((item) => !existing.has(item.name)).map((item) => item.cypher),
  ];
  if (statements.length === 0) return 0;
  // One transaction for all of them (a commit each would cost most of a fresh seed's time), the
  // statements sent without waiting for each answer: on a cold server that halves the time.
  const tx = session.beginTransaction();
  try {
    const results = await Promise.allSettled(statements.map((statement) => tx.run(statement)));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await tx.commit();
  } finally {
    if (tx.isOpen()) await tx.rollback();
  }
  const waitStarted = performance.now();
  await session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(waitSeconds) });
  return Math.round(performance.now() - waitStarted);
}

interface GraphState {
  readonly current: number | null;
  readonly graphSchemaVersion: string | null;
  readonly leftovers: boolean;
  readonly ungenerated: boolean;
}

async function graphState(session: Session): Promise<GraphState> {
  const { records } = await session.run(GRAPH_STATE);
  const value = records[0]?.get('generation') as Integer | number | null | undefined;
  const version = records[0]?.get('graphSchemaVersion') as unknown;
  return {
    current: value == null ? null : toSafeNumber(value),
    graphSchemaVersion: typeof version === 'string' ? version : version == null ? null : String(version),
    leftovers: records[0]?.get('leftovers') === true,
    ungenerated: records[0]?.get('ungenerated') === true,
  };
}

/**
 * Writes every batch as `generation`, each in a transaction of its own (explicit, not retried:
 * a retried `CREATE` could write twice). On failure, deletes what it wrote and rethrows; the
 * current generation was never touched.
 */
async function writeGeneration(session: Session, generation: number, plan: SeedPlan, options: SeedOptions): Promise<void> {
  const written = { nodes: 0, relationships: 0 };
  const failIfAsked = (batchesDone: number) => {
    if (batchesDone === options.failAfterBatches) {
      throw new SeedFailedError(`Seed stopped on purpose after ${batchesDone} batches (failAfterBatches); the previous graph is unchanged`);
    }
  };
  try {
    for (const [i, batch] of plan.batches.entries()) {
      failIfAsked(i);
      const tx = session.beginTransaction();
      try {
        await tx.run(batch.text, { rows: batch.rows, generation: neo4j.int(generation) });
        await tx.commit();
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
      written[batch.step] += batch.rows.length;
      await options.onProgress?.({ step: batch.step, done: written[batch.step], total: plan.counts[batch.step] });
    }
    failIfAsked(plan.batches.length);
  } catch (err) {
    // Best effort: a seed that cannot delete (the server went away) leaves invisible nodes that the next seed deletes.
    await session.run(DELETE_GENERATION, { generation: neo4j.int(generation) }).catch(() => undefined);
    throw err;
  }
}
