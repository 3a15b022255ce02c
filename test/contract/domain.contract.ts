/**
 * The domain contract: the GraphStore port and every domain query, against the small hand-worked
 * model in test/fixtures/small-model. Every store runs it (test/domain/domain.memory.test.ts,
 * and the Neo4j suite), so it only uses the port — never an adapter's internals — and both stores
 * must give these exact answers.
 *
 * The expected values are literals worked out by hand from the fixture's YAML; the comments show
 * the reasoning. Paths are written `start -[TYPE]-> next` (relationship followed OUT) or
 * `start <-[TYPE]- next` (followed IN), each element with `@depth`.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeTrace } from '../../src/domain/code-trace.js';
import { assessImpact } from '../../src/domain/assessment.js';
import { impactOf, warningsOf } from '../../src/domain/impact.js';
import { getNode, getNodes } from '../../src/domain/lookups.js';
import { modelSummary } from '../../src/domain/model-summary.js';
import { neighbourhood } from '../../src/domain/neighbourhood.js';
import { testParticipants } from '../../src/domain/participants.js';
import type { PathHop, Reached, RttmMatrix } from '../../src/domain/results.js';
import { roleView } from '../../src/domain/role-view.js';
import { rttm } from '../../src/domain/rttm.js';
import { search, type SearchResult } from '../../src/domain/search.js';
import { trace } from '../../src/domain/trace.js';
import { BadInputError, NotFoundError } from '../../src/errors.js';
import type { DesignModel, ModelNode } from '../../src/model/design-model.js';
import { sharedModel } from '../support/models.js';
import { BASELINE, scopedStore } from '../../src/store/design-scope.js';
import type { GraphNode, GraphStore } from '../../src/store/port.js';
import type { StoreFactory } from '../support/stores.js';
import { CR023_IMPACT_BY_KIND } from './small-model-answers.js';

export const SMALL_MODEL_DIR = fileURLToPath(new URL('../fixtures/small-model', import.meta.url));

/** The provenance of a relationship written on an example element with this note. */
const inheritedExample = (note: string) => ({ state: 'EXAMPLE', note, inherited: true });
const ids = (nodes: readonly (GraphNode | null)[]) => nodes.map((node) => node?.id ?? null);
const arrow = ({ type, direction, to }: PathHop) => (direction === 'OUT' ? ` -[${type}]-> ${to}` : ` <-[${type}]- ${to}`);
/** One reached element as `id @depth: path`. */
const explained = ({ node, depth, path }: Reached) => `${node.id} @${depth}: ${path.start}${path.hops.map(arrow).join('')}`;
/** Each hit as `id: fields it matched in`. */
const found = (result: SearchResult) => result.hits.map(({ node, matchedFields }) => `${node.id}: ${matchedFields.join(' ')}`);
const matrix = (result: RttmMatrix) =>
  result.rows.map((row) => ({
    requirement: row.requirement.id,
    status: row.status,
    direct: ids(row.directTestCases),
    viaInterface: row.viaInterface.map((via) => `${via.testCase.id} exercises ${via.interface.id}`),
  }));

/** Each row as [requirement, execution, ['test case coverage outcome latest-result']]. */
const executionsOf = (result: RttmMatrix) =>
  result.rows.map((row) => [
    row.requirement.id,
    row.execution,
    row.executions.map((e) => `${e.testCase.id} ${e.coverage} ${e.outcome} ${e.latestResult?.id ?? '-'}`),
  ]);

export function defineDomainContract(factory: StoreFactory): void {
  describe(`domain contract on the ${factory.name} store`, () => {
    let model: DesignModel;
    /** The store as the adapter answers, proposals and all. */
    let raw: GraphStore;
    /** The baselined design, as every query reads it by default: CR027's proposals left out. */
    let store: GraphStore;

    beforeAll(async () => {
      model = await sharedModel(SMALL_MODEL_DIR);
      raw = await factory.make(model);
      store = scopedStore(raw, BASELINE);
    });
    afterAll(async () => {
      await raw?.close();
    });

    describe('GraphStore port', () => {
      it('returns nodes aligned with the ids asked for, null where no element has the id', async () => {
        const found = await store.nodes(['IF-021', 'NO-SUCH-ID', 'ADS']);
        expect(ids(found)).toEqual(['IF-021', null, 'ADS']);
        expect(found[0]).toMatchObject({ kind: 'Interface', props: { name: 'Consumption data', example: 'The interface CR023 changes.' } });
        expect(found[2]).toMatchObject({ kind: 'Role', props: { name: 'Advanced Data Service', codeBodies: ['BSC'] } });
      });

      it('lists the elements of a kind by id', async () => {
        const page = await store.list({ kind: 'Interface' }, { first: 10 });
        expect(ids(page.items)).toEqual(['IF-001', 'IF-021', 'IF-031', 'IF-041']);
        expect(page).toMatchObject({ hasNextPage: false, totalCount: 4 });
      });

      it('pages by keyset on id, totalCount counting every match', async () => {
        const first = await store.list({ kind: 'Interface' }, { first: 2 });
        expect(ids(first.items)).toEqual(['IF-001', 'IF-021']);
        expect(first).toMatchObject({ hasNextPage: true, totalCount: 4 });
        const second = await store.list({ kind: 'Interface' }, { first: 2, after: 'IF-021' });
        expect(ids(second.items)).toEqual(['IF-031', 'IF-041']);
        expect(second).toMatchObject({ hasNextPage: false, totalCount: 4 });
        // `after` need not be an existing id: IF-030 sorts between IF-021 and IF-031.
        expect(ids((await store.list({ kind: 'Interface' }, { first: 5, after: 'IF-030' })).items)).toEqual(['IF-031', 'IF-041']);
        expect((await store.list({ kind: 'Interface' }, { first: 5, after: 'IF-041' })).items).toEqual([]);
      });

      it('searches a case-insensitive substring of id or name', async () => {
        // "Consumption data" and "Smart consumption data" by name; IF-031 by id.
        expect(ids((await store.list({ kind: 'Interface', search: 'CONSUMPTION' }, { first: 10 })).items)).toEqual(['IF-021', 'IF-041']);
        expect(ids((await store.list({ kind: 'Interface', search: '-03' }, { first: 10 })).items)).toEqual(['IF-031']);
        const services = await store.list({ kind: 'Role', search: 'data' }, { first: 2 });
        expect(ids(services.items)).toEqual(['ADS', 'MDR']);
        expect(services).toMatchObject({ hasNextPage: true, totalCount: 3 });
      });

      it('filters by property equality, and by containment for list-valued properties', async () => {
        expect(ids((await store.list({ kind: 'CodeClause', where: { code: 'BSC' } }, { first: 10 })).items)).toEqual(['BSC-C-3.2', 'BSC-C-3.3']);
        expect(ids((await store.list({ kind: 'Role', where: { codeBodies: 'REC' } }, { first: 10 })).items)).toEqual(['REG_SERVICE', 'SUPPLIER']);
        expect(ids((await store.list({ kind: 'Role', where: { codeBodies: 'REC', category: 'MARKET_ROLE' } }, { first: 10 })).items)).toEqual(['SUPPLIER']);
        expect((await store.list({ kind: 'Role', where: { codeBodies: 'SEC' } }, { first: 10 })).totalCount).toBe(0);
      });

      it('returns neighbours by (type, direction, id), only along the hops asked for, empty for unknown ids', async () => {
        const [ifc, unknown, fr2] = await store.neighbours(
          ['IF-021', 'NO-SUCH-ID', 'BRS007-FR-002'],
          [
            { type: 'TO', direction: 'OUT' },
            { type: 'EXERCISES', direction: 'IN' },
            { type: 'DERIVES_FROM', direction: 'OUT' },
            { type: 'CHANGES', direction: 'IN' },
            { type: 'FROM', direction: 'OUT' },
            { type: 'DERIVES_FROM', direction: 'IN' },
            { type: 'CARRIES', direction: 'OUT' },
          ],
        );
        // Each relationship carries the provenance of the element it is written on (`inherited`),
        // unless its reference states its own: CR023's link to IF-021 is inferred.
        const ofIf021 = inheritedExample('The interface CR023 changes.');
        expect(ifc).toEqual([
          { type: 'CARRIES', direction: 'OUT', id: 'DI-001', kind: 'DataItem', provenance: ofIf021 },
          { type: 'CHANGES', direction: 'IN', id: 'CR023', kind: 'ChangeRequest', provenance: { state: 'INFERRED', note: 'from the CR title', inherited: false } },
          { type: 'EXERCISES', direction: 'IN', id: 'TC-PIT-001-02', kind: 'TestCase', provenance: inheritedExample('Verifies nothing; exercises IF-021 (covers FR-001 via the interface in PIT).') },
          { type: 'EXERCISES', direction: 'IN', id: 'TC-SITF-001-01', kind: 'TestCase', provenance: inheritedExample('Verifies BRS007-FR-001.') },
          { type: 'FROM', direction: 'OUT', id: 'ADS', kind: 'Role', provenance: ofIf021 },
          { type: 'TO', direction: 'OUT', id: 'SUPPLIER', kind: 'Role', provenance: ofIf021 },
        ]);
        expect(unknown).toEqual([]);
        // Direction sorts before id: FR-003 (derived, IN) comes before FR-001 (parent, OUT).
        expect(fr2).toEqual([
          { type: 'DERIVES_FROM', direction: 'IN', id: 'BRS007-FR-003', kind: 'Requirement', provenance: inheritedExample('Covered by no test case; has no code clause.') },
          { type: 'DERIVES_FROM', direction: 'OUT', id: 'BRS007-FR-001', kind: 'Requirement', provenance: inheritedExample('Covered only through a test case exercising IF-041.') },
        ]);
      });

      it('reports its health with the model it holds', async () => {
        expect(await store.health()).toMatchObject({ store: factory.name, ok: true, modelHash: model.hash, nodeCount: 43 });
      });
    });

    describe('lookups', () => {
      it('gets elements by id, in the order asked', async () => {
        expect((await getNode(store, 'CR023', 'ChangeRequest')).props.name).toBe('Standardisation of consumption data');
        expect(ids(await getNodes(store, [{ id: 'PIT' }, { id: 'ADS', kind: 'Role' }]))).toEqual(['PIT', 'ADS']);
      });

      it('rejects an unknown id as NOT_FOUND and an id of the wrong kind as BAD_USER_INPUT', async () => {
        await expect(getNode(store, 'CR999', 'ChangeRequest')).rejects.toThrow(NotFoundError);
        await expect(getNode(store, 'CR999')).rejects.toMatchObject({ code: 'NOT_FOUND', id: 'CR999' });
        await expect(getNode(store, 'IF-021', 'Role')).rejects.toThrow(BadInputError);
        await expect(getNode(store, 'IF-021', 'Role')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      });
    });

    describe('impact', () => {
      it('walks from the elements a change request changes along the propagation rules', async () => {
        // CR023 CHANGES IF-021. From an Interface the rules follow: DEFINES in (its artefact), SENDS in
        // (steps sending it), FROM/TO out (roles at both ends), REALISED_BY in (requirements it
        // realises), EXERCISES in (test cases). CARRIES is BACKWARD: a data item's change moves the
        // interface, not the other way, so DI-001 is not impacted. ADS, SUPPLIER and IFCAT go no
        // further (a role's change only moves the artefact defining it, and none defines these).
        // Depth 2: S03's process and artefact; FR-001's artefact, derived FR-002 and clause; the test
        // cases' scenarios. Depth 3: FR-003 (derived from FR-002) and the scenarios' phases.
        // Ordered by (depth, kind in NODE_KINDS order, id).
        const result = await impactOf(store, { changeRequest: 'CR023' });
        expect(result.changeRequest?.id).toBe('CR023');
        expect(ids(result.changed)).toEqual(['IF-021']);
        expect(result.maxDepth).toBe(6);
        expect(result.impacted.map(explained)).toEqual([
          'IFCAT @1: IF-021 <-[DEFINES]- IFCAT',
          'MHHSP-BP001-S03 @1: IF-021 <-[SENDS]- MHHSP-BP001-S03',
          'BRS007-FR-001 @1: IF-021 <-[REALISED_BY]- BRS007-FR-001',
          'ADS @1: IF-021 -[FROM]-> ADS',
          'SUPPLIER @1: IF-021 -[TO]-> SUPPLIER',
          'TC-PIT-001-02 @1: IF-021 <-[EXERCISES]- TC-PIT-001-02',
          'TC-SITF-001-01 @1: IF-021 <-[EXERCISES]- TC-SITF-001-01',
          'BPD001 @2: IF-021 <-[SENDS]- MHHSP-BP001-S03 <-[DEFINES]- BPD001',
          'BRS007 @2: IF-021 <-[REALISED_BY]- BRS007-FR-001 <-[DEFINES]- BRS007',
          'MHHSP-BP001 @2: IF-021 <-[SENDS]- MHHSP-BP001-S03 <-[HAS_STEP]- MHHSP-BP001',
          'BRS007-FR-002 @2: IF-021 <-[REALISED_BY]- BRS007-FR-001 <-[DERIVES_FROM]- BRS007-FR-002',
          'TS-PIT-001 @2: IF-021 <-[EXERCISES]- TC-PIT-001-02 -[IN_SCENARIO]-> TS-PIT-001',
          'TS-SITF-001 @2: IF-021 <-[EXERCISES]- TC-SITF-001-01 -[IN_SCENARIO]-> TS-SITF-001',
          'BSC-C-3.2 @2: IF-021 <-[REALISED_BY]- BRS007-FR-001 <-[CODIFIES]- BSC-C-3.2',
          'BRS007-FR-003 @3: IF-021 <-[REALISED_BY]- BRS007-FR-001 <-[DERIVES_FROM]- BRS007-FR-002 <-[DERIVES_FROM]- BRS007-FR-003',
          'PIT @3: IF-021 <-[EXERCISES]- TC-PIT-001-02 -[IN_SCENARIO]-> TS-PIT-001 -[IN_PHASE]-> PIT',
          'SIT-FUNCTIONAL @3: IF-021 <-[EXERCISES]- TC-SITF-001-01 -[IN_SCENARIO]-> TS-SITF-001 -[IN_PHASE]-> SIT-FUNCTIONAL',
        ]);
        expect(result.byKind.map((group) => [group.kind, group.elements.map((e) => e.node.id)])).toEqual(CR023_IMPACT_BY_KIND);
        expect(result.impacted[0]).toEqual({
          node: { id: 'IFCAT', kind: 'Artefact', props: expect.objectContaining({ name: 'Interface Catalogue' }) },
          depth: 1,
          // DEFINES is stated by the file IF-021 is written in, so it is as sure as IF-021.
          path: { start: 'IF-021', hops: [{ type: 'DEFINES', direction: 'IN', to: 'IFCAT', provenance: inheritedExample('The interface CR023 changes.') }] },
        });
      });

      it('explains an element reached from several starts by the smallest start id, at its minimum depth', async () => {
        // IFCAT, ADS (FROM of IF-021, TO of IF-041), BRS007 and TS-SITF-001 are reached from both
        // interfaces at the same depth: the path from IF-021 wins. FR-002 is realised by IF-041
        // (depth 1, not 2 through FR-001), and FR-003 is then one hop further.
        const result = await impactOf(store, { changed: ['IF-041', 'IF-021'] });
        expect(ids(result.changed)).toEqual(['IF-021', 'IF-041']);
        expect(result.impacted.map(explained)).toEqual([
          'IFCAT @1: IF-021 <-[DEFINES]- IFCAT',
          'MHHSP-BP001-S03 @1: IF-021 <-[SENDS]- MHHSP-BP001-S03',
          'BRS007-FR-001 @1: IF-021 <-[REALISED_BY]- BRS007-FR-001',
          'BRS007-FR-002 @1: IF-041 <-[REALISED_BY]- BRS007-FR-002',
          'ADS @1: IF-021 -[FROM]-> ADS',
          'MDR @1: IF-041 -[FROM]-> MDR',
          'SUPPLIER @1: IF-021 -[TO]-> SUPPLIER',
          'TC-PIT-001-02 @1: IF-021 <-[EXERCISES]- TC-PIT-001-02',
          'TC-SITF-001-01 @1: IF-021 <-[EXERCISES]- TC-SITF-001-01',
          'TC-SITF-001-02 @1: IF-041 <-[EXERCISES]- TC-SITF-001-02',
          'BPD001 @2: IF-021 <-[SENDS]- MHHSP-BP001-S03 <-[DEFINES]- BPD001',
          'BRS007 @2: IF-021 <-[REALISED_BY]- BRS007-FR-001 <-[DEFINES]- BRS007',
          'MHHSP-BP001 @2: IF-021 <-[SENDS]- MHHSP-BP001-S03 <-[HAS_STEP]- MHHSP-BP001',
          'BRS007-FR-003 @2: IF-041 <-[REALISED_BY]- BRS007-FR-002 <-[DERIVES_FROM]- BRS007-FR-003',
          'TS-PIT-001 @2: IF-021 <-[EXERCISES]- TC-PIT-001-02 -[IN_SCENARIO]-> TS-PIT-001',
          'TS-SITF-001 @2: IF-021 <-[EXERCISES]- TC-SITF-001-01 -[IN_SCENARIO]-> TS-SITF-001',
          'BSC-C-3.2 @2: IF-021 <-[REALISED_BY]- BRS007-FR-001 <-[CODIFIES]- BSC-C-3.2',
          'PIT @3: IF-021 <-[EXERCISES]- TC-PIT-001-02 -[IN_SCENARIO]-> TS-PIT-001 -[IN_PHASE]-> PIT',
          'SIT-FUNCTIONAL @3: IF-021 <-[EXERCISES]- TC-SITF-001-01 -[IN_SCENARIO]-> TS-SITF-001 -[IN_PHASE]-> SIT-FUNCTIONAL',
        ]);
      });

      it('stops at maxDepth; a data item change moves the interfaces carrying it', async () => {
        // DI-001 is carried by IF-001 and IF-021 (CARRIES is BACKWARD) and defined by IFCAT.
        const result = await impactOf(store, { changed: ['DI-001'], maxDepth: 1 });
        expect(result.impacted.map(explained)).toEqual([
          'IFCAT @1: DI-001 <-[DEFINES]- IFCAT',
          'IF-001 @1: DI-001 <-[CARRIES]- IF-001',
          'IF-021 @1: DI-001 <-[CARRIES]- IF-021',
        ]);
      });

      it('does not propagate through relationships whose impact is NONE, past the changed elements', async () => {
        // IF-041 moves MDR (its sender), but PART_OF carries no impact: SDS is not impacted, nor
        // DP-01 through the requirements GUIDED_BY it. (From a changed SDS or DP-01 themselves,
        // impactWhenChanged does go on: see the rules for every kind below.)
        const impacted = ids((await impactOf(store, { changed: ['IF-041'] })).impacted.map((r) => r.node));
        expect(impacted).toContain('MDR');
        expect(impacted).not.toContain('SDS');
        expect(impacted).not.toContain('DP-01');
      });

      it('rejects bad input with typed errors', async () => {
        await expect(impactOf(store, {})).rejects.toThrow(BadInputError);
        await expect(impactOf(store, { changeRequest: 'CR023', changed: ['IF-021'] })).rejects.toThrow(BadInputError);
        await expect(impactOf(store, { changed: [] })).rejects.toThrow(BadInputError);
        await expect(impactOf(store, { changeRequest: 'CR999' })).rejects.toThrow(NotFoundError);
        await expect(impactOf(store, { changeRequest: 'IF-021' })).rejects.toThrow(BadInputError);
        await expect(impactOf(store, { changed: ['IF-021', 'IF-999'] })).rejects.toMatchObject({ code: 'NOT_FOUND', id: 'IF-999' });
        await expect(impactOf(store, { changed: ['CR023'] })).rejects.toThrow(BadInputError);
        for (const maxDepth of [0, 11, 1.5]) {
          await expect(impactOf(store, { changeRequest: 'CR023', maxDepth })).rejects.toThrow(BadInputError);
        }
      });
    });

    describe('trace', () => {
      it('traces a requirement to its test cases: directly, via its interface, via derived requirements', async () => {
        // FR-001 <-VERIFIES- TC-SITF-001-01 (1); FR-001 -REALISED_BY-> IF-021 <-EXERCISES- TC-PIT-001-02 (2);
        // derived FR-002 -REALISED_BY-> IF-041 <-EXERCISES- TC-SITF-001-02 (3). TC-PIT-001-01 is six
        // hops away, across the process: IF-021 <-SENDS- S03 <-HAS_STEP- BP001 -HAS_STEP-> S01, then
        // either <-REALISED_BY- FR-004 <-VERIFIES- or -SENDS-> IF-001 <-EXERCISES-; equal length, and
        // REALISED_BY sorts before SENDS, so the first is the explanation.
        const result = await trace(store, { from: 'BRS007-FR-001', toKind: 'TestCase', maxDepth: 6 });
        expect(result.from.id).toBe('BRS007-FR-001');
        expect(result.targets.map(explained)).toEqual([
          'TC-SITF-001-01 @1: BRS007-FR-001 <-[VERIFIES]- TC-SITF-001-01',
          'TC-PIT-001-02 @2: BRS007-FR-001 -[REALISED_BY]-> IF-021 <-[EXERCISES]- TC-PIT-001-02',
          'TC-SITF-001-02 @3: BRS007-FR-001 <-[DERIVES_FROM]- BRS007-FR-002 -[REALISED_BY]-> IF-041 <-[EXERCISES]- TC-SITF-001-02',
          'TC-PIT-001-01 @6: BRS007-FR-001 -[REALISED_BY]-> IF-021 <-[SENDS]- MHHSP-BP001-S03 <-[HAS_STEP]- MHHSP-BP001 -[HAS_STEP]-> MHHSP-BP001-S01 <-[REALISED_BY]- BRS007-FR-004 <-[VERIFIES]- TC-PIT-001-01',
        ]);
      });

      it('goes four hops by default', async () => {
        const result = await trace(store, { from: 'BRS007-FR-001', toKind: 'TestCase' });
        expect(result.maxDepth).toBe(4);
        expect(ids(result.targets.map((t) => t.node))).toEqual(['TC-SITF-001-01', 'TC-PIT-001-02', 'TC-SITF-001-02']);
      });

      it('climbs from a test case through its scenario to its phase, but not down to sibling test cases', async () => {
        // TC -IN_SCENARIO-> scenario -IN_PHASE-> phase is a climb, allowed through the hubs.
        const phases = await trace(store, { from: 'BRS007-FR-001', toKind: 'TestPhase' });
        expect(phases.targets.map(explained)).toEqual([
          'SIT-FUNCTIONAL @3: BRS007-FR-001 <-[VERIFIES]- TC-SITF-001-01 -[IN_SCENARIO]-> TS-SITF-001 -[IN_PHASE]-> SIT-FUNCTIONAL',
          'PIT @4: BRS007-FR-001 -[REALISED_BY]-> IF-021 <-[EXERCISES]- TC-PIT-001-02 -[IN_SCENARIO]-> TS-PIT-001 -[IN_PHASE]-> PIT',
        ]);
        // From TC-PIT-001-02 the scenario TS-PIT-001 is a hub reached by climbing: its other test
        // case TC-PIT-001-01 is not reached through it (only, far away, through the process).
        const siblings = await trace(store, { from: 'TC-PIT-001-02', toKind: 'TestCase', maxDepth: 3 });
        expect(ids(siblings.targets.map((t) => t.node))).toEqual(['TC-SITF-001-01']);
      });

      it('descends from a phase into its scenarios and test cases', async () => {
        // SIT-FUNCTIONAL <-IN_PHASE- TS-SITF-001 <-IN_SCENARIO- TC-SITF-001-01 -VERIFIES-> FR-001 (3);
        // FR-002 at 4 both by FR-001 <-DERIVES_FROM- and via TC-SITF-001-02 -EXERCISES-> IF-041
        // <-REALISED_BY-: TC-SITF-001-01 sorts first.
        const result = await trace(store, { from: 'SIT-FUNCTIONAL', toKind: 'Requirement' });
        expect(result.targets.map(explained)).toEqual([
          'BRS007-FR-001 @3: SIT-FUNCTIONAL <-[IN_PHASE]- TS-SITF-001 <-[IN_SCENARIO]- TC-SITF-001-01 -[VERIFIES]-> BRS007-FR-001',
          'BRS007-FR-002 @4: SIT-FUNCTIONAL <-[IN_PHASE]- TS-SITF-001 <-[IN_SCENARIO]- TC-SITF-001-01 -[VERIFIES]-> BRS007-FR-001 <-[DERIVES_FROM]- BRS007-FR-002',
        ]);
      });

      it("includes a service's parts, and climbs from a part to its service", async () => {
        // SDS <-PART_OF- MDR <-FROM- IF-041: descending into a part, the trace goes on freely.
        expect((await trace(store, { from: 'SDS', toKind: 'Interface' })).targets.map(explained)).toEqual([
          'IF-041 @2: SDS <-[PART_OF]- MDR <-[FROM]- IF-041',
        ]);
        expect((await trace(store, { from: 'BRS007-NFR-001', toKind: 'Role' })).targets.map(explained)).toEqual([
          'MDR @1: BRS007-NFR-001 -[APPLIES_TO]-> MDR',
          'SDS @2: BRS007-NFR-001 -[APPLIES_TO]-> MDR -[PART_OF]-> SDS',
        ]);
      });

      it('does not pass through a role sideways', async () => {
        // ADS is a hub: FR-001 -APPLIES_TO-> ADS does not lead on to what else applies to ADS.
        // FR-002 and FR-003 are reached by derivation instead; FR-004 and NFR-001 only through hubs.
        const result = await trace(store, { from: 'BRS007-FR-001', toKind: 'Requirement' });
        expect(result.targets.map(explained)).toEqual([
          'BRS007-FR-002 @1: BRS007-FR-001 <-[DERIVES_FROM]- BRS007-FR-002',
          'BRS007-FR-003 @2: BRS007-FR-001 <-[DERIVES_FROM]- BRS007-FR-002 <-[DERIVES_FROM]- BRS007-FR-003',
        ]);
      });

      it('follows change control from the start element only', async () => {
        expect((await trace(store, { from: 'CR023', toKind: 'TestCase' })).targets.map(explained)).toEqual([
          'TC-PIT-001-02 @2: CR023 -[CHANGES]-> IF-021 <-[EXERCISES]- TC-PIT-001-02',
          'TC-SITF-001-01 @2: CR023 -[CHANGES]-> IF-021 <-[EXERCISES]- TC-SITF-001-01',
        ]);
        expect((await trace(store, { from: 'IF-021', toKind: 'ChangeRequest' })).targets.map(explained)).toEqual([
          'CR023 @1: IF-021 <-[CHANGES]- CR023',
          'CR027 @2: IF-021 <-[REALISED_BY]- BRS007-FR-001 <-[CHANGES]- CR027',
        ]);
        // Past the start, change control is followed towards the change requests only: a clause
        // reaches the CRs that change what it codifies (CR027 changes FR-001 itself, CR023 the
        // interface realising it), and a CR leads nowhere further.
        expect((await trace(store, { from: 'BSC-C-3.2', toKind: 'ChangeRequest' })).targets.map(explained)).toEqual([
          'CR027 @2: BSC-C-3.2 -[CODIFIES]-> BRS007-FR-001 <-[CHANGES]- CR027',
          'CR023 @3: BSC-C-3.2 -[CODIFIES]-> BRS007-FR-001 -[REALISED_BY]-> IF-021 <-[CHANGES]- CR023',
        ]);
        expect((await trace(store, { from: 'BSC-C-3.2', toKind: 'DesignRelease' })).targets).toEqual([]);
      });

      it('rejects bad input with typed errors', async () => {
        await expect(trace(store, { from: 'BRS007-FR-001', toKind: 'Widget' })).rejects.toThrow(BadInputError);
        await expect(trace(store, { from: 'BRS007-FR-999', toKind: 'TestCase' })).rejects.toThrow(NotFoundError);
        await expect(trace(store, { from: 'BRS007-FR-001', toKind: 'TestCase', maxDepth: 11 })).rejects.toThrow(BadInputError);
      });
    });

    describe('RTTM', () => {
      it('covers every requirement against every test case when no scope is given', async () => {
        // FR-001: TC-SITF-001-01 VERIFIES it (DIRECT); it is REALISED_BY IF-021, which TC-PIT-001-02
        //   and TC-SITF-001-01 EXERCISE (listed, though DIRECT wins).
        // FR-002: nothing verifies it; REALISED_BY IF-041 <-EXERCISES- TC-SITF-001-02: VIA_INTERFACE.
        // FR-003: no test case, no realising interface: NONE.
        // FR-004: TC-PIT-001-01 verifies it; it is realised by a process step, not an interface.
        // NFR-001: NONE. Coverage (2 + 1) / 5 = 60.0 %.
        const result = await rttm(store, {});
        expect(result.scope).toEqual({ phase: null, phases: [], role: null, artefact: null, participant: null, interval: null, release: null, baseline: null, notes: [] });
        expect(matrix(result)).toEqual([
          { requirement: 'BRS007-FR-001', status: 'DIRECT', direct: ['TC-SITF-001-01'], viaInterface: ['TC-PIT-001-02 exercises IF-021', 'TC-SITF-001-01 exercises IF-021'] },
          { requirement: 'BRS007-FR-002', status: 'VIA_INTERFACE', direct: [], viaInterface: ['TC-SITF-001-02 exercises IF-041'] },
          { requirement: 'BRS007-FR-003', status: 'NONE', direct: [], viaInterface: [] },
          { requirement: 'BRS007-FR-004', status: 'DIRECT', direct: ['TC-PIT-001-01'], viaInterface: [] },
          { requirement: 'BRS007-NFR-001', status: 'NONE', direct: [], viaInterface: [] },
        ]);
        expect(result.totals).toMatchObject({ requirements: 5, direct: 2, viaInterface: 1, none: 2, coveragePercent: 60 });
        expect(ids(result.uncovered)).toEqual(['BRS007-FR-003', 'BRS007-NFR-001']);
      });

      it('counts only the test cases of the phase', async () => {
        // SIT Functional holds TC-SITF-001-01/02 only: FR-004's PIT test case is out of scope, so it
        // is NONE. Coverage 2 / 5 = 40.0 %.
        const sitf = await rttm(store, { phase: 'SIT-FUNCTIONAL' });
        expect(sitf.scope.phase?.id).toBe('SIT-FUNCTIONAL');
        expect(matrix(sitf)).toEqual([
          { requirement: 'BRS007-FR-001', status: 'DIRECT', direct: ['TC-SITF-001-01'], viaInterface: ['TC-SITF-001-01 exercises IF-021'] },
          { requirement: 'BRS007-FR-002', status: 'VIA_INTERFACE', direct: [], viaInterface: ['TC-SITF-001-02 exercises IF-041'] },
          { requirement: 'BRS007-FR-003', status: 'NONE', direct: [], viaInterface: [] },
          { requirement: 'BRS007-FR-004', status: 'NONE', direct: [], viaInterface: [] },
          { requirement: 'BRS007-NFR-001', status: 'NONE', direct: [], viaInterface: [] },
        ]);
        expect(sitf.totals).toMatchObject({ requirements: 5, direct: 1, viaInterface: 1, none: 3, coveragePercent: 40 });
        // In PIT, FR-001 is covered only by TC-PIT-001-02 exercising IF-021; FR-002's test case is in SIT.
        const pit = await rttm(store, { phase: 'PIT' });
        expect(matrix(pit).map((row) => `${row.requirement} ${row.status}`)).toEqual([
          'BRS007-FR-001 VIA_INTERFACE',
          'BRS007-FR-002 NONE',
          'BRS007-FR-003 NONE',
          'BRS007-FR-004 DIRECT',
          'BRS007-NFR-001 NONE',
        ]);
        expect(ids(pit.uncovered)).toEqual(['BRS007-FR-002', 'BRS007-FR-003', 'BRS007-NFR-001']);
      });

      it('keeps the rows of the requirements applying to the role, rounding coverage to one decimal', async () => {
        // FR-001, FR-002 and FR-003 apply to ADS: DIRECT, VIA_INTERFACE, NONE → 2 / 3 = 66.7 %.
        const result = await rttm(store, { phase: 'SIT-FUNCTIONAL', role: 'ADS' });
        expect(matrix(result).map((row) => `${row.requirement} ${row.status}`)).toEqual([
          'BRS007-FR-001 DIRECT',
          'BRS007-FR-002 VIA_INTERFACE',
          'BRS007-FR-003 NONE',
        ]);
        expect(result.totals).toMatchObject({ requirements: 3, direct: 1, viaInterface: 1, none: 1, coveragePercent: 66.7 });
      });

      it("includes the requirements of a role's parts", async () => {
        // Nothing applies to SDS itself; NFR-001 applies to its part MDR.
        const result = await rttm(store, { role: 'SDS' });
        expect(matrix(result)).toEqual([{ requirement: 'BRS007-NFR-001', status: 'NONE', direct: [], viaInterface: [] }]);
        expect(result.totals.coveragePercent).toBe(0);
      });

      it('keeps the requirements the artefact defines, intersected with the role', async () => {
        // BRS007 defines all five; of those FR-003 and FR-004 apply to SUPPLIER.
        const result = await rttm(store, { artefact: 'BRS007', role: 'SUPPLIER' });
        expect(matrix(result).map((row) => `${row.requirement} ${row.status}`)).toEqual(['BRS007-FR-003 NONE', 'BRS007-FR-004 DIRECT']);
        expect(result.totals).toMatchObject({ requirements: 2, direct: 1, viaInterface: 0, none: 1, coveragePercent: 50 });
        // BPD001 defines the process, no requirement: an empty matrix, 0 %.
        const empty = await rttm(store, { artefact: 'BPD001' });
        expect(empty.rows).toEqual([]);
        expect(empty.totals).toMatchObject({ requirements: 0, direct: 0, viaInterface: 0, none: 0, coveragePercent: 0 });
      });

      it('keeps the requirements a design release touches, through what its change requests change, and says so', async () => {
        // IR5 implements CR023, which changes IF-021; IF-021 realises FR-001. CR027 changes FR-001 too, but no release implements it.
        const result = await rttm(store, { release: 'IR5', phase: 'SIT-FUNCTIONAL' });
        expect(matrix(result).map((row) => `${row.requirement} ${row.status}`)).toEqual(['BRS007-FR-001 DIRECT']);
        expect(result.scope.release?.id).toBe('IR5');
        expect(result.scope.notes).toEqual(['IR5 implements CR023: scoped by the 1 requirement it changes, directly or through an interface or process step']);
        // Intersected with the role: FR-001 applies to ADS only.
        expect((await rttm(store, { release: 'IR5', role: 'SUPPLIER' })).rows).toEqual([]);
        await expect(rttm(store, { release: 'CR023' })).rejects.toThrow(BadInputError);
        await expect(rttm(store, { release: 'IR9' })).rejects.toThrow(NotFoundError);
        // No release asked for: no notes.
        expect((await rttm(store, { role: 'ADS' })).scope.notes).toEqual([]);
      });

      it('gives each row an execution status from the latest result of the test cases that cover it', async () => {
        // Results (fixture results/): TC-SITF-001-01 FAILED 03-12 then PASSED 03-14 (latest wins);
        // TC-SITF-001-02 BLOCKED; TC-PIT-001-01 FAILED for Acme (01-10), PASSED for Beta (01-11);
        // TC-PIT-001-02 has none.
        // FR-001 DIRECT: its direct test's latest is PASSED, so PASSED; TC-PIT-001-02 only exercises
        //   IF-021, does not decide a DIRECT row, and is listed as NOT_RUN.
        // FR-002 VIA_INTERFACE: TC-SITF-001-02 is BLOCKED. FR-003, NFR-001: NO_TEST_CASE.
        // FR-004 DIRECT: the latest of TC-PIT-001-01 is Beta's PASSED.
        const result = await rttm(store, {});
        expect(executionsOf(result)).toEqual([
          ['BRS007-FR-001', 'PASSED', ['TC-SITF-001-01 DIRECT PASSED TR-SIT-F-C1-002', 'TC-PIT-001-02 VIA_INTERFACE NOT_RUN -']],
          ['BRS007-FR-002', 'BLOCKED', ['TC-SITF-001-02 VIA_INTERFACE BLOCKED TR-SIT-F-C1-003']],
          ['BRS007-FR-003', 'NO_TEST_CASE', []],
          ['BRS007-FR-004', 'PASSED', ['TC-PIT-001-01 DIRECT PASSED TR-PIT-C1-002']],
          ['BRS007-NFR-001', 'NO_TEST_CASE', []],
        ]);
        // Direct 2/5, design (direct + via interface) 3/5, verified by a passing direct test 2/5.
        expect(result.totals).toEqual({
          requirements: 5, direct: 2, viaInterface: 1, none: 2,
          passed: 2, passedViaInterface: 0, failed: 0, blocked: 1, notRun: 0,
          directCoveragePercent: 40, designCoveragePercent: 60, passedPercent: 40, coveragePercent: 60,
        });
      });

      it('counts a covering test case with no result as not run', async () => {
        // PIT: FR-001 is VIA_INTERFACE through TC-PIT-001-02, which has no result.
        const pit = await rttm(store, { phase: 'PIT' });
        expect(executionsOf(pit).map(([id, execution]) => `${id} ${execution}`)).toEqual([
          'BRS007-FR-001 NOT_RUN',
          'BRS007-FR-002 NO_TEST_CASE',
          'BRS007-FR-003 NO_TEST_CASE',
          'BRS007-FR-004 PASSED',
          'BRS007-NFR-001 NO_TEST_CASE',
        ]);
        expect(pit.totals).toMatchObject({ passed: 1, failed: 0, notRun: 1, directCoveragePercent: 20, designCoveragePercent: 40, passedPercent: 20 });
      });

      it("counts only the participant's results", async () => {
        // Acme's latest for TC-PIT-001-01 is its own FAILED of 01-10.
        const acme = await rttm(store, { participant: 'Acme Energy', phase: 'PIT' });
        expect(acme.scope.participant).toBe('Acme Energy');
        expect(executionsOf(acme)[3]).toEqual(['BRS007-FR-004', 'FAILED', ['TC-PIT-001-01 DIRECT FAILED TR-PIT-C1-001']]);
        expect(acme.totals).toMatchObject({ passed: 0, failed: 1, passedPercent: 0 });
        // Beta Data ran only TC-PIT-001-01: FR-001's and FR-002's test cases have no Beta result.
        const beta = await rttm(store, { participant: 'Beta Data' });
        expect(executionsOf(beta).slice(0, 4).map(([id, execution]) => `${id} ${execution}`)).toEqual([
          'BRS007-FR-001 NOT_RUN',
          'BRS007-FR-002 NOT_RUN',
          'BRS007-FR-003 NO_TEST_CASE',
          'BRS007-FR-004 PASSED',
        ]);
        expect(beta.totals).toMatchObject({ passed: 1, notRun: 2, passedPercent: 20 });
        await expect(rttm(store, { participant: ' ' })).rejects.toThrow(BadInputError);
      });

      it('lists the participants the results name, with their result count, runs and latest execution', async () => {
        // Acme Energy: TR-PIT-C1-001 and the three SIT-F-C1 results (latest 2024-03-14T10:00); Beta Data: TR-PIT-C1-002.
        expect(await testParticipants(store)).toEqual([
          { name: 'Acme Energy', results: 4, runs: ['PIT-C1', 'SIT-F-C1'], latestExecutedAt: '2024-03-14T10:00:00Z' },
          { name: 'Beta Data', results: 1, runs: ['PIT-C1'], latestExecutedAt: '2024-01-11T09:00:00Z' },
        ]);
      });

      it('lists the in-scope test cases that verify no requirement', async () => {
        // TC-PIT-001-02 and TC-SITF-001-02 only exercise interfaces.
        expect(ids((await rttm(store, {})).orphanTestCases)).toEqual(['TC-PIT-001-02', 'TC-SITF-001-02']);
        expect(ids((await rttm(store, { phase: 'SIT-FUNCTIONAL' })).orphanTestCases)).toEqual(['TC-SITF-001-02']);
        // With a role: TC-SITF-001-02 names [MDR], so it is SDS's (MDR is its part), not ADS's;
        // TC-PIT-001-02 names no roles and stays.
        expect(ids((await rttm(store, { role: 'ADS' })).orphanTestCases)).toEqual(['TC-PIT-001-02']);
        expect(ids((await rttm(store, { role: 'SDS' })).orphanTestCases)).toEqual(['TC-PIT-001-02', 'TC-SITF-001-02']);
      });

      it('takes several phases at once', async () => {
        // PIT and SIT Functional together hold every test case: the answer of the whole model.
        const both = await rttm(store, { phases: ['SIT-FUNCTIONAL', 'PIT'] });
        expect(ids(both.scope.phases)).toEqual(['PIT', 'SIT-FUNCTIONAL']);
        expect(both.scope.phase).toBeNull();
        expect(matrix(both)).toEqual(matrix(await rttm(store, {})));
        expect(ids((await rttm(store, { phase: 'PIT', phases: ['PIT'] })).scope.phases)).toEqual(['PIT']);
        await expect(rttm(store, { phases: ['PIT', 'ADS'] })).rejects.toThrow(BadInputError);
      });

      it('gives a matrix per phase of the scope, each counting only that phase', async () => {
        const both = await rttm(store, { phases: ['SIT-FUNCTIONAL', 'PIT'] });
        expect(ids(both.byPhase.map((m) => m.phase))).toEqual(['PIT', 'SIT-FUNCTIONAL']);
        for (const phase of ['PIT', 'SIT-FUNCTIONAL']) {
          const alone = await rttm(store, { phase });
          const slice = both.byPhase.find((m) => m.phase.id === phase)!;
          expect(matrix(slice)).toEqual(matrix(alone));
          expect(executionsOf(slice)).toEqual(executionsOf(alone));
          expect(slice.totals).toEqual(alone.totals);
          expect(ids(slice.orphanTestCases)).toEqual(ids(alone.orphanTestCases));
        }
        // One phase: its one matrix is the whole answer's; no phase: none.
        const pit = await rttm(store, { phase: 'PIT' });
        expect(matrix(pit.byPhase[0]!)).toEqual(matrix(pit));
        expect((await rttm(store, {})).byPhase).toEqual([]);
      });

      it("names each row's BRS, roles and phases, and each covering test case's phase", async () => {
        const result = await rttm(store, {});
        expect(result.rows.map((row) => [row.requirement.id, ids(row.artefacts), ids(row.roles), ids(row.phases)])).toEqual([
          // FR-001: TC-SITF-001-01 verifies it (SIT Functional), TC-PIT-001-02 exercises IF-021 (PIT).
          ['BRS007-FR-001', ['BRS007'], ['ADS'], ['PIT', 'SIT-FUNCTIONAL']],
          ['BRS007-FR-002', ['BRS007'], ['ADS'], ['SIT-FUNCTIONAL']],
          ['BRS007-FR-003', ['BRS007'], ['ADS', 'SUPPLIER'], []],
          ['BRS007-FR-004', ['BRS007'], ['SUPPLIER'], ['PIT']],
          ['BRS007-NFR-001', ['BRS007'], ['MDR'], []],
        ]);
        expect(result.rows[0]!.executions.map((e) => `${e.testCase.id} ${ids(e.phases).join()}`)).toEqual(['TC-SITF-001-01 SIT-FUNCTIONAL', 'TC-PIT-001-02 PIT']);
        // With phases asked for, only those phases are named.
        expect(ids((await rttm(store, { phase: 'PIT' })).rows[0]!.phases)).toEqual(['PIT']);
      });

      it('gives each orphan test case its latest result', async () => {
        // TC-PIT-001-02 has no result; TC-SITF-001-02's latest is BLOCKED.
        const result = await rttm(store, {});
        expect(result.orphans.map((o) => [o.testCase.id, o.outcome, o.latestResult?.id ?? null, ids(o.phases)])).toEqual([
          ['TC-PIT-001-02', 'NOT_RUN', null, ['PIT']],
          ['TC-SITF-001-02', 'BLOCKED', 'TR-SIT-F-C1-003', ['SIT-FUNCTIONAL']],
        ]);
        expect(result.model.modelHash).toBe((await store.health()).modelHash);
      });

      it('rejects an unknown or wrong-kind scope', async () => {
        await expect(rttm(store, { phase: 'ADS' })).rejects.toThrow(BadInputError);
        await expect(rttm(store, { role: 'NOBODY' })).rejects.toThrow(NotFoundError);
        await expect(rttm(store, { artefact: 'IF-021' })).rejects.toThrow(BadInputError);
      });
    });

    describe('role view', () => {
      it('shows what a role sends, receives, performs, must satisfy and must pass, by phase', async () => {
        // ADS: IF-021 FROM it (and sent by S03, which it performs); IF-031, IF-041 TO it; performs S03
        // of BP001; FR-001..003 apply to it. Test cases naming no roles: verifying FR-001
        // (TC-SITF-001-01) or exercising IF-021 (TC-PIT-001-02, TC-SITF-001-01). TC-SITF-001-02
        // exercises IF-041, which ADS receives, but names its roles ([MDR]): not ADS's.
        const view = await roleView(store, 'ADS');
        expect(view.role.id).toBe('ADS');
        expect(ids(view.parts)).toEqual([]);
        expect(ids(view.sends)).toEqual(['IF-021']);
        expect(ids(view.receives)).toEqual(['IF-031', 'IF-041']);
        expect(view.processes.map((p) => [p.process.id, ids(p.steps)])).toEqual([['MHHSP-BP001', ['MHHSP-BP001-S03']]]);
        expect(ids(view.requirements)).toEqual(['BRS007-FR-001', 'BRS007-FR-002', 'BRS007-FR-003']);
        expect(view.testCasesByPhase.map((g) => [g.phase.id, ids(g.testCases)])).toEqual([
          ['PIT', ['TC-PIT-001-02']],
          ['SIT-FUNCTIONAL', ['TC-SITF-001-01']],
        ]);
        expect(view.sendsBecause).toEqual([
          { node: expect.objectContaining({ id: 'IF-021' }), because: ['ADS <-[:FROM]- IF-021', 'ADS <-[:PERFORMED_BY]- MHHSP-BP001-S03 -[:SENDS]-> IF-021'] },
        ]);
        // Why each test case is listed, and its latest result (TC-SITF-001-01: PASSED on 03-14).
        expect(view.testCasesByPhase.flatMap((g) => g.checklist).map((e) => [e.testCase.id, e.outcome, e.latestResult?.id ?? null, e.because])).toEqual([
          ['TC-PIT-001-02', 'NOT_RUN', null, ['ADS <-[:FROM]- IF-021 <-[:EXERCISES]- TC-PIT-001-02', 'ADS <-[:PERFORMED_BY]- MHHSP-BP001-S03 -[:SENDS]-> IF-021 <-[:EXERCISES]- TC-PIT-001-02']],
          [
            'TC-SITF-001-01',
            'PASSED',
            'TR-SIT-F-C1-002',
            [
              'ADS <-[:APPLIES_TO]- BRS007-FR-001 <-[:VERIFIES]- TC-SITF-001-01',
              'ADS <-[:FROM]- IF-021 <-[:EXERCISES]- TC-SITF-001-01',
              'ADS <-[:PERFORMED_BY]- MHHSP-BP001-S03 -[:SENDS]-> IF-021 <-[:EXERCISES]- TC-SITF-001-01',
            ],
          ],
        ]);
        expect(view.participant).toBeNull();
      });

      it("lists a test case that names its roles for those roles only, with the participant's results", async () => {
        // TC-SITF-001-02 names [MDR]: listed for MDR and (through its part) SDS, blocked for Acme.
        const sds = await roleView(store, 'SDS', { participant: 'Acme Energy' });
        expect(sds.participant).toBe('Acme Energy');
        expect(sds.testCasesByPhase.flatMap((g) => g.checklist).map((e) => [e.testCase.id, e.outcome, e.because])).toEqual([
          ['TC-SITF-001-02', 'BLOCKED', ['MDR <-[:INVOLVES]- TC-SITF-001-02']],
        ]);
        // Beta Data never ran it; Acme never passed TC-PIT-001-01 for SUPPLIER (FAILED), Beta did.
        expect((await roleView(store, 'MDR', { participant: 'Beta Data' })).testCasesByPhase[0]!.checklist[0]!.outcome).toBe('NOT_RUN');
        const supplier = await roleView(store, 'SUPPLIER', { phase: 'PIT', participant: 'Acme Energy' });
        expect(supplier.testCasesByPhase[0]!.checklist.map((e) => `${e.testCase.id} ${e.outcome}`)).toEqual(['TC-PIT-001-01 FAILED', 'TC-PIT-001-02 NOT_RUN']);
        await expect(roleView(store, 'ADS', { participant: '' })).rejects.toThrow(BadInputError);
      });

      it('keeps only the asked phase, listing it even when empty', async () => {
        const ads = await roleView(store, 'ADS', { phase: 'PIT' });
        expect(ads.testCasesByPhase.map((g) => [g.phase.id, ids(g.testCases)])).toEqual([['PIT', ['TC-PIT-001-02']]]);
        // MDR's only test case (TC-SITF-001-02, exercising IF-041) is in SIT Functional.
        const mdr = await roleView(store, 'MDR', { phase: 'PIT' });
        expect(mdr.testCasesByPhase.map((g) => [g.phase.id, ids(g.testCases)])).toEqual([['PIT', []]]);
      });

      it("includes a service's parts", async () => {
        // SDS has nothing of its own; its part MDR sends IF-041 and must satisfy NFR-001.
        const view = await roleView(store, 'SDS');
        expect(ids(view.parts)).toEqual(['MDR']);
        expect(ids(view.sends)).toEqual(['IF-041']);
        expect(ids(view.receives)).toEqual([]);
        expect(view.processes).toEqual([]);
        expect(ids(view.requirements)).toEqual(['BRS007-NFR-001']);
        expect(view.testCasesByPhase.map((g) => [g.phase.id, ids(g.testCases)])).toEqual([['SIT-FUNCTIONAL', ['TC-SITF-001-02']]]);
      });

      it('lists test cases reached both ways once', async () => {
        // SUPPLIER: FR-004 is verified by TC-PIT-001-01, which also exercises IF-001 (sent by SUPPLIER).
        const view = await roleView(store, 'SUPPLIER');
        expect(ids(view.sends)).toEqual(['IF-001']);
        expect(ids(view.receives)).toEqual(['IF-021']);
        expect(view.processes.map((p) => [p.process.id, ids(p.steps)])).toEqual([['MHHSP-BP001', ['MHHSP-BP001-S01']]]);
        expect(ids(view.requirements)).toEqual(['BRS007-FR-003', 'BRS007-FR-004']);
        expect(view.testCasesByPhase.map((g) => [g.phase.id, ids(g.testCases)])).toEqual([
          ['PIT', ['TC-PIT-001-01', 'TC-PIT-001-02']],
          ['SIT-FUNCTIONAL', ['TC-SITF-001-01']],
        ]);
      });

      it('rejects an unknown role, a non-role and a non-phase', async () => {
        await expect(roleView(store, 'NOBODY')).rejects.toThrow(NotFoundError);
        await expect(roleView(store, 'IF-021')).rejects.toThrow(BadInputError);
        await expect(roleView(store, 'ADS', { phase: 'TS-PIT-001' })).rejects.toThrow(BadInputError);
      });
    });

    describe('code trace', () => {
      it('traces BSC clauses and the gaps both ways', async () => {
        // BSC governs ADS, SDS, MDR and SUPPLIER, so all five requirements are in scope; only FR-001
        // has a BSC clause (BSC-C-3.2). BSC-C-3.3 codifies nothing. REC-5-2.1 codifying FR-004 does
        // not count for BSC.
        const result = await codeTrace(store, { code: 'BSC' });
        expect(result.code).toBe('BSC');
        expect(result.clauses.map((c) => [c.clause.id, ids(c.requirements)])).toEqual([
          ['BSC-C-3.2', ['BRS007-FR-001']],
          ['BSC-C-3.3', []],
        ]);
        expect(ids(result.requirementsWithoutClause)).toEqual(['BRS007-FR-002', 'BRS007-FR-003', 'BRS007-FR-004', 'BRS007-NFR-001']);
        expect(ids(result.clausesWithoutRequirement)).toEqual(['BSC-C-3.3']);
      });

      it('scopes REC to the requirements of REC-governed roles', async () => {
        // REC governs SUPPLIER and REG_SERVICE: FR-003 and FR-004 apply to SUPPLIER, nothing to
        // REG_SERVICE. FR-004 has REC-5-2.1; FR-003 has no clause.
        const result = await codeTrace(store, { code: 'REC' });
        expect(result.clauses.map((c) => [c.clause.id, ids(c.requirements)])).toEqual([['REC-5-2.1', ['BRS007-FR-004']]]);
        expect(ids(result.requirementsWithoutClause)).toEqual(['BRS007-FR-003']);
        expect(result.clausesWithoutRequirement).toEqual([]);
      });

      it('covers every clause and requirement without a code, and nothing for an unused code', async () => {
        // Any clause counts: FR-001 and FR-004 have one; FR-002, FR-003, NFR-001 have none.
        const all = await codeTrace(store, {});
        expect(all.code).toBeNull();
        expect(all.clauses.map((c) => [c.clause.id, ids(c.requirements)])).toEqual([
          ['BSC-C-3.2', ['BRS007-FR-001']],
          ['BSC-C-3.3', []],
          ['REC-5-2.1', ['BRS007-FR-004']],
        ]);
        expect(ids(all.requirementsWithoutClause)).toEqual(['BRS007-FR-002', 'BRS007-FR-003', 'BRS007-NFR-001']);
        expect(ids(all.clausesWithoutRequirement)).toEqual(['BSC-C-3.3']);
        // No role lists SEC and no clause is a SEC clause.
        expect(await codeTrace(store, { code: 'SEC' })).toEqual({ code: 'SEC', clauses: [], requirementsWithoutClause: [], clausesWithoutRequirement: [] });
      });

      it('rejects an unknown code', async () => {
        await expect(codeTrace(store, { code: 'XYZ' })).rejects.toThrow(BadInputError);
      });
    });

    describe('neighbourhood', () => {
      it('lists the centre, then every element one hop away along any relationship, with each relationship once and its direction', async () => {
        const result = await neighbourhood(store, { id: 'IF-021' });
        expect(result.nodes.map((n) => `${n.node.id}:${n.depth}`)).toEqual([
          'IF-021:0', 'ADS:1', 'BRS007-FR-001:1', 'CR023:1', 'DI-001:1', 'IFCAT:1', 'MHHSP-BP001-S03:1', 'SUPPLIER:1', 'TC-PIT-001-02:1', 'TC-SITF-001-01:1',
        ]);
        expect(result.edges).toContainEqual({ type: 'CARRIES', from: 'IF-021', to: 'DI-001' });
        expect(result.edges).toContainEqual({ type: 'REALISED_BY', from: 'BRS007-FR-001', to: 'IF-021' });
        expect(result.edges).toHaveLength(9);
        expect(result.truncated).toBe(false);
      });

      it('at two hops also records the relationships among the elements it reached', async () => {
        const result = await neighbourhood(store, { id: 'IF-021', depth: 2 });
        const reached = new Set(result.nodes.map((n) => n.node.id));
        expect(result.nodes.filter((n) => n.depth === 2).length).toBeGreaterThan(0);
        for (const edge of result.edges) expect(reached.has(edge.from) && reached.has(edge.to)).toBe(true);
        // The step sending IF-021 is performed by a role one hop from IF-021 as well.
        expect(result.edges.some((e) => e.type === 'PERFORMED_BY' && e.from === 'MHHSP-BP001-S03')).toBe(true);
      });

      it('stops at maxNodes, keeps no edge to an element left out, and says it is truncated', async () => {
        const result = await neighbourhood(store, { id: 'IF-021', depth: 2, maxNodes: 5 });
        expect(result.nodes).toHaveLength(5);
        expect(result.truncated).toBe(true);
        const kept = new Set(result.nodes.map((n) => n.node.id));
        for (const edge of result.edges) expect(kept.has(edge.from) && kept.has(edge.to)).toBe(true);
      });

      it('refuses an unknown element and a depth out of range', async () => {
        await expect(neighbourhood(store, { id: 'IF-999' })).rejects.toBeInstanceOf(NotFoundError);
        await expect(neighbourhood(store, { id: 'IF-021', depth: 4 })).rejects.toBeInstanceOf(BadInputError);
        await expect(neighbourhood(store, { id: 'IF-021', maxNodes: 0 })).rejects.toBeInstanceOf(BadInputError);
      });
    });

    describe('model summary', () => {
      it('counts the elements and the examples among them, kind by kind', async () => {
        // The baselined design: IF-050, which CR027 only proposes, is not counted.
        const baselined = model.nodes.filter((n) => n.props.proposedBy?.change !== 'ADD');
        const summary = await modelSummary(store);
        expect(summary.elements).toBe(baselined.length);
        expect(summary.examples).toBe(baselined.filter((n) => n.props.example !== undefined).length);
        expect(summary.byKind.find((k) => k.kind === 'Interface')).toEqual({ kind: 'Interface', elements: 4, examples: 4 });
      });
    });

    describe('search', () => {
      it('finds the elements of every kind with a word beginning with the term, by id, with the fields it is in', async () => {
        // Names and requirement texts with a word `consumption…`. Example notes are not searched:
        // SUPPLIER's and ADS's mention consumption data, and they are not found.
        const result = await search(store, { text: 'consumption' });
        expect(result.terms).toEqual(['consumption']);
        expect(result.totalCount).toBe(13);
        expect(found(result)).toEqual([
          'BRS007-FR-001: name text',
          'BRS007-FR-002: name text',
          'BRS007-FR-003: name text',
          'BSC-C-3.2: name',
          'BSC-C-3.3: name',
          'CR023: name',
          'IF-021: name',
          'IF-041: name',
          'MHHSP-BP001-S03: name',
          'TC-PIT-001-02: name',
          'TC-SITF-001-01: name',
          'TC-SITF-001-02: name',
          'TS-SITF-001: name',
        ]);
      });

      it('needs every term, each at the start of a word, in any of the fields', async () => {
        // `smart` and `cons…` both in the name (and, for requirements, the text); SDS is smart only.
        expect(found(await search(store, { text: 'smart cons' }))).toEqual([
          'BRS007-FR-002: name text',
          'BRS007-FR-003: name text',
          'IF-041: name',
          'TC-SITF-001-02: name',
        ]);
        // `brs007` in the id, `retriev…` in the name or text: BRS007 itself has no `retriev…`.
        expect(found(await search(store, { text: 'brs007 retriev' }))).toEqual(['BRS007-FR-002: id text', 'BRS007-NFR-001: id name text']);
        // Ids split at `-`, `.` and `_`; `sitf` in TC-SITF-001-01 contains `if` but does not begin with it.
        expect(found(await search(store, { text: 'if 0' }))).toEqual(['IF-001: id', 'IF-021: id', 'IF-031: id', 'IF-041: id']);
        // A field is listed when any term begins one of its words: `c` also begins `consumption`.
        expect(found(await search(store, { text: 'c 3 2' }))).toEqual(['BSC-C-3.2: id name']);
        expect(found(await search(store, { text: 'REG_SERVICE' }))).toEqual(['MHHSP-BP001-S02: name', 'REG_SERVICE: id name']);
        expect(await search(store, { text: 'umption' })).toEqual({ terms: ['umption'], totalCount: 0, hits: [] });
      });

      it('ignores case, punctuation and repeated words', async () => {
        const result = await search(store, { text: 'SUPPLIER!! supplier?' });
        expect(result.terms).toEqual(['supplier']);
        expect(ids(result.hits.map((hit) => hit.node))).toEqual([
          'BPD001',
          'BRS007-FR-001',
          'BRS007-FR-004',
          'MHHSP-BP001',
          'MHHSP-BP001-S01',
          'SUPPLIER',
          'TC-SITF-001-01',
        ]);
      });

      it('keeps the kinds asked for and the first hits, counting every match', async () => {
        const some = await search(store, { text: 'consumption', kinds: ['TestCase', 'Interface'], first: 2 });
        expect(found(some)).toEqual(['IF-021: name', 'IF-041: name']);
        expect(some.totalCount).toBe(5);
        expect(await search(store, { text: 'consumption', first: 0 })).toEqual({ terms: ['consumption'], totalCount: 13, hits: [] });
        const page = await store.search({ terms: ['consumption'], kinds: ['Interface'] }, 1);
        expect(ids(page.items)).toEqual(['IF-021']);
        expect(page).toMatchObject({ hasNextPage: true, totalCount: 2 });
      });

      it('rejects a text without words, too long or with too many words, and bad kinds or first', async () => {
        for (const text of ['', '  -- !? ', 'a b c d e f g h i j k', 'x'.repeat(201)]) {
          await expect(search(store, { text }), JSON.stringify(text)).rejects.toThrow(BadInputError);
        }
        expect((await search(store, { text: 'a b c d e f g h i j a' })).terms).toHaveLength(10);
        expect((await search(store, { text: `${'x'.repeat(199)} ` })).totalCount).toBe(0);
        await expect(search(store, { text: 'data', kinds: [] })).rejects.toThrow(BadInputError);
        await expect(search(store, { text: 'data', kinds: ['Widget'] })).rejects.toThrow(BadInputError);
        for (const first of [-1, 101, 1.5]) await expect(search(store, { text: 'data', first })).rejects.toThrow(BadInputError);
        // The port refuses what is not a term: the Neo4j store writes terms into Lucene and regex syntax.
        for (const terms of [[], ['Data'], ['da*'], ['data', 'a b']]) {
          await expect(store.search({ terms }, 5), JSON.stringify(terms)).rejects.toThrow(BadInputError);
        }
      });
    });

    describe('impact rules for every kind, and warnings', () => {
      it('propagates a changed element\'s own change by the rules of its kind', async () => {
        // impactWhenChanged (relationships.ts): a changed Role impacts the steps it performs, the
        // interfaces it sends and receives and the requirements that apply to it; an Artefact what
        // it defines; a CodeClause what it codifies; a release the CRs it implements; a process its
        // steps; a principle the requirements following it; a phase its scenarios.
        const reached = async (id: string) => (await impactOf(store, { changed: [id], maxDepth: 1 })).impacted.map(explained);
        expect(await reached('ADS')).toEqual([
          'MHHSP-BP001-S03 @1: ADS <-[PERFORMED_BY]- MHHSP-BP001-S03',
          'IF-021 @1: ADS <-[FROM]- IF-021',
          'IF-031 @1: ADS <-[TO]- IF-031',
          'IF-041 @1: ADS <-[TO]- IF-041',
          'BRS007-FR-001 @1: ADS <-[APPLIES_TO]- BRS007-FR-001',
          'BRS007-FR-002 @1: ADS <-[APPLIES_TO]- BRS007-FR-002',
          'BRS007-FR-003 @1: ADS <-[APPLIES_TO]- BRS007-FR-003',
        ]);
        expect(await reached('BRS007')).toEqual(
          ['BRS007-FR-001', 'BRS007-FR-002', 'BRS007-FR-003', 'BRS007-FR-004', 'BRS007-NFR-001'].map((id) => `${id} @1: BRS007 -[DEFINES]-> ${id}`),
        );
        expect(await reached('BSC-C-3.2')).toEqual(['BRS007-FR-001 @1: BSC-C-3.2 -[CODIFIES]-> BRS007-FR-001']);
        expect(await reached('IR5')).toEqual(['CR023 @1: IR5 <-[IMPLEMENTED_IN]- CR023']);
        expect(await reached('MHHSP-BP001')).toEqual([
          'BPD001 @1: MHHSP-BP001 <-[DEFINES]- BPD001',
          'MHHSP-BP001-S01 @1: MHHSP-BP001 -[HAS_STEP]-> MHHSP-BP001-S01',
          'MHHSP-BP001-S02 @1: MHHSP-BP001 -[HAS_STEP]-> MHHSP-BP001-S02',
          'MHHSP-BP001-S03 @1: MHHSP-BP001 -[HAS_STEP]-> MHHSP-BP001-S03',
        ]);
        expect(await reached('DP-01')).toEqual(['BRS007-FR-001 @1: DP-01 <-[GUIDED_BY]- BRS007-FR-001']);
        expect(await reached('SIT-FUNCTIONAL')).toEqual(['TS-SITF-001 @1: SIT-FUNCTIONAL <-[IN_PHASE]- TS-SITF-001']);
        // Only the changed element's own change goes that far: ADS reached from IF-021 stops there.
        expect((await impactOf(store, { changed: ['IF-021'], maxDepth: 2 })).impacted.some((r) => r.path.hops[0]?.to === 'ADS' && r.depth === 2)).toBe(false);
      });

      it('says when nothing propagates, rather than answering an empty list', async () => {
        const clause = await impactOf(store, { changed: ['BSC-C-3.3'] });
        expect(clause.impacted).toEqual([]);
        expect(clause.warnings).toEqual([
          "Nothing propagates from BSC-C-3.3: it has none of the relationships a CodeClause's change travels along (DEFINES, CODIFIES)",
        ]);
        expect((await impactOf(store, { changeRequest: 'CR023' })).warnings).toEqual([]);
        const [cr] = await getNodes(store, [{ id: 'CR023' }]);
        expect(warningsOf(cr!, [], [])).toEqual([
          'CR023 changes no element of the model (it has no `changes` and proposes nothing in this design), so nothing is impacted',
        ]);
      });
    });

    describe('impact assessment', () => {
      it('assesses a CR: sentences, summaries by artefact, role, constituency, phase and code, overlapping CRs, links and facts', async () => {
        const a = await assessImpact(store, { changeRequest: 'CR023', maxDepth: 2 }, { modelHash: model.hash, gitCommit: null });
        expect(a.implementedIn?.id).toBe('IR5');
        expect(a.model).toEqual({ modelHash: model.hash, gitCommit: null });
        expect(a.changes.map((c) => [c.node.id, c.provenance])).toEqual([['IF-021', { state: 'INFERRED', note: 'from the CR title', inherited: false }]]);
        expect(a.elements.slice(0, 3).map((e) => e.sentence)).toEqual([
          'IFCAT defines IF-021, which CR023 changes',
          'MHHSP-BP001-S03 sends IF-021, which CR023 changes',
          'BRS007-FR-001 is realised by IF-021, which CR023 changes',
        ]);
        expect(a.elements.find((e) => e.node.id === 'BSC-C-3.2')?.sentence).toBe(
          'BSC-C-3.2 codifies BRS007-FR-001, which is realised by IF-021, which CR023 changes',
        );
        const byNode = (groups: readonly { node: GraphNode; elements: readonly GraphNode[] }[]) => groups.map((g) => [g.node.id, ids(g.elements)]);
        const byName = (groups: readonly { name: string; elements: readonly GraphNode[] }[]) => groups.map((g) => [g.name, ids(g.elements)]);
        // The artefacts defining a changed or impacted element: the documents to change-mark.
        expect(byNode(a.byArtefact)).toEqual([
          ['BPD001', ['MHHSP-BP001', 'MHHSP-BP001-S03']],
          ['BRS007', ['BRS007-FR-001', 'BRS007-FR-002']],
          ['IFCAT', ['IF-021']],
        ]);
        // ADS: impacted itself, sends IF-021, performs S03, FR-001/002 apply to it; SUPPLIER receives IF-021.
        expect(byNode(a.byRole)).toEqual([
          ['ADS', ['ADS', 'BRS007-FR-001', 'BRS007-FR-002', 'IF-021', 'MHHSP-BP001-S03']],
          ['SUPPLIER', ['IF-021', 'SUPPLIER']],
        ]);
        expect(byName(a.byConstituency)).toEqual([['Agents', ['MHHSP-BP001']], ['Suppliers', ['MHHSP-BP001']]]);
        expect(byNode(a.byTestPhase)).toEqual([['PIT', ['TC-PIT-001-02']], ['SIT-FUNCTIONAL', ['TC-SITF-001-01']]]);
        expect(byName(a.byCode)).toEqual([['BSC', ['BSC-C-3.2']]]);
        // CR027 changes FR-001 too (its author's link).
        expect(a.overlapping.map((o) => [o.changeRequest.id, ids(o.shared)])).toEqual([['CR027', ['BRS007-FR-001']]]);
        expect(a.warnings).toEqual([]);
      });
    });

    describe('design scope: proposals only when asked for', () => {
      // CR027 proposes to ADD IF-050 (ADS -> SUPPLIER) with a proposed BRS007-FR-004 -[REALISED_BY]->
      // IF-050, and to REMOVE BSC-C-3.3. The baselined design has BSC-C-3.3 and no IF-050; the
      // design with CR027 has IF-050 and no BSC-C-3.3.
      let withCr027: GraphStore;
      beforeAll(() => {
        withCr027 = scopedStore(raw, { includeProposed: ['CR027'] });
      });

      it('hides added elements from the baseline and removed ones from the design with the CR', async () => {
        expect(ids(await store.nodes(['IF-050', 'BSC-C-3.3']))).toEqual([null, 'BSC-C-3.3']);
        expect(ids(await withCr027.nodes(['IF-050', 'BSC-C-3.3']))).toEqual(['IF-050', null]);
        // Scoping twice starts again from the adapter's answer, not from the first scope's.
        expect(ids(await scopedStore(withCr027, BASELINE).nodes(['IF-050']))).toEqual([null]);
        expect((await withCr027.nodes(['IF-050']))[0]?.props.proposedBy).toEqual({ cr: 'CR027', change: 'ADD', note: 'the new billing message' });
      });

      it('pages and counts lists and searches in the scope', async () => {
        expect(ids((await store.list({ kind: 'Interface' }, { first: 10 })).items)).toEqual(['IF-001', 'IF-021', 'IF-031', 'IF-041']);
        const page = await withCr027.list({ kind: 'Interface' }, { first: 4 });
        expect(ids(page.items)).toEqual(['IF-001', 'IF-021', 'IF-031', 'IF-041']);
        expect(page).toMatchObject({ hasNextPage: true, totalCount: 5 });
        expect(ids((await withCr027.list({ kind: 'Interface' }, { first: 4, after: 'IF-041' })).items)).toEqual(['IF-050']);
        const clauses = await withCr027.list({ kind: 'CodeClause', where: { code: 'BSC' } }, { first: 10 });
        expect([ids(clauses.items), clauses.totalCount]).toEqual([['BSC-C-3.2'], 1]);
        expect(found(await search(store, { text: 'billing' }))).toEqual(['CR027: name']);
        expect(found(await search(withCr027, { text: 'billing' }))).toEqual(['CR027: name', 'IF-050: name']);
        expect(found(await search(withCr027, { text: 'retention' }))).toEqual([]);
      });

      it('drops relationships that are proposed, or that end at an element the scope leaves out', async () => {
        const realisedBy = [{ type: 'REALISED_BY', direction: 'OUT' }] as const;
        expect((await store.neighbours(['BRS007-FR-004'], realisedBy))[0]?.map((n) => n.id)).toEqual(['MHHSP-BP001-S01']);
        const [withProposal] = await withCr027.neighbours(['BRS007-FR-004'], realisedBy);
        expect(withProposal?.map((n) => [n.id, n.proposedBy?.change ?? null])).toEqual([['IF-050', 'ADD'], ['MHHSP-BP001-S01', null]]);
        const sends = [{ type: 'FROM', direction: 'IN' }] as const;
        expect((await store.neighbours(['ADS'], sends))[0]?.map((n) => n.id)).toEqual(['IF-021']);
        expect((await withCr027.neighbours(['ADS'], sends))[0]?.map((n) => n.id)).toEqual(['IF-021', 'IF-050']);
      });

      it('answers the role view and the code trace of the design asked for', async () => {
        expect(ids((await roleView(store, 'ADS')).sends)).toEqual(['IF-021']);
        expect(ids((await roleView(withCr027, 'ADS')).sends)).toEqual(['IF-021', 'IF-050']);
        expect(ids((await codeTrace(store, { code: 'BSC' })).clausesWithoutRequirement)).toEqual(['BSC-C-3.3']);
        expect(ids((await codeTrace(withCr027, { code: 'BSC' })).clausesWithoutRequirement)).toEqual([]);
        // With CR027, FR-004 is realised by IF-050 too; no test case exercises it, so the row stays
        // DIRECT (TC-PIT-001-01 verifies it) and the matrix is the baseline's.
        const rowsOf = async (s: GraphStore) => matrix(await rttm(s, { phase: 'PIT' }));
        expect(await rowsOf(withCr027)).toEqual(await rowsOf(store));
      });

      it('assesses a CR from what it proposes: the baseline it modifies or removes, and what it adds when included', async () => {
        // CR027 CHANGES BRS007-FR-001 (its author's link) and what it proposes (implied by
        // proposedBy): IF-050 (ADD), BSC-C-3.3 (REMOVE) and BRS007-FR-004, on which a proposed
        // relationship (realisedBy IF-050) is written. The baseline has no IF-050; the design with
        // CR027 no BSC-C-3.3. Depth 1 from the two requirements: their artefact, derived
        // requirement, roles, verifying test cases and clauses (ADS is reached from FR-001 first,
        // the smallest start id); the removed clause moves nothing; IF-050 adds its catalogue.
        const common = [
          'BRS007-FR-002 @1: BRS007-FR-001 <-[DERIVES_FROM]- BRS007-FR-002',
          'ADS @1: BRS007-FR-001 -[APPLIES_TO]-> ADS',
          'SUPPLIER @1: BRS007-FR-004 -[APPLIES_TO]-> SUPPLIER',
          'TC-PIT-001-01 @1: BRS007-FR-004 <-[VERIFIES]- TC-PIT-001-01',
          'TC-SITF-001-01 @1: BRS007-FR-001 <-[VERIFIES]- TC-SITF-001-01',
          'BSC-C-3.2 @1: BRS007-FR-001 <-[CODIFIES]- BSC-C-3.2',
          'REC-5-2.1 @1: BRS007-FR-004 <-[CODIFIES]- REC-5-2.1',
        ];
        const baseline = await impactOf(store, { changeRequest: 'CR027', maxDepth: 1 });
        expect(ids(baseline.changed)).toEqual(['BRS007-FR-001', 'BRS007-FR-004', 'BSC-C-3.3']);
        expect(baseline.impacted.map(explained)).toEqual(['BRS007 @1: BRS007-FR-001 <-[DEFINES]- BRS007', ...common]);
        expect(baseline.warnings).toEqual([
          "Nothing propagates from BSC-C-3.3: it has none of the relationships a CodeClause's change travels along (DEFINES, CODIFIES)",
        ]);
        const proposed = await impactOf(withCr027, { changeRequest: 'CR027', maxDepth: 1 });
        expect(ids(proposed.changed)).toEqual(['BRS007-FR-001', 'BRS007-FR-004', 'IF-050']);
        expect(proposed.impacted.map(explained)).toEqual([
          'BRS007 @1: BRS007-FR-001 <-[DEFINES]- BRS007',
          'IFCAT @1: IF-050 <-[DEFINES]- IFCAT',
          ...common,
        ]);
      });
    });
  });

  describe(`search on the ${factory.name} store splits words as the rule says, not as a full-text analyzer would`, () => {
    // Lucene's standard analyzer keeps `naïve`, `don’t`, `3.2`, `C.12`, `1,000`, `05:00`, `x_y`
    // and `MPAN's` whole, and lower-cases the Kelvin sign (U+212A) to `k`; search sees a word
    // after every character that is not an ASCII letter or digit. Written to the store on its own,
    // after the suite above: for Neo4j, making this store replaces the graph.
    const at = { file: 'search-words', line: 1, col: 1 };
    const element = (id: string, kind: ModelNode['kind'], props: { name: string; description?: string; text?: string; category?: string }): ModelNode => ({
      id,
      kind,
      props: { ...props, example: 'Word boundaries for search.' },
      location: at,
    });
    const model: DesignModel = {
      nodes: [
        element('DI-901', 'DataItem', { name: 'Naïve REG_SERVICE don’t 3.2 C.12 1,000 05:00' }),
        element('DI-902', 'DataItem', { name: 'Temperature in \u212Aelvin', description: 'First line\nsecond-line, İstanbul' }),
        element('BRS901-FR-001', 'Requirement', { name: 'Apostrophes', text: "The MPAN's owner, e.g. x_y", category: 'FUNCTIONAL' }),
      ],
      edges: [],
      hash: 'search-word-boundaries',
    };
    let store: GraphStore;

    beforeAll(async () => {
      store = await factory.make(model);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('finds a word after any separator, and none across a character that is not ASCII', async () => {
      const expected: Record<string, string[]> = {
        've': ['DI-901: name'],
        'na': ['DI-901: name'],
        'service': ['DI-901: name'],
        'don t': ['DI-901: name'],
        '3 2': ['DI-901: name'],
        '12': ['DI-901: name'],
        '000': ['DI-901: name'],
        '00': ['BRS901-FR-001: id', 'DI-901: name'],
        'elvin': ['DI-902: name'],
        'kelvin': [],
        'stanbul': ['DI-902: description'],
        'istanbul': [],
        'second line': ['DI-902: description'],
        's owner': ['BRS901-FR-001: text'],
        'y': ['BRS901-FR-001: text'],
        'e g': ['BRS901-FR-001: text'],
        'fr 001 mpan': ['BRS901-FR-001: id text'],
      };
      const answers = await Promise.all(Object.keys(expected).map(async (text) => [text, found(await search(store, { text }))] as const));
      expect(Object.fromEntries(answers)).toEqual(expected);
    });
  });
}
