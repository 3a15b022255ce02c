/**
 * The three programme-governance questions of issue 13, asked over HTTP of the server on the full
 * model: the answers the papers give (test/neo4j/differential.test.ts checks Neo4j answers the same).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedModel } from '../support/models.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { CodeDraftingOfClauseDocument, DecisionsTakenDocument, MilestonesOfPhaseDocument } from '../generated/graphql.js';
import { expectErrorCode, post } from './support/http.js';

describe('programme governance over GraphQL', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ store: createMemoryStore(await shippedModel()), port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers "which decisions did DAG take in August 2023?" from paper 001', async () => {
    const { data, errors } = await post(server.url, DecisionsTakenDocument, { body: 'DAG', from: '2023-08', to: '2023-08' });
    expect(errors).toBeUndefined();
    const decisions = data!.decisionsTaken;
    expect(decisions.map((d) => [d.id, d.date, d.outcome, d.on.map((o) => o.id).join(' ')])).toEqual([
      ['DEC-DAG-20230809-01', '2023-08-09', 'APPROVED', 'CR024'],
      ['DEC-DAG-20230809-02', '2023-08-09', 'DEFERRED', 'CR023 CR027'],
      ['DEC-DAG-20230809-03', '2023-08-09', 'APPROVED_FOR_IMPACT_ASSESSMENT', 'CR028 CR029 CR030'],
      ['DEC-DAG-20230809-04', '2023-08-09', 'APPROVED', ''],
    ]);
    expect(new Set(decisions.map((d) => d.decidedBy?.id))).toEqual(new Set(['DAG']));
    expect(decisions[0]!.provenance).toEqual({ paper: '001_d1f968c49c57fad5.txt', section: 'Design Advisory Group (DAG) – Updates from DAG 09 August 2023' });
  });

  it('answers "what milestones depend on SIT Functional?" with the decision choreography\'s T2-TE-0250', async () => {
    const { data, errors } = await post(server.url, MilestonesOfPhaseDocument, { id: 'SIT-FUNCTIONAL' });
    expect(errors).toBeUndefined();
    const phase = data!.testPhase!;
    expect(phase.parentPhase?.id).toBe('SIT');
    expect(phase.dependentMilestones.map((m) => [m.id, m.date, m.governedBy?.id])).toEqual([['T2-TE-0250', '2023-10-23', 'TMAG']]);
    expect(phase.milestones.map((m) => m.id)).toEqual(['MS-DNO-SIT-FUNCTIONAL-START', 'MS-MPRS-READY-SIT-FUNCTIONAL', 'T3-DB-0039', 'T3-TE-0013', 'T3-TE-0090']);
  });

  it('answers "which code drafting tranche covers REC clause REC-RS-4.1?", saying the link is an example', async () => {
    const { data, errors } = await post(server.url, CodeDraftingOfClauseDocument, { id: 'REC-RS-4.1' });
    expect(errors).toBeUndefined();
    const clause = data!.codeClause!;
    expect(clause.draftedIn).toMatchObject({ id: 'CDT-REGISTRATION', approvalDate: '2023-08-23', tranche: { id: 'CDT-2', number: 2, consultationCloses: '2023-06-21' } });
    expect(clause.isExample).toBe(true);
    expect(clause.relationships).toEqual([{ sentence: 'REC-RS-4.1 is drafted in CDT-REGISTRATION', provenance: { state: 'EXAMPLE' } }]);
  });

  it('refuses a body that is not a governance group, and a date that is not one, with BAD_USER_INPUT', async () => {
    expectErrorCode(await post(server.url, DecisionsTakenDocument, { body: 'CR024' }), 'BAD_USER_INPUT');
    expectErrorCode(await post(server.url, DecisionsTakenDocument, { from: '2023-13' }), 'BAD_USER_INPUT');
    expectErrorCode(await post(server.url, DecisionsTakenDocument, { body: 'NO-SUCH-BODY' }), 'NOT_FOUND');
  });
});
