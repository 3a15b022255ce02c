/**
 * Seeding replaces the graph atomically: readers see the old graph or the new one, a seed that
 * fails part-way changes nothing, one killed midway leaves the old graph answering, reseeding is idempotent and drops what the YAML no longer has,
 * and a dry run writes nothing.
 */
import { spawn } from 'node:child_process';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedFailedError } from '../../src/errors.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { GRAPH_SCHEMA_VERSION } from '../../src/model/graph-schema-version.js';
import { loadModel } from '../../src/model/load.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { FULLTEXT_INDEX } from '../../src/store/neo4j/schema.js';
import { dryRunSeed, seedNeo4j, type SeedOptions, type SeedProgress } from '../../src/store/neo4j/seed.js';
import { Neo4jStore, type ModelMeta } from '../../src/store/neo4j/store.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { expectSameJson } from '../support/same-json.js';
import { distinctEdges, graphCounts, neo4jConfig } from '../support/neo4j.js';

/** The small model without IF-041 (and every edge touching it) and without one APPLIES_TO edge. */
function withoutSomeElements(model: DesignModel): DesignModel {
  const droppedEdge = model.edges.find((e) => e.type === 'APPLIES_TO')!;
  return {
    nodes: model.nodes.filter((n) => n.id !== 'IF-041'),
    edges: model.edges.filter((e) => e.from !== 'IF-041' && e.to !== 'IF-041' && e !== droppedEdge),
    hash: `${model.hash}-trimmed`,
  };
}

describe('seeding Neo4j', () => {
  let small: DesignModel;
  let full: DesignModel;
  let driver: Driver;
  let reader: Neo4jStore;
  const config = neo4jConfig();
  const seed = (model: DesignModel, options: Partial<SeedOptions> = {}) =>
    seedNeo4j(driver, model, { database: config.database, ...options });
  const expectGraphOf = async (model: DesignModel) =>
    expect(await reader.modelMeta()).toEqual<ModelMeta>({ modelHash: model.hash, graphSchemaVersion: GRAPH_SCHEMA_VERSION, nodeCount: model.nodes.length });

  const countGraph = () => graphCounts(driver, config.database);

  beforeAll(async () => {
    [small, full] = await Promise.all([loadModel(SMALL_MODEL_DIR), loadModel('model')]);
    driver = createNeo4jDriver(config);
    reader = new Neo4jStore(createNeo4jDriver(config), { uri: config.uri, database: config.database });
  });
  afterAll(async () => {
    await reader?.close();
    await driver?.close();
  });

  it('writes every element and relationship once, records the model, and reports counts and progress', async () => {
    const progress: SeedProgress[] = [];
    const report = await seed(full, { batchSize: 50, onProgress: (p) => void progress.push(p) });
    expect(report).toMatchObject({ dryRun: false, modelHash: full.hash, nodes: full.nodes.length, relationships: distinctEdges(full) });
    expect(report.durationMs).toBeGreaterThan(0);
    expect(await countGraph()).toEqual({ nodes: full.nodes.length, ids: full.nodes.length, relationships: distinctEdges(full), metas: 1 });
    await expectGraphOf(full);
    expect(progress.filter((p) => p.step === 'nodes').at(-1)).toEqual({ step: 'nodes', done: full.nodes.length, total: full.nodes.length });
    expect(progress.filter((p) => p.step === 'relationships').at(-1)).toMatchObject({ done: distinctEdges(full) });
    expect(progress.length).toBe(report.batches);
  });

  it('is idempotent: seeding the same model again leaves the same graph, without duplicates', async () => {
    await seed(small);
    const once = await countGraph();
    const again = await seed(small);
    expect(await countGraph()).toEqual(once);
    expect(once).toEqual({ nodes: small.nodes.length, ids: small.nodes.length, relationships: distinctEdges(small), metas: 1 });
    expect(again).toMatchObject({ nodes: small.nodes.length, relationships: distinctEdges(small) });
  });

  it('removes the elements and relationships the YAML no longer has', async () => {
    await seed(small);
    const trimmed = withoutSomeElements(small);
    const dropped = small.edges.find((e) => e.type === 'APPLIES_TO')!;
    expect((await reader.nodes(['IF-041']))[0]).not.toBeNull();
    await seed(trimmed);
    expect((await reader.nodes(['IF-041']))[0]).toBeNull();
    const [out] = await reader.neighbours([dropped.from], [{ type: 'APPLIES_TO', direction: 'OUT' }]);
    expect(out!.map((n) => n.id)).not.toContain(dropped.to);
    expect(await countGraph()).toMatchObject({ nodes: trimmed.nodes.length, relationships: distinctEdges(trimmed), metas: 1 });
    await expectGraphOf(trimmed);
  });

  it('lets readers see only the old graph while a seed is writing, and the new one once it switches', async () => {
    await seed(small);
    const seenWhileWriting: ModelMeta[] = [];
    await seed(full, {
      batchSize: 40,
      onProgress: async () => void seenWhileWriting.push(await reader.modelMeta()),
    });
    expect(seenWhileWriting.length).toBeGreaterThan(5);
    expect(new Set(seenWhileWriting.map((m) => `${m.modelHash} ${m.nodeCount}`))).toEqual(new Set([`${small.hash} ${small.nodes.length}`]));
    await expectGraphOf(full);
  });

  it('leaves the previous graph intact when a seed fails part-way', async () => {
    await seed(small);
    const before = await countGraph();
    const seenWhileWriting: ModelMeta[] = [];
    await expect(
      seed(full, { batchSize: 40, failAfterBatches: 6, onProgress: async () => void seenWhileWriting.push(await reader.modelMeta()) }),
    ).rejects.toThrow(SeedFailedError);
    expect(seenWhileWriting).toHaveLength(6);
    expect(await countGraph()).toEqual(before);
    await expectGraphOf(small);
    const onlyInFull = full.nodes.find((n) => !small.nodes.some((s) => s.id === n.id))!;
    expect((await reader.nodes([onlyInFull.id]))[0]).toBeNull();
  });

  it('leaves the previous graph answering when the seeding process is killed midway, and the next seed clears what it left', async () => {
    await seed(small);
    const before = await countGraph();
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/seed-process.ts', 'model'], {
      env: { ...process.env, MHHS_TEST_NEO4J: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('batch 5\n')) resolve();
      });
      child.on('exit', () => reject(new Error(`the seed process ended before its fifth batch: ${output}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('seeded');
    // Its batches were committed, but as a generation readers do not see.
    const left = await countGraph();
    expect(left.nodes).toBeGreaterThan(before.nodes);
    await expectGraphOf(small);
    const onlyInFull = full.nodes.find((n) => !small.nodes.some((s) => s.id === n.id))!;
    expect((await reader.nodes([onlyInFull.id]))[0]).toBeNull();
    expectSameJson(await reader.nodes(small.nodes.map((n) => n.id)), await createMemoryStore(small).nodes(small.nodes.map((n) => n.id)));
    await seed(full);
    expect(await countGraph()).toEqual({ nodes: full.nodes.length, ids: full.nodes.length, relationships: distinctEdges(full), metas: 1 });
    await expectGraphOf(full);
  });

  it('also fails cleanly after the last batch, just before the switch', async () => {
    await seed(small);
    const { batches } = dryRunSeed(full);
    await expect(seed(full, { failAfterBatches: batches })).rejects.toThrow(/after \d+ batches/);
    await expectGraphOf(small);
  });

  it('reports what it would write on a dry run, without a driver, and writes nothing', async () => {
    await seed(small);
    const report = dryRunSeed(full);
    expect(report).toMatchObject({ dryRun: true, modelHash: full.hash, nodes: full.nodes.length, relationships: distinctEdges(full) });
    expect(report.byKind.Requirement).toBe(full.nodes.filter((n) => n.kind === 'Requirement').length);
    expect(await seed(full, { dryRun: true })).toEqual({ ...report, durationMs: expect.any(Number) });
    await expectGraphOf(small);
  });

  it('refuses, before writing anything, a model with a relationship to a missing element', async () => {
    await seed(small);
    const dangling: DesignModel = { ...small, edges: [...small.edges, { type: 'APPLIES_TO', from: 'BRS007-FR-001', to: 'NO-SUCH-ROLE', provenance: { state: 'EXAMPLE', note: 'dangling', inherited: true } }], hash: 'dangling' };
    expect(() => dryRunSeed(dangling)).toThrow(/NO-SUCH-ROLE/);
    await expect(seed(dangling)).rejects.toThrow(SeedFailedError);
    await expectGraphOf(small);
  });

  it('creates the uniqueness constraints and a usable full-text index', async () => {
    await seed(full);
    const { records: constraints } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type', {}, { database: config.database });
    const unique = constraints.map((r) => `${r.get('labelsOrTypes')}.${r.get('properties')} ${r.get('type')}`);
    expect(unique).toContain('Node.id,_generation UNIQUENESS');
    const { generation } = await seed(full);
    await expect(
      driver.executeQuery('CREATE (:Node {id: $id, _generation: $generation})', { id: full.nodes[0]!.id, generation: neo4j.int(generation!) }, { database: config.database }),
    ).rejects.toThrow(/already exists/);
    const { records: hits } = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, 'consumption') YIELD node RETURN node.id AS id`,
      { index: FULLTEXT_INDEX },
      { database: config.database },
    );
    expect(hits.length).toBeGreaterThan(0);
  });
});
