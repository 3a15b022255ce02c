/**
 * The API contract: the GraphQL API over real HTTP, against a server started on the small
 * hand-worked model (test/fixtures/small-model). Every store runs it (test/graphql/api.memory.test.ts
 * and the Neo4j suite), so the answers below must come out identically from either.
 *
 * Operations are the typed documents codegen builds from test/operations/*.graphql. The expected
 * answers are the hand-worked ones of test/contract/domain.contract.ts, seen through the API:
 * paths read `IF-021 <-[:REALISED_BY]- BRS007-FR-001` (Cypher-like, as the CLI prints them).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DesignModel } from '../../src/model/design-model.js';
import { sharedModel } from '../support/models.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { countingStore, type CountingStore } from '../../src/store/counting.js';
import {
  CodeTraceDocument,
  ImpactOfChangedElementsDocument,
  ImpactOfChangeRequestDocument,
  NodeLookupDocument,
  RequirementsPageDocument,
  RequirementsWithCoverageDocument,
  RelationshipEdgesDocument,
  RequirementWithRelationsDocument,
  RoleViewDocument,
  RoleWithRelationsDocument,
  RoleChecklistDocument,
  RttmForPhaseAndRoleDocument,
  RttmWithEvidenceDocument,
  TestCaseEvidenceDocument,
  SearchDocument,
  TraceDocument,
} from '../generated/graphql.js';
import { expectData, expectErrorCode, post } from '../graphql/support/http.js';
import type { StoreFactory } from '../support/stores.js';
import { SMALL_MODEL_DIR } from './domain.contract.js';
import { CR023_IMPACT_BY_KIND } from './small-model-answers.js';

const ids = (nodes: readonly { id: string }[]) => nodes.map((node) => node.id);

export function defineApiContract(factory: StoreFactory): void {
  describe(`API contract on the ${factory.name} store`, () => {
    let model: DesignModel;
    let store: CountingStore;
    let server: RunningServer;
    let url: string;

    beforeAll(async () => {
      model = await sharedModel(SMALL_MODEL_DIR);
      store = countingStore(await factory.make(model));
      server = await startServer({ store, host: '127.0.0.1', port: 0 });
      url = server.url;
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });
    beforeEach(() => store.reset());

    describe('the three users’ questions', () => {
      it('assesses the impact of a change request, each element with the path that explains it', async () => {
        const { impact } = expectData(await post(url, ImpactOfChangeRequestDocument, { changeRequest: 'CR023' }));
        expect(impact.changeRequest).toEqual({ id: 'CR023', name: 'Standardisation of consumption data', implementedIn: { id: 'IR5' } });
        expect(impact.changed).toEqual([{ id: 'IF-021', kind: 'Interface', name: 'Consumption data', isExample: true }]);
        expect(impact.maxDepth).toBe(6);
        expect(impact.impacted.map((r) => `${r.node.id} @${r.depth}: ${r.path.explanation}`)).toEqual([
          'IFCAT @1: IF-021 <-[:DEFINES]- IFCAT',
          'MHHSP-BP001-S03 @1: IF-021 <-[:SENDS]- MHHSP-BP001-S03',
          'BRS007-FR-001 @1: IF-021 <-[:REALISED_BY]- BRS007-FR-001',
          'ADS @1: IF-021 -[:FROM]-> ADS',
          'SUPPLIER @1: IF-021 -[:TO]-> SUPPLIER',
          'TC-PIT-001-02 @1: IF-021 <-[:EXERCISES]- TC-PIT-001-02',
          'TC-SITF-001-01 @1: IF-021 <-[:EXERCISES]- TC-SITF-001-01',
          'BPD001 @2: IF-021 <-[:SENDS]- MHHSP-BP001-S03 <-[:DEFINES]- BPD001',
          'BRS007 @2: IF-021 <-[:REALISED_BY]- BRS007-FR-001 <-[:DEFINES]- BRS007',
          'MHHSP-BP001 @2: IF-021 <-[:SENDS]- MHHSP-BP001-S03 <-[:HAS_STEP]- MHHSP-BP001',
          'BRS007-FR-002 @2: IF-021 <-[:REALISED_BY]- BRS007-FR-001 <-[:DERIVES_FROM]- BRS007-FR-002',
          'TS-PIT-001 @2: IF-021 <-[:EXERCISES]- TC-PIT-001-02 -[:IN_SCENARIO]-> TS-PIT-001',
          'TS-SITF-001 @2: IF-021 <-[:EXERCISES]- TC-SITF-001-01 -[:IN_SCENARIO]-> TS-SITF-001',
          'BSC-C-3.2 @2: IF-021 <-[:REALISED_BY]- BRS007-FR-001 <-[:CODIFIES]- BSC-C-3.2',
          'BRS007-FR-003 @3: IF-021 <-[:REALISED_BY]- BRS007-FR-001 <-[:DERIVES_FROM]- BRS007-FR-002 <-[:DERIVES_FROM]- BRS007-FR-003',
          'PIT @3: IF-021 <-[:EXERCISES]- TC-PIT-001-02 -[:IN_SCENARIO]-> TS-PIT-001 -[:IN_PHASE]-> PIT',
          'SIT-FUNCTIONAL @3: IF-021 <-[:EXERCISES]- TC-SITF-001-01 -[:IN_SCENARIO]-> TS-SITF-001 -[:IN_PHASE]-> SIT-FUNCTIONAL',
        ]);
        // The path's hops resolve to the elements they arrive at.
        expect(impact.impacted[7]?.path).toEqual({
          explanation: 'IF-021 <-[:SENDS]- MHHSP-BP001-S03 <-[:DEFINES]- BPD001',
          start: { id: 'IF-021' },
          hops: [
            { relationship: 'SENDS', direction: 'IN', to: { id: 'MHHSP-BP001-S03', kind: 'ProcessStep', name: 'Advanced Data Service sends consumption data' } },
            { relationship: 'DEFINES', direction: 'IN', to: { id: 'BPD001', kind: 'Artefact', name: 'Change of Supplier process description' } },
          ],
        });
        expect(impact.byKind.map((group) => [group.kind, ids(group.elements.map((e) => e.node))])).toEqual(CR023_IMPACT_BY_KIND);
      });

      it('assesses the impact of changed elements, bounded by maxDepth', async () => {
        const both = expectData(await post(url, ImpactOfChangedElementsDocument, { changed: ['IF-041', 'IF-021'] })).impact;
        expect(both.changeRequest).toBeNull();
        expect(ids(both.changed)).toEqual(['IF-021', 'IF-041']);
        expect(both.impacted.find((r) => r.node.id === 'BRS007-FR-002')).toEqual({
          depth: 1,
          node: { id: 'BRS007-FR-002' },
          path: { explanation: 'IF-041 <-[:REALISED_BY]- BRS007-FR-002' },
        });
        const dataItem = expectData(await post(url, ImpactOfChangedElementsDocument, { changed: ['DI-001'], maxDepth: 1 })).impact;
        expect(dataItem.impacted.map((r) => r.path.explanation)).toEqual([
          'DI-001 <-[:DEFINES]- IFCAT',
          'DI-001 <-[:CARRIES]- IF-001',
          'DI-001 <-[:CARRIES]- IF-021',
        ]);
      });

      it('builds the RTTM for a phase and a role, with totals and the uncovered requirements', async () => {
        const { rttm } = expectData(await post(url, RttmForPhaseAndRoleDocument, { phase: 'SIT-FUNCTIONAL', role: 'ADS' }));
        expect(rttm.scope).toEqual({ phase: { id: 'SIT-FUNCTIONAL' }, role: { id: 'ADS' }, artefact: null });
        expect(rttm.rows).toEqual([
          {
            requirement: { id: 'BRS007-FR-001', name: 'Send consumption data', isExample: true },
            status: 'DIRECT',
            directTestCases: [{ id: 'TC-SITF-001-01' }],
            viaInterface: [{ testCase: { id: 'TC-SITF-001-01' }, interface: { id: 'IF-021' } }],
          },
          {
            requirement: { id: 'BRS007-FR-002', name: 'Receive smart consumption data', isExample: true },
            status: 'VIA_INTERFACE',
            directTestCases: [],
            viaInterface: [{ testCase: { id: 'TC-SITF-001-02' }, interface: { id: 'IF-041' } }],
          },
          {
            requirement: { id: 'BRS007-FR-003', name: 'Validate smart consumption data', isExample: true },
            status: 'NONE',
            directTestCases: [],
            viaInterface: [],
          },
        ]);
        expect(rttm.totals).toEqual({ requirements: 3, direct: 1, viaInterface: 1, none: 1, coveragePercent: 66.7 });
        expect(ids(rttm.uncovered)).toEqual(['BRS007-FR-003']);
      });

      it('builds the RTTM of the whole model when no scope is given', async () => {
        const { rttm } = expectData(await post(url, RttmForPhaseAndRoleDocument, {}));
        expect(rttm.scope).toEqual({ phase: null, role: null, artefact: null });
        expect(rttm.rows.map((row) => `${row.requirement.id} ${row.status}`)).toEqual([
          'BRS007-FR-001 DIRECT',
          'BRS007-FR-002 VIA_INTERFACE',
          'BRS007-FR-003 NONE',
          'BRS007-FR-004 DIRECT',
          'BRS007-NFR-001 NONE',
        ]);
        expect(rttm.totals).toEqual({ requirements: 5, direct: 2, viaInterface: 1, none: 2, coveragePercent: 60 });
      });

      it('traces requirements to code clauses both ways, with the gaps', async () => {
        const { codeTrace } = expectData(await post(url, CodeTraceDocument, { code: 'BSC' }));
        expect(codeTrace).toEqual({
          code: 'BSC',
          clauses: [
            { clause: { id: 'BSC-C-3.2', document: 'BSC Section C', clause: '3.2' }, requirements: [{ id: 'BRS007-FR-001' }] },
            { clause: { id: 'BSC-C-3.3', document: 'BSC Section C', clause: '3.3' }, requirements: [] },
          ],
          requirementsWithoutClause: [{ id: 'BRS007-FR-002' }, { id: 'BRS007-FR-003' }, { id: 'BRS007-FR-004' }, { id: 'BRS007-NFR-001' }],
          clausesWithoutRequirement: [{ id: 'BSC-C-3.3' }],
        });
        const all = expectData(await post(url, CodeTraceDocument, {})).codeTrace;
        expect(all.code).toBeNull();
        expect(ids(all.clauses.map((c) => c.clause))).toEqual(['BSC-C-3.2', 'BSC-C-3.3', 'REC-5-2.1']);
      });

      it('shows what a role must build and pass, by phase, including its parts', async () => {
        const ads = expectData(await post(url, RoleViewDocument, { role: 'ADS' })).roleView;
        expect(ads).toEqual({
          role: { id: 'ADS', name: 'Advanced Data Service', codeBodies: ['BSC'] },
          parts: [],
          sends: [{ id: 'IF-021' }],
          receives: [{ id: 'IF-031' }, { id: 'IF-041' }],
          processes: [{ process: { id: 'MHHSP-BP001' }, steps: [{ id: 'MHHSP-BP001-S03', sequence: 3 }] }],
          requirements: [{ id: 'BRS007-FR-001' }, { id: 'BRS007-FR-002' }, { id: 'BRS007-FR-003' }],
          testCasesByPhase: [
            { phase: { id: 'PIT' }, testCases: [{ id: 'TC-PIT-001-02' }] },
            // TC-SITF-001-02 names its roles ([MDR]): not ADS's, though it exercises IF-041, which ADS receives.
            { phase: { id: 'SIT-FUNCTIONAL' }, testCases: [{ id: 'TC-SITF-001-01' }] },
          ],
        });
        const sds = expectData(await post(url, RoleViewDocument, { role: 'SDS', phase: 'SIT-FUNCTIONAL' })).roleView;
        expect(ids(sds.parts)).toEqual(['MDR']);
        expect(ids(sds.sends)).toEqual(['IF-041']);
        expect(sds.testCasesByPhase).toEqual([{ phase: { id: 'SIT-FUNCTIONAL' }, testCases: [{ id: 'TC-SITF-001-02' }] }]);
      });

      it('gives the RTTM execution status from the latest results, totals three ways and the orphan test cases', async () => {
        // The domain contract works these out; here they must come through the API unchanged.
        const { rttm } = expectData(await post(url, RttmWithEvidenceDocument, { phases: ['SIT-FUNCTIONAL'], role: 'ADS', participant: 'Acme Energy' }));
        expect(rttm.scope).toEqual({ phases: [{ id: 'SIT-FUNCTIONAL' }], participant: 'Acme Energy', interval: null, release: null, baseline: null, notes: [] });
        expect(rttm.rows.map((r) => [r.requirement.id, r.status, r.execution])).toEqual([
          ['BRS007-FR-001', 'DIRECT', 'PASSED'],
          ['BRS007-FR-002', 'VIA_INTERFACE', 'BLOCKED'],
          ['BRS007-FR-003', 'NONE', 'NO_TEST_CASE'],
        ]);
        expect(rttm.rows[0]!.executions).toEqual([
          {
            testCase: { id: 'TC-SITF-001-01' },
            coverage: 'DIRECT',
            outcome: 'PASSED',
            latestResult: { id: 'TR-SIT-F-C1-002', run: 'SIT-F-C1', executedAt: '2024-03-14T09:00:00Z', participant: 'Acme Energy' },
            phases: [{ id: 'SIT-FUNCTIONAL' }],
          },
        ]);
        expect(rttm.rows[2]).toMatchObject({ artefacts: [{ id: 'BRS007' }], roles: [{ id: 'ADS' }, { id: 'SUPPLIER' }], phases: [] });
        expect(rttm.byPhase.map((m) => [m.phase.id, m.totals.direct, m.totals.passed])).toEqual([['SIT-FUNCTIONAL', 1, 1]]);
        expect(rttm.model.modelHash).toMatch(/^[0-9a-f]{64}$/);
        expect(rttm.totals).toEqual({
          requirements: 3, direct: 1, viaInterface: 1, none: 1, passed: 1, passedViaInterface: 0, failed: 0, blocked: 1, notRun: 0,
          directCoveragePercent: 33.3, designCoveragePercent: 66.7, passedPercent: 33.3,
        });
        // TC-SITF-001-02 verifies nothing but names its role, MDR: not an orphan of ADS's RTTM.
        expect(ids(rttm.orphanTestCases)).toEqual([]);
        expect(rttm.orphans).toEqual([]);
        // Without the role, it is an orphan, with its latest result.
        const all = expectData(await post(url, RttmWithEvidenceDocument, { phases: ['SIT-FUNCTIONAL'] })).rttm;
        expect(all.orphans).toEqual([{ testCase: { id: 'TC-SITF-001-02' }, outcome: 'BLOCKED', latestResult: { id: 'TR-SIT-F-C1-003' }, phases: [{ id: 'SIT-FUNCTIONAL' }] }]);
      });

      it('scopes the RTTM by a design release and passes its notes through', async () => {
        const { rttm } = expectData(await post(url, RttmWithEvidenceDocument, { phases: ['SIT-FUNCTIONAL'], release: 'IR5' }));
        expect(rttm.scope).toMatchObject({ release: { id: 'IR5' }, notes: ['IR5 implements CR023: scoped by the 1 requirement it changes, directly or through an interface or process step'] });
        expect(rttm.rows.map((r) => r.requirement.id)).toEqual(['BRS007-FR-001']);
      });

      it("gives a test case's history oldest first and its latest result", async () => {
        const { node } = expectData(await post(url, TestCaseEvidenceDocument, { id: 'TC-SITF-001-01' }));
        expect(node).toEqual({
          id: 'TC-SITF-001-01',
          latestResult: { id: 'TR-SIT-F-C1-002', outcome: 'PASSED', provenanceState: 'EXAMPLE' },
          history: [
            { id: 'TR-SIT-F-C1-001', outcome: 'FAILED', executedAt: '2024-03-12T09:00:00Z', testCase: { id: 'TC-SITF-001-01' } },
            { id: 'TR-SIT-F-C1-002', outcome: 'PASSED', executedAt: '2024-03-14T09:00:00Z', testCase: { id: 'TC-SITF-001-01' } },
          ],
        });
        const untested = expectData(await post(url, TestCaseEvidenceDocument, { id: 'TC-PIT-001-02' })).node;
        expect(untested).toEqual({ id: 'TC-PIT-001-02', latestResult: null, history: [] });
      });

      it("gives a role's checklist: why each test case is listed, with the participant's latest result", async () => {
        // TC-PIT-001-01: FR-004 applies to SUPPLIER, and it exercises IF-001, which SUPPLIER sends (FROM, and by step S01).
        const { roleView } = expectData(await post(url, RoleChecklistDocument, { role: 'SUPPLIER', phase: 'PIT', participant: 'Beta Data' }));
        expect(roleView.sendsBecause).toEqual([{ node: { id: 'IF-001' }, because: ['SUPPLIER <-[:FROM]- IF-001', 'SUPPLIER <-[:PERFORMED_BY]- MHHSP-BP001-S01 -[:SENDS]-> IF-001'] }]);
        expect(roleView.testCasesByPhase[0]!.checklist.map((e) => [e.testCase.id, e.outcome, e.latestResult?.id ?? null, e.because.length])).toEqual([
          ['TC-PIT-001-01', 'PASSED', 'TR-PIT-C1-002', 3],
          ['TC-PIT-001-02', 'NOT_RUN', null, 1],
        ]);
      });

      it('traces an element to every reachable element of a kind, with paths', async () => {
        const { trace } = expectData(await post(url, TraceDocument, { from: 'BRS007-FR-001', toKind: 'TestCase' }));
        expect(trace.from).toEqual({ id: 'BRS007-FR-001', kind: 'Requirement', name: 'Send consumption data', isExample: true });
        expect(trace.toKind).toBe('TestCase');
        expect(trace.maxDepth).toBe(4);
        expect(trace.targets.map((t) => `${t.node.id} @${t.depth}: ${t.path.explanation}`)).toEqual([
          'TC-SITF-001-01 @1: BRS007-FR-001 <-[:VERIFIES]- TC-SITF-001-01',
          'TC-PIT-001-02 @2: BRS007-FR-001 -[:REALISED_BY]-> IF-021 <-[:EXERCISES]- TC-PIT-001-02',
          'TC-SITF-001-02 @3: BRS007-FR-001 <-[:DERIVES_FROM]- BRS007-FR-002 -[:REALISED_BY]-> IF-041 <-[:EXERCISES]- TC-SITF-001-02',
        ]);
        expect(trace.targets[0]?.path.hops).toEqual([
          { relationship: 'VERIFIES', direction: 'IN', to: { id: 'TC-SITF-001-01', kind: 'TestCase', name: 'Consumption data reaches the Supplier' } },
        ]);
      });
    });

    describe('elements and their relationships', () => {
      it('looks any element up by id, with the properties of its kind and whether it is an example', async () => {
        const requirement = expectData(await post(url, NodeLookupDocument, { id: 'BRS007-FR-001' })).node;
        expect(requirement).toEqual({
          id: 'BRS007-FR-001',
          kind: 'Requirement',
          name: 'Send consumption data',
          isExample: true,
          description: null,
          exampleNote: 'Verified directly in SIT Functional; codified by BSC-C-3.2.',
          provenance: null,
          text: 'The Advanced Data Service shall send consumption data to the Supplier.',
          requirementCategory: 'FUNCTIONAL',
        });
        const role = expectData(await post(url, NodeLookupDocument, { id: 'SUPPLIER' })).node;
        expect(role).toMatchObject({ kind: 'Role', roleCategory: 'MARKET_ROLE', codeBodies: ['BSC', 'REC'], legacyRole: null });
        const clause = expectData(await post(url, NodeLookupDocument, { id: 'REC-5-2.1' })).node;
        expect(clause).toMatchObject({ kind: 'CodeClause', code: 'REC', document: 'REC Schedule 5', clause: '2.1' });
      });

      it('pages through requirements with cursors, totalCount counting every match', async () => {
        const first = expectData(await post(url, RequirementsPageDocument, { first: 2 })).requirements;
        expect(first.totalCount).toBe(5);
        expect(ids(first.edges.map((e) => e.node))).toEqual(['BRS007-FR-001', 'BRS007-FR-002']);
        expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0]?.cursor, endCursor: first.edges[1]?.cursor });
        const second = expectData(await post(url, RequirementsPageDocument, { first: 2, after: first.pageInfo.endCursor })).requirements;
        expect(ids(second.edges.map((e) => e.node))).toEqual(['BRS007-FR-003', 'BRS007-FR-004']);
        const last = expectData(await post(url, RequirementsPageDocument, { first: 2, after: second.pageInfo.endCursor })).requirements;
        expect(ids(last.edges.map((e) => e.node))).toEqual(['BRS007-NFR-001']);
        expect(last.pageInfo.hasNextPage).toBe(false);
        const empty = expectData(await post(url, RequirementsPageDocument, { first: 2, after: last.pageInfo.endCursor })).requirements;
        expect(empty).toMatchObject({ edges: [], totalCount: 5, pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } });
      });

      it('filters lists by search text and by property', async () => {
        const nonFunctional = expectData(await post(url, RequirementsPageDocument, { first: 10, where: { category: 'NON_FUNCTIONAL' } })).requirements;
        expect(ids(nonFunctional.edges.map((e) => e.node))).toEqual(['BRS007-NFR-001']);
        expect(nonFunctional.totalCount).toBe(1);
        const smart = expectData(await post(url, RequirementsPageDocument, { first: 10, search: 'SMART' })).requirements;
        expect(ids(smart.edges.map((e) => e.node))).toEqual(['BRS007-FR-002', 'BRS007-FR-003']);
      });

      it('searches every kind for elements with words beginning with each term, in one round-trip', async () => {
        const { search } = expectData(await post(url, SearchDocument, { text: 'Smart cons' }));
        expect(search).toEqual({
          terms: ['smart', 'cons'],
          totalCount: 4,
          hits: [
            { matchedFields: ['NAME', 'TEXT'], node: { id: 'BRS007-FR-002', kind: 'Requirement', name: 'Receive smart consumption data', isExample: true, description: null } },
            { matchedFields: ['NAME', 'TEXT'], node: { id: 'BRS007-FR-003', kind: 'Requirement', name: 'Validate smart consumption data', isExample: true, description: null } },
            { matchedFields: ['NAME'], node: { id: 'IF-041', kind: 'Interface', name: 'Smart consumption data', isExample: true, description: null } },
            { matchedFields: ['NAME'], node: { id: 'TC-SITF-001-02', kind: 'TestCase', name: 'Smart consumption data reaches ADS', isExample: true, description: null } },
          ],
        });
        expect(store.roundTrips).toBe(1);
        const some = expectData(await post(url, SearchDocument, { text: 'consumption', kinds: ['TestCase', 'Interface'], first: 2 })).search;
        expect(some.totalCount).toBe(5);
        expect(ids(some.hits.map((hit) => hit.node))).toEqual(['IF-021', 'IF-041']);
        const byId = expectData(await post(url, SearchDocument, { text: 'brs007 retriev' })).search;
        expect(byId.hits.map((hit) => `${hit.node.id}: ${hit.matchedFields.join(' ')}`)).toEqual(['BRS007-FR-002: ID TEXT', 'BRS007-NFR-001: ID NAME TEXT']);
      });

      it('follows relationships in both directions', async () => {
        const { requirement } = expectData(await post(url, RequirementWithRelationsDocument, { id: 'BRS007-FR-001' }));
        expect(requirement).toEqual({
          id: 'BRS007-FR-001',
          text: 'The Advanced Data Service shall send consumption data to the Supplier.',
          appliesTo: [{ id: 'ADS' }],
          realisedBy: [{ id: 'IF-021', kind: 'Interface' }],
          derivesFrom: [],
          principles: [{ id: 'DP-01' }],
          definedIn: { id: 'BRS007' },
          derived: [{ id: 'BRS007-FR-002' }],
          verifiedBy: [{ id: 'TC-SITF-001-01', scenario: { id: 'TS-SITF-001', phase: { id: 'SIT-FUNCTIONAL' } } }],
          codifiedBy: [{ id: 'BSC-C-3.2' }],
          changedBy: [{ id: 'CR027' }],
        });
        const fr2 = expectData(await post(url, RequirementWithRelationsDocument, { id: 'BRS007-FR-004' })).requirement;
        expect(fr2?.realisedBy).toEqual([{ id: 'MHHSP-BP001-S01', kind: 'ProcessStep' }]);
      });

      it('relates roles to interfaces, steps, requirements and their service', async () => {
        const mdr = expectData(await post(url, RoleWithRelationsDocument, { id: 'MDR' })).role;
        expect(mdr).toEqual({
          id: 'MDR',
          category: 'MARKET_ROLE',
          sends: [{ id: 'IF-041' }],
          receives: [],
          performsSteps: [],
          requirements: [{ id: 'BRS007-NFR-001' }],
          partOf: { id: 'SDS' },
          parts: [],
        });
        const ads = expectData(await post(url, RoleWithRelationsDocument, { id: 'ADS' })).role;
        expect(ads?.performsSteps).toEqual([{ id: 'MHHSP-BP001-S03', process: { id: 'MHHSP-BP001' } }]);
        expect(ids(expectData(await post(url, RoleWithRelationsDocument, { id: 'SDS' })).role?.parts ?? [])).toEqual(['MDR']);
      });

      it('shows each relationship as an edge with its own provenance, or its element\'s', async () => {
        const { node: cr } = expectData(await post(url, RelationshipEdgesDocument, { id: 'CR023', direction: 'OUT' }));
        expect(cr?.provenanceState).toBe('EXAMPLE');
        expect(cr?.relationships).toEqual([
          {
            type: 'CHANGES',
            direction: 'OUT',
            sentence: 'CR023 changes IF-021',
            node: { id: 'IF-021', provenanceState: 'EXAMPLE', inferredReason: null },
            provenance: { state: 'INFERRED', note: 'from the CR title', inherited: false, source: null },
            proposedBy: null,
          },
          {
            type: 'IMPLEMENTED_IN',
            direction: 'OUT',
            sentence: 'CR023 is implemented in IR5',
            node: { id: 'IR5', provenanceState: 'INFERRED', inferredReason: "Implied by CR023's implementedIn; no paper of the fixture names it." },
            provenance: {
              state: 'EXAMPLE',
              note: 'A change request that changes one interface; its impact is worked out by hand.',
              inherited: true,
              source: null,
            },
            proposedBy: null,
          },
        ]);
        const { node: ifc } = expectData(await post(url, RelationshipEdgesDocument, { id: 'IF-021', types: ['CHANGES', 'FROM'] }));
        expect(ifc?.relationships.map((edge) => [edge.sentence, edge.provenance.state, edge.provenance.inherited])).toEqual([
          ['IF-021 is changed by CR023', 'INFERRED', false],
          ['IF-021 is sent by ADS', 'EXAMPLE', true],
        ]);
      });

      it('answers the baselined design unless asked to include a change request\'s proposals', async () => {
        const sends = (args: string) =>
          `{ roleView(role: "ADS"${args}) { sends { id proposedBy { changeRequest change } relationships(types: [FROM]) { node { id } proposedBy { change } } } } }`;
        const baseline = expectData<{ roleView: { sends: { id: string }[] } }>(await post(url, sends('')));
        expect(ids(baseline.roleView.sends)).toEqual(['IF-021']);
        const withCr = expectData<{ roleView: { sends: unknown[] } }>(await post(url, sends(', includeProposed: ["CR027"]')));
        // Nested fields read the same design as the root field: IF-050's own relationships are there.
        expect(withCr.roleView.sends).toEqual([
          { id: 'IF-021', proposedBy: null, relationships: [{ node: { id: 'ADS' }, proposedBy: null }] },
          { id: 'IF-050', proposedBy: { changeRequest: 'CR027', change: 'ADD' }, relationships: [{ node: { id: 'ADS' }, proposedBy: { change: 'ADD' } }] },
        ]);
        // Two root fields of one request, two designs.
        const both = expectData<{ base: { totalCount: number }; proposed: { totalCount: number } }>(
          await post(url, '{ base: interfaces { totalCount } proposed: interfaces(includeProposed: ["CR027"]) { totalCount } }'),
        );
        expect([both.base.totalCount, both.proposed.totalCount]).toEqual([4, 5]);
        expectErrorCode(await post(url, '{ node(id: "IF-050") { id } }'), 'NOT_FOUND');
        expect(expectData<{ node: { id: string } }>(await post(url, '{ node(id: "IF-050", includeProposed: ["CR027"]) { id } }')).node.id).toBe('IF-050');
        expectErrorCode(await post(url, '{ interfaces(includeProposed: ["CR999"]) { totalCount } }'), 'NOT_FOUND');
        expectErrorCode(await post(url, '{ interfaces(includeProposed: ["IF-021"]) { totalCount } }'), 'BAD_USER_INPUT');
      });

      it('answers the impact assessment of a change request, with its summaries and the design it was computed on', async () => {
        const query = `{ impactAssessment(changeRequest: "CR023", maxDepth: 2) {
          changeRequest { id } implementedIn { id } model { modelHash }
          changes { node { id } provenance { state note inherited } }
          elements { node { id } sentence }
          byArtefact { node { id } elements { id } } byRole { node { id } } byConstituency { name }
          byTestPhase { node { id } elements { id } } byCode { name elements { id } }
          overlapping { changeRequest { id } shared { id } } warnings } }`;
        type Answer = { impactAssessment: Record<string, unknown> & { elements: { node: { id: string }; sentence: string }[] } };
        const { impactAssessment: a } = expectData(await post<Answer, never>(url, query));
        expect(a.changeRequest).toEqual({ id: 'CR023' });
        expect(a.implementedIn).toEqual({ id: 'IR5' });
        expect(a.model).toEqual({ modelHash: model.hash });
        expect(a.changes).toEqual([{ node: { id: 'IF-021' }, provenance: { state: 'INFERRED', note: 'from the CR title', inherited: false } }]);
        expect(a.elements.find((e) => e.node.id === 'BRS007-FR-001')?.sentence).toBe('BRS007-FR-001 is realised by IF-021, which CR023 changes');
        expect(a.byArtefact).toEqual([
          { node: { id: 'BPD001' }, elements: [{ id: 'MHHSP-BP001' }, { id: 'MHHSP-BP001-S03' }] },
          { node: { id: 'BRS007' }, elements: [{ id: 'BRS007-FR-001' }, { id: 'BRS007-FR-002' }] },
          { node: { id: 'IFCAT' }, elements: [{ id: 'IF-021' }] },
        ]);
        expect(a.byRole).toEqual([{ node: { id: 'ADS' } }, { node: { id: 'SUPPLIER' } }]);
        expect(a.byConstituency).toEqual([{ name: 'Agents' }, { name: 'Suppliers' }]);
        expect(a.byTestPhase).toEqual([
          { node: { id: 'PIT' }, elements: [{ id: 'TC-PIT-001-02' }] },
          { node: { id: 'SIT-FUNCTIONAL' }, elements: [{ id: 'TC-SITF-001-01' }] },
        ]);
        expect(a.byCode).toEqual([{ name: 'BSC', elements: [{ id: 'BSC-C-3.2' }] }]);
        expect(a.overlapping).toEqual([{ changeRequest: { id: 'CR027' }, shared: [{ id: 'BRS007-FR-001' }] }]);
        expect(a.warnings).toEqual([]);
        const clause = expectData<{ impact: { impacted: unknown[]; warnings: string[] } }>(await post(url, '{ impact(changed: ["BSC-C-3.3"]) { impacted { depth } warnings } }'));
        expect(clause.impact).toEqual({ impacted: [], warnings: ["Nothing propagates from BSC-C-3.3: it has none of the relationships a CodeClause's change travels along (DEFINES, CODIFIES)"] });
      });

      it('reads the relationship edges of a whole page in one round-trip per level', async () => {
        const query = (first: number) =>
          `{ search(text: "consumption", first: ${first}) { hits { node { relationships { node { id } provenance { state } } } } } }`;
        const roundTrips = async (first: number) => {
          store.reset();
          expectData(await post(url, query(first)));
          return store.roundTrips;
        };
        // search + one expand call for the edges of every hit, whatever their kinds (it brings their elements).
        expect(await roundTrips(1)).toBe(2);
        expect(await roundTrips(20)).toBe(2);
      });

      it('costs one store round-trip for the root field and every relationship field below it, whatever the depth, results and fields', async () => {
        // A root lookup or list asks the store for its elements with every relationship field
        // below it (every type, both directions, every level) in one `expandNodes` / `expandList`
        // call, which also brings the elements they reach. Fetching per element instead would
        // cost a round-trip per result, per field one per relationship type.
        const roundTrips = async (query: string) => {
          store.reset();
          expectData(await post(url, query));
          return store.roundTrips;
        };
        const coverage = async (first: number) => {
          store.reset();
          const { requirements } = expectData(await post(url, RequirementsWithCoverageDocument, { first }));
          expect(requirements.edges).toHaveLength(Math.min(first, 5));
          expect(requirements.edges.some(({ node }) => node.appliesTo.length > 0 && node.verifiedBy.length > 0)).toBe(true);
          return store.roundTrips;
        };
        // The page with one level below it (appliesTo and verifiedBy together), for one result as for five.
        expect(await coverage(1)).toBe(1);
        expect(await coverage(200)).toBe(1);
        // The page with the three levels below it.
        const deeper = (first: number) => `{ requirements(first: ${first}) { edges { node { verifiedBy { scenario { phase { id } } } } } } }`;
        expect(await roundTrips(deeper(1))).toBe(1);
        expect(await roundTrips(deeper(200))).toBe(1);
        // The same below fragments and an alias of the edges.
        expect(await roundTrips('{ requirements(first: 5) { ...page } } fragment page on RequirementConnection { all: edges { ... on RequirementEdge { node { verifiedBy { scenario { id } } } } } }')).toBe(1);
        // A lookup with nine relationship fields of both directions, verifiedBy.scenario and scenario.phase.
        store.reset();
        expectData(await post(url, RequirementWithRelationsDocument, { id: 'BRS007-FR-001' }));
        expect(store.roundTrips).toBe(1);
        // Any element by id: the fields of its kind's fragment come with it.
        expect(await roundTrips('{ node(id: "IF-021") { id ... on Interface { from { id } realises { id verifiedBy { id } } } } }')).toBe(1);
        // Aliased lookups batch, each with the fields below it.
        expect(await roundTrips('{ a: interface(id: "IF-021") { from { id } } b: interface(id: "IF-041") { to { id } } }')).toBe(1);
      });
    });

    describe('errors', () => {
      it('answers NOT_FOUND for an unknown id', async () => {
        const byNode = expectErrorCode(await post(url, NodeLookupDocument, { id: 'NO-SUCH-ID' }), 'NOT_FOUND');
        expect(byNode.message).toBe("Element 'NO-SUCH-ID' does not exist in the model");
        expect(byNode.path).toEqual(['node']);
        expectErrorCode(await post(url, RequirementWithRelationsDocument, { id: 'BRS007-FR-999' }), 'NOT_FOUND');
        expectErrorCode(await post(url, ImpactOfChangeRequestDocument, { changeRequest: 'CR999' }), 'NOT_FOUND');
        expectErrorCode(await post(url, RoleViewDocument, { role: 'NOBODY' }), 'NOT_FOUND');
      });

      it('answers BAD_USER_INPUT for bad arguments', async () => {
        const wrongKind = expectErrorCode(await post(url, RequirementWithRelationsDocument, { id: 'ADS' }), 'BAD_USER_INPUT');
        expect(wrongKind.message).toBe("'ADS' is a Role, not a Requirement");
        const tooMany = expectErrorCode(await post(url, RequirementsPageDocument, { first: 201 }), 'BAD_USER_INPUT');
        expect(tooMany.message).toMatch(/first must be between 0 and 200/);
        expectErrorCode(await post(url, RequirementsPageDocument, { first: 2, after: 'not a cursor!' }), 'BAD_USER_INPUT');
        const badFilter = expectErrorCode(await post(url, RequirementsPageDocument, { first: 2, where: { colour: 'red' } }), 'BAD_USER_INPUT');
        expect(badFilter.message).toMatch(/Requirement has no property 'colour'/);
        expectErrorCode(await post(url, RequirementsPageDocument, { first: 2, where: { category: 'PURPLE' } }), 'BAD_USER_INPUT');
        expectErrorCode(await post(url, ImpactOfChangeRequestDocument, { changeRequest: 'CR023', maxDepth: 0 }), 'BAD_USER_INPUT');
        expectErrorCode(await post(url, ImpactOfChangedElementsDocument, { changed: [] }), 'BAD_USER_INPUT');
        expectErrorCode(await post(url, RttmForPhaseAndRoleDocument, { phase: 'ADS' }), 'BAD_USER_INPUT');
        // A variable of the wrong type is rejected by GraphQL itself, before anything runs.
        const badEnum = await post(url, TraceDocument, { from: 'IF-021', toKind: 'Nothing' as never });
        expectErrorCode(badEnum, 'BAD_USER_INPUT');
        expect(badEnum.status).toBe(400);
      });

      it('answers BAD_USER_INPUT for a search text without words, too long or with too many words', async () => {
        const noWords = expectErrorCode(await post(url, SearchDocument, { text: ' -?! ' }), 'BAD_USER_INPUT');
        expect(noWords.message).toBe('The search text has no word to search for (letters or digits)');
        expect(noWords.path).toEqual(['search']);
        expectErrorCode(await post(url, SearchDocument, { text: '' }), 'BAD_USER_INPUT');
        const tooLong = expectErrorCode(await post(url, SearchDocument, { text: 'x'.repeat(201) }), 'BAD_USER_INPUT');
        expect(tooLong.message).toBe('The search text has 201 characters; the limit is 200');
        const tooMany = expectErrorCode(await post(url, SearchDocument, { text: 'a b c d e f g h i j k' }), 'BAD_USER_INPUT');
        expect(tooMany.message).toBe('The search text has 11 different words; the limit is 10');
        expectErrorCode(await post(url, SearchDocument, { text: 'data', first: 101 }), 'BAD_USER_INPUT');
        expectErrorCode(await post(url, SearchDocument, { text: 'data', kinds: [] }), 'BAD_USER_INPUT');
        expect(store.roundTrips).toBe(0);
      });

      it('rejects syntax errors and unknown fields before running anything', async () => {
        const syntax = await post(url, '{ requirements(first: 2) { edges { node { id }');
        expectErrorCode(syntax, 'GRAPHQL_PARSE_FAILED');
        expect(syntax.status).toBe(400);
        const unknown = await post(url, '{ requirements { edges { node { colour } } } }');
        expectErrorCode(unknown, 'GRAPHQL_VALIDATION_FAILED');
        expect(unknown.status).toBe(400);
        expect(store.roundTrips).toBe(0);
      });

      it('rejects too deep, too aliased and too costly queries with QUERY_TOO_COMPLEX before execution', async () => {
        const deep = await post(
          url,
          '{ requirement(id: "BRS007-FR-001") { verifiedBy { verifies { verifiedBy { verifies { verifiedBy { verifies { verifiedBy { verifies { verifiedBy { id } } } } } } } } } } }',
        );
        expect(expectErrorCode(deep, 'QUERY_TOO_COMPLEX').message).toMatch(/nested 11 levels deep; the limit is 10/);
        expect(deep.status).toBe(400);

        const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "ADS") { id }`).join(' ');
        expect(expectErrorCode(await post(url, `{ ${aliases} }`), 'QUERY_TOO_COMPLEX').message).toMatch(/31 aliases; the limit is 30/);

        const costly = await post(url, '{ requirements(first: 200) { edges { node { verifiedBy { verifies { verifiedBy { verifies { id } } } } } } } }');
        expect(expectErrorCode(costly, 'QUERY_TOO_COMPLEX').message).toMatch(/estimated cost is \d+; the limit is 50000/);
        expect(costly.status).toBe(400);
        expect(store.roundTrips).toBe(0);
      });
    });

    describe('HTTP', () => {
      it('reports health with the store and the model it holds', async () => {
        const response = await fetch(`${server.origin}/health`);
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({
          status: 'ok',
          store: { store: factory.name, ok: true, modelHash: model.hash, nodeCount: 43 },
        });
      });

      it('serves GraphiQL to browsers at /graphql, loading nothing from outside the server', async () => {
        const response = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml' } });
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await response.text();
        expect(html).toContain('<div id="graphiql"');
        expect(html).not.toMatch(/https?:\/\//);
        const loaded = [...html.matchAll(/<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
        expect(loaded).toEqual(['/assets/graphiql.css', '/assets/graphiql.js']);
      });

      it('answers queries sent with GET, behind Apollo’s CSRF check', async () => {
        const query = encodeURIComponent('{ role(id: "ADS") { name } }');
        const allowed = await fetch(`${url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
        expect(allowed.status).toBe(200);
        expect(await allowed.json()).toEqual({ data: { role: { name: 'Advanced Data Service' } } });
        const simpleRequest = await fetch(`${url}?query=${query}`);
        expect(simpleRequest.status).toBe(400);
      });
    });
  });
}
