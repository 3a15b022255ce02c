/**
 * Same answers, proven on the real thing: the full `model/` served over HTTP from the memory
 * store and from Neo4j, every operation in test/operations run with many variable sets on both,
 * and the two response bodies required to be identical, byte for byte.
 *
 * Every operation found in test/operations must have variable sets below; a new operation
 * without them fails the test rather than going unchecked.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel } from '../../src/model/design-model.js';
import type { NodeKind } from '../../src/model/kinds.js';
import { loadModel } from '../../src/model/load.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { Neo4jStore } from '../../src/store/neo4j/store.js';
import * as operations from '../generated/graphql.js';
import { post } from '../graphql/support/http.js';
import { mapInBatches } from '../support/map-in-batches.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import { editModel } from '../support/model-edits.js';
import { neo4jConfig, seededNeo4jStore, withDriver } from '../support/neo4j.js';

const OPERATIONS_DIR = 'test/operations';

type Variables = Readonly<Record<string, unknown>>;

/** About `n` items spread evenly over `items`, first and last included. */
const spread = <T>(items: readonly T[], n: number): T[] =>
  items.filter((_, i) => i === items.length - 1 || i % Math.max(1, Math.ceil(items.length / n)) === 0);

/**
 * Variable sets per operation, from the full model: elements of every kind, every role, phase
 * and change request where an operation takes one. (The port itself is compared on every
 * element in port-parity.test.ts.)
 */
function variableSets(model: DesignModel): Readonly<Record<string, readonly Variables[]>> {
  const idsOf = (kind: NodeKind) => model.nodes.filter((n) => n.kind === kind).map((n) => n.id);
  const phases = [undefined, ...idsOf('TestPhase')];
  const kinds = [...new Set(model.nodes.map((n) => n.kind))];
  return {
    CodeTrace: [{}, { code: 'BSC' }, { code: 'REC' }, { code: 'SEC' }],
    DecisionsTaken: [
      {},
      { body: 'DAG', from: '2023-08', to: '2023-08' },
      { body: 'DAG', from: '2023-08-01', to: '2023-08-31' },
      ...idsOf('GovernanceGroup').map((body) => ({ body })),
      { from: '2023-05-01', to: '2023-06-30', outcome: 'APPROVED' },
      { outcome: 'DEFERRED' },
      { body: 'NO-SUCH-BODY' },
      { body: 'CR024' },
      { from: '2023-02-30' },
      { from: '2023-09', to: '2023-08' },
    ],
    InterfaceDirections: [...idsOf('Interface').map((id) => ({ id })), { id: 'IF-021-PSS-TO-MDS' }, { id: 'NO-SUCH-ID' }],
    EntryIntervalsOfPhase: idsOf('TestPhase').map((id) => ({ id })),
    DatesStated: [...spread(idsOf('Milestone'), 6), 'M9'].map((id) => ({ id })),
    QualificationRoute: [...idsOf('QualificationRoute'), 'QS-SIT'].map((id) => ({ id })),
    QualificationIteration: idsOf('QualificationIteration').map((id) => ({ id })),
    SitCohortOfRole: idsOf('Role').map((id) => ({ id })),
    MilestonesOfPhase: [...idsOf('TestPhase').map((id) => ({ id })), { id: 'M9' }],
    CodeDraftingOfClause: [...idsOf('CodeClause').map((id) => ({ id })), { id: 'CDT-REGISTRATION' }],
    // Versions of model/ every clone has (the repository's own history), and the working tree.
    Diff: [{ from: '04bf4ca', to: '698ffad' }, { from: '698ffad', to: 'fa78d70' }, { from: '698ffad' }, { from: 'no-such-ref' }],
    ImpactOfDiff: [{ from: '04bf4ca', to: '698ffad', maxDepth: 2 }, { from: '04bf4ca', to: '698ffad' }, { from: '698ffad' }],
    ImpactOfChangeRequest: [
      ...idsOf('ChangeRequest').map((changeRequest) => ({ changeRequest })),
      { changeRequest: 'CR023', maxDepth: 1 },
      { changeRequest: 'CR023', maxDepth: 10 },
      { changeRequest: 'CR999' },
    ],
    ImpactOfChangedElements: [
      { changed: ['IF-021', 'IF-041'] },
      { changed: ['IF-021', 'IF-041'], maxDepth: 2 },
      ...['Requirement', 'Interface', 'Role', 'Artefact', 'DataItem'].map((kind) => ({ changed: idsOf(kind as NodeKind).slice(0, 3) })),
      // The deepest walk, from hubs (a role, an artefact, a phase) whose change reaches far.
      ...['ADS', 'BRS007', 'SIT-FUNCTIONAL'].map((id) => ({ changed: [id], maxDepth: 10 })),
      { changed: ['NO-SUCH-ID'] },
    ],
    NodeLookup: [...kinds.flatMap((kind) => spread(idsOf(kind), 3)).map((id) => ({ id })), { id: 'NO-SUCH-ID' }],
    RequirementWithRelations: spread(idsOf('Requirement'), 12).map((id) => ({ id })),
    RequirementsPage: [
      { first: 100 },
      { first: 0 },
      { first: 5, search: 'brs008' },
      { first: 50, where: { category: 'NON_FUNCTIONAL' } },
      { first: 50, where: { category: 'FUNCTIONAL' }, search: 'fr-00' },
      { first: 5, after: 'not-a-cursor' },
    ],
    RequirementsWithCoverage: [{ first: 100 }, { first: 7 }],
    RoleView: [
      ...idsOf('Role').flatMap((role) => [undefined, 'SIT-FUNCTIONAL'].map((phase) => ({ role, phase }))),
      ...phases.map((phase) => ({ role: 'ADS', phase })),
    ],
    RoleChecklist: [
      ...idsOf('Role').map((role) => ({ role })),
      { role: 'ADS', phase: 'SIT-FUNCTIONAL', participant: 'Example ADS Ltd' },
      { role: 'ADS', participant: 'Nobody' },
    ],
    RttmWithEvidence: [
      {},
      { phases: ['SIT-CIT', 'SIT-FUNCTIONAL'] },
      { phases: ['SIT-FUNCTIONAL'], role: 'ADS' },
      { phases: ['SIT-FUNCTIONAL'], role: 'ADS', participant: 'Example ADS Ltd' },
      ...phases.map((phase) => ({ phases: [phase], role: 'SDS' })),
      // Every entry interval, with and without a role; and the errors of another phase, of what is no interval.
      ...idsOf('EntryInterval').flatMap((interval) => [{ interval }, { interval, role: 'ADS' }]),
      { phases: ['SIT-FUNCTIONAL'], interval: 'SIT-CIT-INTERVAL-3' },
      { interval: 'SIT-CIT' },
      // The design at versions every clone has, with today's results; a release without a baseline.
      { phases: ['SIT-FUNCTIONAL'], role: 'ADS', baseline: '698ffad' },
      { baseline: 'fa78d70' },
      { baseline: 'IR5' },
      { baseline: 'no-such-ref' },
    ],
    TestCaseEvidence: [...spread(idsOf('TestCase'), 8), 'TC-SITF-001-02'].map((id) => ({ id })),
    RoleWithRelations: idsOf('Role').map((id) => ({ id })),
    RelationshipEdges: [
      ...['CR019', 'CR023', 'IF-018', 'IF-021', 'ADS', 'MHHSP-BP001', 'DP-00'].map((id) => ({ id })),
      { id: 'IF-021', direction: 'IN' },
      { id: 'IF-021', types: ['FROM', 'TO', 'CARRIES'], direction: 'OUT' },
    ],
    RttmForPhaseAndRole: [
      ...phases.flatMap((phase) => [undefined, 'ADS', 'SUPPLIER'].map((role) => ({ phase, role }))),
      ...idsOf('Artefact').filter((id) => id.startsWith('BRS')).map((artefact) => ({ artefact })),
      { phase: 'SIT-FUNCTIONAL', role: 'ADS', artefact: 'BRS007' },
    ],
    Search: [
      ...spread(model.nodes, 12).flatMap((node) => [{ text: node.id }, { text: node.props.name, first: 100 }]),
      { text: 'disconnection' },
      { text: 'Demand disconn', first: 100 },
      { text: 'data', first: 100 },
      { text: 'data', first: 0 },
      { text: 'data', kinds: ['Requirement', 'TestCase'], first: 7 },
      { text: 'settlement', kinds: ['CodeClause', 'ChangeRequest'], first: 100 },
      // Words Lucene's analyzer keeps inside a longer token (C.12, 05:00, MPAN's, e.g., i.e.):
      // `e` begins a word of CR001 and IF-005 only in "i.e.".
      ...['12', '00', 's', 'e', 'e g', 'i e'].map((text) => ({ text, first: 100 })),
      { text: 'no-such-word' },
      { text: '?!' },
      { text: 'a b c d e f g h i j k' },
    ],
    SuspectLinks: [{}, { state: 'UNREVIEWED' }, { state: 'VALID' }, { kind: 'TestCase' }, { kind: 'CodeClause', state: 'VALID' }],
    Trace: [
      ...spread(idsOf('Requirement'), 6).map((from) => ({ from, toKind: 'TestCase' })),
      ...spread(idsOf('Interface'), 6).map((from) => ({ from, toKind: 'Requirement' })),
      { from: 'ADS', toKind: 'Interface', maxDepth: 2 },
      { from: 'CR023', toKind: 'TestCase' },
      { from: 'BSC-C-20.1', toKind: 'TestCase', maxDepth: 6 },
      { from: 'MHHSP-BP001', toKind: 'Role' },
      // Deep, and from or through hubs: a role, a phase, an artefact; hubs reached sideways only climb.
      ...['ADS', 'SIT-FUNCTIONAL', 'BRS007', 'CR023'].flatMap((from) => ['TestCase', 'Requirement', 'Role'].map((toKind) => ({ from, toKind, maxDepth: 10 }))),
      ...spread(idsOf('Requirement'), 4).map((from) => ({ from, toKind: 'TestPhase', maxDepth: 10 })),
    ],
  };
}

/** The operations in the .graphql files, by name. */
async function operationNames(): Promise<string[]> {
  const files = (await readdir(OPERATIONS_DIR)).filter((f) => f.endsWith('.graphql'));
  const documents = await Promise.all(files.map(async (f) => parse(await readFile(join(OPERATIONS_DIR, f), 'utf8'))));
  return documents
    .flatMap((d) => d.definitions)
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((d) => d.name!.value)
    .sort();
}

/** The generated document of an operation (it includes the fragments it uses). */
function documentOf(name: string): DocumentNode {
  const document = (operations as Record<string, unknown>)[`${name}Document`];
  if (!document) throw new Error(`no generated document for operation ${name}; run \`npm run codegen\``);
  return document as DocumentNode;
}

// Known when the tests are collected, so that each operation is a test of its own.
const names = await operationNames();

describe('the full model answers every operation identically from memory and from Neo4j', () => {
  let model: DesignModel;
  let neo4j: Neo4jStore;
  let servers: { memory: RunningServer; neo4j: RunningServer };

  beforeAll(async () => {
    model = await loadModel('model');
    // The graph under test is the one an incremental seed leaves: the model as it was a few edits
    // ago, seeded in full, then only the changes.
    const { database } = neo4jConfig();
    const earlier = editModel(model, {
      rename: model.nodes.filter((_, i) => i % 40 === 0).map((n) => n.id),
      drop: ['IF-041'],
      dropEdges: model.edges.filter((e) => e.type === 'VERIFIES').slice(0, 3),
      reword: model.edges.filter((e) => e.type === 'APPLIES_TO').slice(0, 3),
    });
    const report = await withDriver(async (driver) => {
      await seedNeo4j(driver, earlier, { database, full: true });
      return seedNeo4j(driver, model, { database });
    });
    expect(report).toMatchObject({ mode: 'incremental', changes: { nodes: { added: 1 } } });
    neo4j = await seededNeo4jStore(model);
    servers = {
      memory: await startServer({ store: createMemoryStore(model), port: 0 }),
      neo4j: await startServer({ store: neo4j, port: 0 }),
    };
  });
  afterAll(async () => {
    await servers?.memory.close();
    await servers?.neo4j.close();
    await neo4j?.close();
  });

  it('has variable sets for every operation in test/operations, many in all', () => {
    expect(names.length).toBeGreaterThan(0);
    const sets = variableSets(model);
    expect(Object.keys(sets).sort()).toEqual(names);
    expect(Object.values(sets).flat().length).toBeGreaterThan(150);
  });

  it.each(names)('gives byte-identical responses to %s for every variable set', async (name) => {
    const query = print(documentOf(name));
    const results = await mapInBatches(variableSets(model)[name] ?? [], 8, async (variables) => {
      const [fromMemory, fromNeo4j] = await Promise.all([post(servers.memory.url, query, variables), post(servers.neo4j.url, query, variables)]);
      expect({ operation: name, variables, status: fromNeo4j.status, body: fromNeo4j.raw }).toEqual({
        operation: name,
        variables,
        status: fromMemory.status,
        body: fromMemory.raw,
      });
      return fromMemory.errors === undefined;
    });
    // Identical errors prove little: each operation must also succeed with some variables.
    expect(results.some(Boolean), `${name} never answered without errors`).toBe(true);
  });

  it('pages through requirements by cursor identically', async () => {
    const query = operations.RequirementsPageDocument;
    let after: string | null | undefined;
    for (let page = 0; page < 100; page++) {
      const [fromMemory, fromNeo4j] = await Promise.all([
        post(servers.memory.url, query, { first: 7, after }),
        post(servers.neo4j.url, query, { first: 7, after }),
      ]);
      expect(fromNeo4j.raw).toBe(fromMemory.raw);
      const info = fromMemory.data?.requirements.pageInfo;
      if (!info?.hasNextPage) return;
      after = info.endCursor;
    }
    throw new Error('requirements never reached the last page');
  });
});
