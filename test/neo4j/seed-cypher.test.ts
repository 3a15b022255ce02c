/**
 * The script of `mhhs seed --cypher-out`, run statement by statement as cypher-shell runs it,
 * builds exactly the graph seedNeo4j writes — same labels, properties (types included),
 * relationships and :ModelMeta — replaces the graph before it, can be run again, creates the
 * schema where it is missing, and carries quotes, backslashes, newlines and non-ASCII text
 * through its literals unchanged.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel } from '../../src/model/design-model.js';
import { GRAPH_SCHEMA_VERSION } from '../../src/model/graph-schema-version.js';
import { loadModel } from '../../src/model/load.js';
import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { seedCypherScript } from '../../src/store/neo4j/cypher-script.js';
import { FULLTEXT_INDEX, SCHEMA } from '../../src/store/neo4j/schema.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import { Neo4jStore } from '../../src/store/neo4j/store.js';
import type { GraphStore, Hop } from '../../src/store/port.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { neo4jConfig } from '../support/neo4j.js';
import { expectSameJson } from '../support/same-json.js';

/** Everything a string literal must survive: both quotes, backslashes (also before a quote, `u` and `n`), line breaks, `;` at a line end, comment and parameter look-alikes, backticks, non-ASCII. */
const TRICKY = `It's "quoted" 'twice'; back\\slash, \\' and \\" and \\u0041 and \\n stay text;
a second line;\r\nthen a\ttab // not a comment /* nor this */ $rows $modelHash \`ticked\`;
'); MATCH (n) DETACH DELETE n; // é – £ “curly” 😀`;

/** A tiny model carrying TRICKY in scalar, list-valued and prose properties, written as JSON (which YAML reads as is). */
const trickyModelFile = () =>
  JSON.stringify({
    roles: [
      { id: 'SUPPLIER', name: `Supplier ${TRICKY}`, category: 'MARKET_ROLE', codeBodies: ['BSC', 'REC'], legacyRole: TRICKY, example: TRICKY },
      { id: 'ADS', name: 'Advanced Data Service', category: 'TOM_SERVICE', example: 'Plain.' },
    ],
    requirements: [
      { id: 'BRS007-FR-001', name: 'Tricky text', text: TRICKY, description: TRICKY, category: 'FUNCTIONAL', appliesTo: ['SUPPLIER', 'ADS'], example: 'x' },
    ],
    testCases: [{ id: 'TC-SITF-001-01', name: 'Steps', steps: [TRICKY, '\\', "'", '\n'], verifies: ['BRS007-FR-001'], example: TRICKY }],
  });

/**
 * Runs a script the way `cypher-shell -f` does: `//` lines are comments, `:begin` / `:commit`
 * open and commit a transaction, and a statement runs when a line ends with `;`. The script
 * keeps every literal on one line, so a line ending in `;` always ends a statement.
 */
async function runScript(driver: Driver, script: string): Promise<void> {
  const session = driver.session({ database: neo4jConfig().database });
  let tx: Transaction | undefined;
  let statement = '';
  try {
    for (const line of script.split('\n')) {
      if (statement === '' && (line === '' || line.startsWith('//'))) continue;
      if (statement === '' && line === ':begin') tx = session.beginTransaction();
      else if (statement === '' && line === ':commit') {
        await tx!.commit();
        tx = undefined;
      } else {
        statement += `${line}\n`;
        if (!line.endsWith(';')) continue;
        await (tx ?? session).run(statement.slice(0, -2));
        statement = '';
      }
    }
    expect(statement).toBe('');
    expect(tx).toBeUndefined();
  } finally {
    if (tx?.isOpen()) await tx.rollback();
    await session.close();
  }
}

/** Every node and relationship in the database, in a stable order; `seededAt` only checked to be a datetime, generations to be the current one. */
async function graphDump(driver: Driver) {
  const database = neo4jConfig().database;
  const { records: nodes } = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id, labels(n)',
    {},
    { database },
  );
  const { records: relationships } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to',
    {},
    { database },
  );
  const { records: metas } = await driver.executeQuery('MATCH (m:ModelMeta) RETURN m.generation AS generation', {}, { database });
  const current = metas[0]?.get('generation') as unknown;
  // Which generation number is current depends on how many seeds ran before; that it is the meta's does not.
  const generationOf = (value: unknown) => (value === undefined ? 'none' : String(value) === String(current) ? 'current' : value);
  return {
    nodes: nodes.map((r) => {
      const { seededAt, generation, _generation, ...properties } = r.get('properties') as Record<string, unknown>;
      return {
        labels: (r.get('labels') as string[]).sort(),
        properties,
        generation: generationOf(generation ?? _generation),
        seededAt: seededAt === undefined ? 'none' : neo4j.isDateTime(seededAt),
      };
    }),
    relationships: relationships.map((r) => r.toObject()),
  };
}

const ALL_HOPS: Hop[] = RELATIONSHIP_TYPES.flatMap((type) => [
  { type, direction: 'OUT' as const },
  { type, direction: 'IN' as const },
]);

describe('the Cypher script of mhhs seed --cypher-out', () => {
  const config = neo4jConfig();
  let models: Record<'small fixture' | 'tricky strings' | 'full', DesignModel>;
  let trickyDir: string;
  let driver: Driver;
  let reader: Neo4jStore;

  beforeAll(async () => {
    trickyDir = await mkdtemp(join(tmpdir(), 'mhhs-seed-cypher-'));
    await writeFile(join(trickyDir, 'tricky.yaml'), trickyModelFile());
    const [small, tricky, full] = await Promise.all([loadModel(SMALL_MODEL_DIR), loadModel(trickyDir), loadModel('model')]);
    models = { 'small fixture': small, 'tricky strings': tricky, full };
    driver = createNeo4jDriver(config);
    reader = new Neo4jStore(createNeo4jDriver(config), { uri: config.uri, database: config.database });
  });
  afterAll(async () => {
    await reader?.close();
    await driver?.close();
    await rm(trickyDir, { recursive: true, force: true });
  });

  it.each(['small fixture', 'tricky strings', 'full'] as const)(
    'recreates exactly the graph seedNeo4j writes, replacing the graph before it (%s model)',
    async (name) => {
      const model = models[name];
      await seedNeo4j(driver, model, { database: config.database });
      const seeded = await graphDump(driver);
      expect(seeded.nodes).toHaveLength(model.nodes.length + 1);
      // Another model first, so the script has a graph to replace.
      await seedNeo4j(driver, name === 'full' ? models['small fixture'] : models.full, { database: config.database });
      await runScript(driver, seedCypherScript(model).text);
      expect(await graphDump(driver)).toEqual(seeded);
    },
    // The first seed of the file creates the schema (indexes come online), which takes ~35 s on a loaded 2-core machine.
    120_000,
  );

  it('writes quotes, backslashes, line breaks and non-ASCII text as escaped ASCII literals that read back unchanged', async () => {
    const model = models['tricky strings'];
    const { text } = seedCypherScript(model);
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    expect(text).not.toContain(TRICKY.split('\n')[0]);
    await runScript(driver, text);
    const { records } = await driver.executeQuery(
      `MATCH (r:Role {id: 'SUPPLIER'}), (q:Requirement {id: 'BRS007-FR-001'}), (t:TestCase {id: 'TC-SITF-001-01'})
       RETURN r.legacyRole AS legacyRole, r.name AS name, q.text AS text, t.steps AS steps, r._props AS props`,
      {},
      { database: config.database },
    );
    const supplier = model.nodes.find((n) => n.id === 'SUPPLIER')!;
    expect(records[0]!.toObject()).toEqual({
      legacyRole: TRICKY,
      name: `Supplier ${TRICKY}`,
      text: TRICKY,
      steps: [TRICKY, '\\', "'", '\n'],
      props: JSON.stringify(supplier.props),
    });
  });

  it.each(['small fixture', 'tricky strings'] as const)(
    'leaves a graph the Neo4j store answers from exactly as the memory store does (%s model)',
    async (name) => {
      const model = models[name];
      await runScript(driver, seedCypherScript(model).text);
      const memory: GraphStore = createMemoryStore(model);
      const ids = [...model.nodes.map((n) => n.id), 'NOPE-404'];
      expectSameJson(await reader.nodes(ids), await memory.nodes(ids));
      expectSameJson(await reader.neighbours(ids, ALL_HOPS), await memory.neighbours(ids, ALL_HOPS));
      expect(await reader.modelMeta()).toEqual({ modelHash: model.hash, graphSchemaVersion: GRAPH_SCHEMA_VERSION, nodeCount: model.nodes.length });
    },
  );

  it('can be run again: a second run leaves the same graph, with one :ModelMeta', async () => {
    const { text } = seedCypherScript(models['small fixture']);
    await runScript(driver, text);
    const once = await graphDump(driver);
    await runScript(driver, text);
    expect(await graphDump(driver)).toEqual(once);
    expect(once.nodes.filter((n) => n.labels.includes('ModelMeta'))).toHaveLength(1);
  });

  it('creates the constraints and indexes of schema.ts where they are missing, full-text index included, and drops obsolete ones', async () => {
    await driver.executeQuery('DROP CONSTRAINT node_id_generation IF EXISTS', {}, { database: config.database });
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: config.database });
    await driver.executeQuery('CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE', {}, { database: config.database });
    for (const item of SCHEMA) {
      const what = item.cypher.startsWith('CREATE CONSTRAINT') ? 'CONSTRAINT' : 'INDEX';
      await driver.executeQuery(`DROP ${what} ${item.name} IF EXISTS`, {}, { database: config.database });
    }
    await runScript(driver, seedCypherScript(models['tricky strings']).text);
    const { records } = await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state', {}, { database: config.database });
    const online = records.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('name') as string);
    expect(online).toEqual(expect.arrayContaining(SCHEMA.map((item) => item.name)));
    expect(online).not.toContain('node_id');
    const { records: hits } = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, 'ticked') YIELD node RETURN node.id AS id ORDER BY id`,
      { index: FULLTEXT_INDEX },
      { database: config.database },
    );
    expect(hits.map((r) => r.get('id'))).toEqual(['BRS007-FR-001', 'SUPPLIER']);
  });
});
