/**
 * Seeding replaces the graph atomically: readers see the old graph or the new one, a seed that
 * fails part-way changes nothing, one killed midway leaves the old graph answering, reseeding is idempotent and drops what the YAML no longer has,
 * and a dry run writes nothing. When little changed, a seed writes only that, in one transaction,
 * and leaves the graph exactly as a full seed would.
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
import { dryRunSeed, seedNeo4j, type SeedOptions, type SeedProgress, type WrittenSeedReport } from '../../src/store/neo4j/seed.js';
import { Neo4jStore, type ModelMeta } from '../../src/store/neo4j/store.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { expectSameJson } from '../support/same-json.js';
import { distinctEdges, graphCounts, neo4jConfig } from '../support/neo4j.js';
import { editModel, withKindChanged } from '../support/model-edits.js';

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
  const seed = (model: DesignModel, options: Partial<SeedOptions> & { dryRun?: false } = {}) =>
    seedNeo4j(driver, model, { database: config.database, ...options });
  const expectGraphOf = async (model: DesignModel) =>
    expect(await reader.modelMeta()).toEqual<ModelMeta>({ modelHash: model.hash, graphSchemaVersion: GRAPH_SCHEMA_VERSION, nodeCount: model.nodes.length });

  const countGraph = () => graphCounts(driver, config.database);

  /** Starts a seed of model/ in a process of its own (test/support/seed-process.ts) and SIGKILLs it once it printed `line`. */
  async function killSeedProcess(how: 'full' | 'auto', line: string): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/seed-process.ts', 'model', how], {
      env: { ...process.env, MHHS_TEST_NEO4J: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(line)) resolve();
      });
      child.on('exit', () => reject(new Error(`the seed process ended before printing ${JSON.stringify(line)}: ${output}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    return output;
  }

  /** Every node (labels and properties, but its generation) and relationship, in a stable order: what two seeds must agree on. */
  async function graphDump() {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (n:Node) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
       CALL () { MATCH (a:Node)-[r]->(b:Node) WITH a, r, b ORDER BY a.id, type(r), b.id RETURN collect([a.id, type(r), b.id, properties(r)]) AS relationships }
       CALL () { MATCH (m:ModelMeta) RETURN collect([m.modelHash, m.graphSchemaVersion]) AS metas }
       RETURN nodes, relationships, metas`,
      {},
      { database: config.database },
    );
    const row = records[0]!.toObject() as { nodes: [string[], Record<string, unknown>][]; relationships: unknown[]; metas: unknown[] };
    return {
      nodes: row.nodes.map(([labels, { _generation: _ignored, ...props }]) => [[...labels].sort(), props]),
      relationships: row.relationships,
      metas: row.metas,
    };
  }

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
    const report = await seed(full, { full: true, batchSize: 50, onProgress: (p) => void progress.push(p) });
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
      full: true,
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
      seed(full, { full: true, batchSize: 40, failAfterBatches: 6, onProgress: async () => void seenWhileWriting.push(await reader.modelMeta()) }),
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
    const output = await killSeedProcess('full', 'batch 5\n');
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
    await expect(seed(full, { full: true, failAfterBatches: batches })).rejects.toThrow(/after \d+ batches/);
    await expectGraphOf(small);
  });

  it('reports what it would write on a dry run, without a driver, and writes nothing', async () => {
    await seed(small);
    const report = dryRunSeed(full);
    expect(report).toMatchObject({ dryRun: true, modelHash: full.hash, nodes: full.nodes.length, relationships: distinctEdges(full) });
    expect(report.byKind.Requirement).toBe(full.nodes.filter((n) => n.kind === 'Requirement').length);
    expect(await seedNeo4j(driver, full, { database: config.database, dryRun: true })).toEqual({ ...report, durationMs: expect.any(Number) });
    await expectGraphOf(small);
  });

  it('refuses, before writing anything, a model with a relationship to a missing element', async () => {
    await seed(small);
    const dangling: DesignModel = { ...small, edges: [...small.edges, { type: 'APPLIES_TO', from: 'BRS007-FR-001', to: 'NO-SUCH-ROLE', provenance: { state: 'EXAMPLE', note: 'dangling', inherited: true } }], hash: 'dangling' };
    expect(() => dryRunSeed(dangling)).toThrow(/NO-SUCH-ROLE/);
    await expect(seed(dangling)).rejects.toThrow(SeedFailedError);
    await expect(seed(dangling, { full: true })).rejects.toThrow(SeedFailedError);
    await expectGraphOf(small);
  });

  it('creates the uniqueness constraints and a usable full-text index', async () => {
    await seed(full);
    const { records: constraints } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type', {}, { database: config.database });
    const unique = constraints.map((r) => `${r.get('labelsOrTypes')}.${r.get('properties')} ${r.get('type')}`);
    expect(unique).toContain('Node.id,_generation UNIQUENESS');
    const { generation } = await seed(full, { full: true });
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

  describe('when little changed', () => {
    const incremental = (report: WrittenSeedReport) => {
      expect(report.mode).toBe('incremental');
      return report as Extract<WrittenSeedReport, { mode: 'incremental' }>;
    };
    /** The graph a full seed of `model` writes, then the graph is back to `previous`, seeded in full. */
    async function fullSeedDump(model: DesignModel, previous: DesignModel) {
      await seed(model, { full: true });
      const dump = await graphDump();
      await seed(previous, { full: true });
      return dump;
    }

    it('writes only the element that changed, in one transaction, and records the new model', async () => {
      await seed(full, { full: true });
      const target = full.nodes.find((n) => n.kind === 'Requirement')!;
      const edited = editModel(full, { rename: [target.id] });
      const report = incremental(await seed(edited));
      expect(report.changes).toEqual({ nodes: { added: 0, changed: 1, removed: 0 }, relationships: { added: 0, changed: 0, removed: 0 } });
      expect(report.batches).toBe(1);
      const { nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet } = report.writes;
      expect({ nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted }).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
      // One node's properties (each `SET n = row` key, and its generation), not the model's thousands.
      const { records } = await driver.executeQuery('MATCH (n:Node {id: $id}) RETURN size(keys(n)) AS keys', { id: target.id }, { database: config.database });
      expect(propertiesSet).toBeGreaterThan(0);
      expect(propertiesSet).toBeLessThanOrEqual(2 * (records[0]!.get('keys') as neo4j.Integer).toNumber());
      await expectGraphOf(edited);
      expect((await reader.nodes([target.id]))[0]?.props.name).toBe(`${target.props.name} (edited)`);
      expect(await countGraph()).toEqual({ nodes: full.nodes.length, ids: full.nodes.length, relationships: distinctEdges(full), metas: 1 });
      // Seeding the same model again writes nothing.
      expect(incremental(await seed(edited)).changes).toEqual({ nodes: { added: 0, changed: 0, removed: 0 }, relationships: { added: 0, changed: 0, removed: 0 } });
    });

    it('removes and adds elements and relationships, leaving exactly the graph a full seed writes', async () => {
      const requirement = full.nodes.find((n) => n.kind === 'Requirement')!;
      const edited = editModel(full, {
        rename: full.nodes.filter((n) => n.kind === 'Interface' && n.id !== 'IF-041').slice(0, 3).map((n) => n.id),
        drop: ['IF-041'],
        dropEdges: full.edges.filter((e) => e.type === 'APPLIES_TO' && e.from !== 'IF-041' && e.to !== 'IF-041').slice(0, 2),
        reword: full.edges.filter((e) => e.type === 'VERIFIES').slice(0, 2),
      });
      const kindChanged = withKindChanged(edited, requirement.id, 'Artefact');
      for (const [target, previous] of [
        [edited, full],
        [full, edited],
        [kindChanged, edited],
      ] as const) {
        const expected = await fullSeedDump(target, previous);
        const report = incremental(await seed(target));
        expect(report.changes.nodes.added + report.changes.nodes.changed + report.changes.nodes.removed).toBeGreaterThan(0);
        expect(await graphDump()).toEqual(expected);
        await expectGraphOf(target);
      }
      // Back to the shipped model: the requirement a requirement again (a new node), IF-041 back, three names back.
      expect(incremental(await seed(full)).changes.nodes).toEqual({ added: 2, changed: 3, removed: 1 });
      const edits = incremental(await seed(edited));
      expect(edits.changes).toEqual({ nodes: { added: 0, changed: 3, removed: 1 }, relationships: { added: 0, changed: 2, removed: 2 } });
      expect(edits.writes).toMatchObject({ nodesCreated: 0, nodesDeleted: 1, relationshipsCreated: 0 });
      expect(edits.writes.relationshipsDeleted).toBe(2 + full.edges.filter((e) => e.from === 'IF-041' || e.to === 'IF-041').length);
    });

    it('leaves the previous graph intact when it fails before its commit, and readers never see its writes', async () => {
      await seed(full, { full: true });
      const dropEdges = full.edges.filter((e) => e.type === 'APPLIES_TO' && e.from !== 'IF-041' && e.to !== 'IF-041').slice(0, 1);
      const edited = editModel(full, { rename: ['IF-021'], drop: ['IF-041'], dropEdges });
      const before = await graphDump();
      const name = full.nodes.find((n) => n.id === 'IF-021')!.props.name;
      const seen: (string | null | undefined)[] = [];
      const watch = async () => void seen.push((await reader.modelMeta()).modelHash, (await reader.nodes(['IF-021']))[0]?.props.name, (await reader.nodes(['IF-041']))[0]?.id);
      await expect(seed(edited, { failAfterBatches: 2, onProgress: watch })).rejects.toThrow(/after 2 statements/);
      expect(seen).toEqual([full.hash, name, 'IF-041', full.hash, name, 'IF-041']);
      expect(await graphDump()).toEqual(before);
      seen.length = 0;
      expect(incremental(await seed(edited, { onProgress: watch })).batches).toBe(3);
      expect(new Set(seen)).toEqual(new Set([full.hash, name, 'IF-041']));
      expect((await reader.nodes(['IF-021']))[0]?.props.name).toBe(`${name} (edited)`);
      await expectGraphOf(edited);
    });

    it('leaves the previous graph answering when the seeding process is killed inside its transaction', async () => {
      await seed(small, { full: true });
      const before = await graphDump();
      const output = await killSeedProcess('auto', 'batch 1\n');
      expect(output).not.toContain('seeded');
      expect(await graphDump()).toEqual(before);
      await expectGraphOf(small);
    });

    it('seeds in full when the change is larger than one transaction takes, or the graph schema differs', async () => {
      await seed(small, { full: true });
      const large = await seed(full, { incrementalLimit: 10 });
      expect(large).toMatchObject({ mode: 'full', reason: { why: 'large-change', limit: 10 } });
      await driver.executeQuery('MATCH (m:ModelMeta) SET m.graphSchemaVersion = $v', { v: 'an-older-shape' }, { database: config.database });
      expect(await seed(full)).toMatchObject({ mode: 'full', reason: { why: 'graph-schema-changed', held: 'an-older-shape' } });
      await expectGraphOf(full);
      expect(await seed(full, { full: true })).toMatchObject({ mode: 'full', reason: { why: 'asked' } });
    });
  });
});
