/**
 * The incremental seed: when the graph holds a generation of the same graph schema, only what
 * differs from the model is written — in place, in the current generation, in ONE transaction
 * that also records the new model hash on `:ModelMeta`. Readers see the previous graph until it
 * commits, the new one after; a failure or a kill before the commit leaves the previous graph
 * as it was (Neo4j rolls the transaction back). The transaction first takes `:ModelMeta`'s
 * write lock, then reads what the graph holds: a full seed switching generations meanwhile
 * waits for it, or has already switched and this one finds no generation to change and fails.
 *
 * A change too large for one transaction (more rows than a full seed's batch) is left to the
 * full seed, which writes a new generation in batches (seed.ts).
 */
import neo4j, { type Integer, type ManagedTransaction, type Session, type Transaction } from 'neo4j-driver';
import { SeedFailedError } from '../../errors.js';
import type { DesignModel } from '../../model/design-model.js';
import { GRAPH_SCHEMA_VERSION } from '../../model/graph-schema-version.js';
import { ELEMENT_LABEL, GENERATION, MODEL_META_LABEL } from './cypher.js';
import { changeCountsOf, diffSeed, diffSize, rowsIn, type ChangeCounts, type HeldGraph, type SeedDiff } from './seed-diff.js';
import { SEED_HASH, WRITE_NODES, WRITE_RELATIONSHIPS, type SeedBatch, type SeedPlan } from './seed-plan.js';

/** What an incremental seed changed, by rows of the model. */
export interface SeedChanges {
  readonly nodes: ChangeCounts;
  readonly relationships: ChangeCounts;
}

/** What Neo4j reports the transaction wrote (its statements' counters, summed). */
export interface SeedWrites {
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
}

export type IncrementalOutcome =
  | { readonly applied: true; readonly changes: SeedChanges; readonly writes: SeedWrites; readonly statements: number; readonly diffMs: number }
  | { readonly applied: false; readonly changedRows: number };

export interface IncrementalOptions {
  readonly generation: number;
  /** The most rows (written or deleted) applied in one transaction; a larger change is not applied. */
  readonly limit: number;
  /** Called after each statement, inside the transaction (readers cannot see it yet). */
  readonly onStatement?: (step: SeedBatch['step'], done: number, total: number) => void | Promise<void>;
  /** Fail on purpose after this many statements, before the commit. */
  readonly failAfterStatements?: number;
}

/** Takes `:ModelMeta`'s write lock (a SET does) and checks that `$generation` is still current. */
const LOCK_GENERATION = `MATCH (meta:${MODEL_META_LABEL} {generation: $generation})
SET meta.seededAt = datetime()
RETURN count(meta) AS locked`;
const RECORD_MODEL = `MATCH (meta:${MODEL_META_LABEL} {generation: $generation})
SET meta.modelHash = $modelHash, meta.graphSchemaVersion = $graphSchemaVersion`;
const HELD_NODES = `MATCH (n:${ELEMENT_LABEL} {${GENERATION}: $generation})
RETURN collect([n.id, n.kind, n.${SEED_HASH}]) AS nodes`;
const HELD_RELATIONSHIPS = `MATCH (a:${ELEMENT_LABEL} {${GENERATION}: $generation})-[r]->(b:${ELEMENT_LABEL})
RETURN collect([type(r), a.id, b.id, r.${SEED_HASH}]) AS relationships`;
/** Relationships of the current generation by type and ends; the type compared, never written into the text. */
const MATCH_RELATIONSHIP = `UNWIND $rows AS row
MATCH (a:${ELEMENT_LABEL} {id: row.from, ${GENERATION}: $generation})-[r]->(b:${ELEMENT_LABEL} {id: row.to, ${GENERATION}: $generation})
WHERE type(r) = row.type`;
const DELETE_RELATIONSHIPS = `${MATCH_RELATIONSHIP}
DELETE r`;
const UPDATE_RELATIONSHIPS = `${MATCH_RELATIONSHIP}
SET r = row.props`;
const DELETE_NODES = `UNWIND $rows AS id
MATCH (n:${ELEMENT_LABEL} {id: id, ${GENERATION}: $generation})
DETACH DELETE n`;
/** `SET n = row` replaces every property; the labels stay, as the kind did (a new kind is a new node). */
const UPDATE_NODES = `UNWIND $rows AS row
MATCH (n:${ELEMENT_LABEL} {id: row.id, ${GENERATION}: $generation})
SET n = row, n.${GENERATION} = $generation`;

interface Statement {
  readonly step: SeedBatch['step'];
  readonly text: string;
  readonly rows: readonly unknown[];
}

/** Deletions first, so that a relationship or node written again never meets the one it replaces. */
const statementsOf = ({ nodes, relationships }: SeedDiff): Statement[] =>
  [
    { step: 'relationships' as const, text: DELETE_RELATIONSHIPS, rows: relationships.removed },
    { step: 'nodes' as const, text: DELETE_NODES, rows: nodes.removed },
    { step: 'nodes' as const, text: UPDATE_NODES, rows: nodes.changed },
    { step: 'nodes' as const, text: WRITE_NODES, rows: nodes.added },
    { step: 'relationships' as const, text: WRITE_RELATIONSHIPS, rows: relationships.added },
    { step: 'relationships' as const, text: UPDATE_RELATIONSHIPS, rows: relationships.changed },
  ].filter((s) => s.rows.length > 0);

const toNumber = (value: Integer | number): number => (typeof value === 'number' ? value : value.toNumber());

async function heldGraph(tx: Transaction | ManagedTransaction, generation: Integer): Promise<HeldGraph> {
  const [nodes, relationships] = [await tx.run(HELD_NODES, { generation }), await tx.run(HELD_RELATIONSHIPS, { generation })];
  return {
    nodes: (nodes.records[0]!.get('nodes') as [string, string, string | null][]).map(([id, kind, hash]) => ({ id, kind, hash })),
    relationships: (relationships.records[0]!.get('relationships') as [string, string, string, string | null][]).map(([type, from, to, hash]) => ({ type, from, to, hash })),
  };
}

const WRITE_COUNTERS = ['nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet'] as const;
const addWrites = (a: SeedWrites, b: SeedWrites): SeedWrites =>
  Object.fromEntries(WRITE_COUNTERS.map((key) => [key, a[key] + b[key]])) as unknown as SeedWrites;
const NO_WRITES = Object.fromEntries(WRITE_COUNTERS.map((key) => [key, 0])) as unknown as SeedWrites;

const stoppedOnPurpose = (statements: number) =>
  new SeedFailedError(`Seed stopped on purpose after ${statements} statements (failAfterBatches); the previous graph is unchanged`);

/**
 * Applies the difference between `plan` and the current generation in one transaction, when it
 * has at most `limit` rows; otherwise changes nothing and says how large it was.
 */
export async function seedIncrementally(session: Session, model: DesignModel, plan: SeedPlan, options: IncrementalOptions): Promise<IncrementalOutcome> {
  const diffStarted = performance.now();
  const generation = neo4j.int(options.generation);
  const tx = session.beginTransaction();
  try {
    const { records } = await tx.run(LOCK_GENERATION, { generation });
    if (toNumber(records[0]!.get('locked') as Integer) !== 1) {
      throw new SeedFailedError(`Another seed replaced generation ${options.generation} meanwhile; the graph is as that seed left it`);
    }
    const diff = diffSeed(plan, await heldGraph(tx, generation));
    const changedRows = diffSize(diff);
    if (changedRows > options.limit) return { applied: false, changedRows };
    const diffMs = Math.round(performance.now() - diffStarted);
    let writes = NO_WRITES;
    const statements = statementsOf(diff);
    const done = { nodes: 0, relationships: 0 };
    const totals = { nodes: rowsIn(diff.nodes), relationships: rowsIn(diff.relationships) };
    for (const [i, statement] of statements.entries()) {
      if (i === options.failAfterStatements) throw stoppedOnPurpose(i);
      const { summary } = await tx.run(statement.text, { rows: statement.rows, generation });
      writes = addWrites(writes, summary.counters.updates());
      done[statement.step] += statement.rows.length;
      await options.onStatement?.(statement.step, done[statement.step], totals[statement.step]);
    }
    if (statements.length === options.failAfterStatements) throw stoppedOnPurpose(statements.length);
    await tx.run(RECORD_MODEL, { generation, modelHash: model.hash, graphSchemaVersion: GRAPH_SCHEMA_VERSION });
    await tx.commit();
    return { applied: true, changes: { nodes: changeCountsOf(diff.nodes), relationships: changeCountsOf(diff.relationships) }, writes, statements: statements.length, diffMs };
  } finally {
    if (tx.isOpen()) await tx.rollback();
  }
}
