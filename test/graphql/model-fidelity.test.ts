/**
 * The facts of issue 13 that the model holds as structure, asked over HTTP of the server on the
 * full model (test/neo4j/differential.test.ts checks Neo4j answers the same).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import {
  DatesStatedDocument,
  EntryIntervalsOfPhaseDocument,
  InterfaceDirectionsDocument,
  QualificationIterationDocument,
  QualificationRouteDocument,
  RoleViewDocument,
  SitCohortOfRoleDocument,
} from '../generated/graphql.js';
import { post } from './support/http.js';

describe('model fidelity over GraphQL', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ store: createMemoryStore(await loadModel('model')), port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers "who sends IF-021 to whom?" pair by pair, each an inference with its reason (seeds/002)', async () => {
    const { data, errors } = await post(server.url, InterfaceDirectionsDocument, { id: 'IF-021' });
    expect(errors).toBeUndefined();
    const iface = data!.interface!;
    expect([iface.from, iface.to]).toEqual([[], []]);
    expect(iface.flows.map((f) => `${f.from?.id} -> ${f.to?.id} ${f.provenanceState}`)).toEqual([
      'ADS -> MDS INFERRED',
      'PSS -> LSS INFERRED',
      'PSS -> MDS INFERRED',
    ]);
    expect(iface.flows.every((f) => f.inferredReason?.startsWith('paper 002'))).toBe(true);
  });

  it('keeps an interface whose senders each send to every receiver as its own from/to', async () => {
    const { data } = await post(server.url, InterfaceDirectionsDocument, { id: 'IF-005' });
    expect(data!.interface).toMatchObject({ from: [{ id: 'MEM-ADVANCED' }, { id: 'MEM-SMART' }], to: [{ id: 'REGISTRATION' }], flows: [] });
  });

  it('derives what a role sends and receives from the pairs (the role view)', async () => {
    const view = async (role: string) => (await post(server.url, RoleViewDocument, { role })).data!.roleView;
    expect((await view('ADS')).sends.map((i) => i.id)).toContain('IF-021');
    expect((await view('SDS')).sends.map((i) => i.id), 'through its part PSS').toContain('IF-021');
    expect((await view('LSS')).receives.map((i) => i.id)).toContain('IF-021');
    expect((await view('MDS')).receives.map((i) => i.id)).toContain('IF-021');
    expect((await view('ADS')).receives.map((i) => i.id)).not.toContain('IF-021');
  });

  it('answers "who enters SIT CIT in which interval?" with links to the roles and systems, the inferred ones saying so (seeds/000)', async () => {
    const { data, errors } = await post(server.url, EntryIntervalsOfPhaseDocument, { id: 'SIT-CIT' });
    expect(errors).toBeUndefined();
    const intervals = data!.testPhase!.intervals;
    expect(intervals.map((i) => [i.number, i.startDate])).toEqual([[1, '2023-10-30'], [2, '2023-11-13'], [3, '2023-11-27'], [4, '2023-12-11'], [5, '2024-01-15'], [6, '2024-01-29']]);
    expect(intervals[1]).toMatchObject({ systems: ['MPRS (Drop 1)'], enters: [{ id: 'MPRS', kind: 'System' }] });
    expect(intervals[4]!.relationships.map((r) => `${r.sentence} ${r.provenance?.state}`).sort()).toEqual([
      'SIT-CIT-INTERVAL-5 is entered by LDSO INFERRED',
      'SIT-CIT-INTERVAL-5 is entered by SUPPLIER SOURCE',
      'SIT-CIT-INTERVAL-5 is entered by UMSO SOURCE',
    ]);
  });

  it('gives both dates of M9 the papers give, each with its source (seeds/001)', async () => {
    const { data } = await post(server.url, DatesStatedDocument, { id: 'M9' });
    expect(data!.milestone).toEqual({
      id: 'M9',
      date: '2023-10-30',
      datesStated: [
        { date: '2023-10-30', source: { paper: '001_d1f968c49c57fad5.txt', section: 'MHHS Milestone Status (1)' } },
        { date: '2023-11-01', source: { paper: '001_d1f968c49c57fad5.txt', section: 'Delivery Dashboards – Core Capability Provider Delivery Plans' } },
      ],
    });
  });

  it('answers "which qualification steps do the routes share?" and a QAD iteration\'s dates from both papers (seeds/000, seeds/001)', async () => {
    const route = (await post(server.url, QualificationRouteDocument, { id: 'QR-NON-SIT' })).data!.qualificationRoute!;
    const shared = route.steps.filter((s) => s.routes.length === 2).map((s) => s.id);
    expect(shared).toEqual(['QS-DBT2-PIT', 'QS-SECURITY-CONTROLS']);
    const qad = (await post(server.url, QualificationIterationDocument, { id: 'QAD-BASELINE' })).data!.qualificationIteration!;
    expect(qad.issueDateStated).toEqual([
      { date: '2023-11-30', source: { paper: '000_def75e404d187257.txt' } },
      { date: '2024-01', source: { paper: '001_d1f968c49c57fad5.txt' } },
    ]);
  });

  it('answers "how many ADS does the SIT MVC need, and who is confirmed?" (seeds/001)', async () => {
    const role = (await post(server.url, SitCohortOfRoleDocument, { id: 'ADS' })).data!.role!;
    expect(role.sitCohort).toMatchObject([{ id: 'SIT-MVC-ADS', mvcRequired: 2, confirmed: 10 }]);
    expect(role.sitCohort[0]!.participants).toContain('Kraken Data Services');
  });
});
