/**
 * The RTTM of a SIT CIT entry interval, on the shipped model: its phase, the requirements of the
 * roles it ENTERS (with their parts), and only the CIT test cases those roles take part in.
 * (The differential test compares every interval's answer on Neo4j with the memory store's.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rttm } from '../../src/domain/rttm.js';
import { BadInputError, NotFoundError } from '../../src/errors.js';
import { BASELINE, scopedStore } from '../../src/store/design-scope.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphNode, GraphStore } from '../../src/store/port.js';
import { editModel } from '../support/model-edits.js';
import { shippedModel } from '../support/models.js';

const ids = (nodes: readonly GraphNode[]) => nodes.map((node) => node.id);

describe('RTTM of a CIT entry interval', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = scopedStore(createMemoryStore(await shippedModel()), BASELINE);
  });

  it("counts the CIT test cases the interval's roles and their parts take part in", async () => {
    // Interval 3 enters SDS and ADS; PSS is part of SDS. The CIT cases naming ADS, SDS or PSS:
    // 001-01 [ADS], 001-02 [SDS], 001-03 [ADS], 002-01 and 002-02 [LSS, PSS], 003-02 [REGISTRATION, ADS, SDS].
    // CIT cases verify nothing, so every one in scope is an orphan and nothing is DIRECT.
    const three = await rttm(store, { interval: 'SIT-CIT-INTERVAL-3' });
    expect(three.scope.interval?.id).toBe('SIT-CIT-INTERVAL-3');
    expect(ids(three.scope.phases)).toEqual(['SIT-CIT']);
    expect(ids(three.orphanTestCases)).toEqual(['TC-CIT-001-01', 'TC-CIT-001-02', 'TC-CIT-001-03', 'TC-CIT-002-01', 'TC-CIT-002-02', 'TC-CIT-003-02']);
    expect(three.totals.direct).toBe(0);
    // The rows are the requirements applying to SDS, ADS or a part, exactly the union of their role RTTMs' rows.
    const [sds, ads] = await Promise.all([rttm(store, { phase: 'SIT-CIT', role: 'SDS' }), rttm(store, { phase: 'SIT-CIT', role: 'ADS' })]);
    const union = [...new Set([...sds.rows, ...ads.rows].map((row) => row.requirement.id))].sort();
    expect(three.rows.map((row) => row.requirement.id)).toEqual(union);
    expect(union.length).toBeGreaterThan(0);
    // Every covering test case is one of the interval's.
    const inScope = new Set(ids(three.orphanTestCases));
    expect(three.rows.flatMap((row) => row.executions.map((e) => e.testCase.id)).every((tc) => inScope.has(tc))).toBe(true);
  });

  it('narrows to the interval of LSS and the others in interval 1', async () => {
    // Interval 1 enters DIP, VAS, LSS, MDS: of the CIT cases only the LSS ones.
    const one = await rttm(store, { interval: 'SIT-CIT-INTERVAL-1' });
    expect(ids(one.orphanTestCases)).toEqual(['TC-CIT-002-01', 'TC-CIT-002-02']);
    // It enters roles only: nothing to explain.
    expect(one.scope.notes).toEqual([]);
  });

  it('scopes an interval entering a system by the roles the system serves, and says so', async () => {
    // Interval 2 enters MPRS only; MPRS serves REGISTRATION: the CIT cases naming REGISTRATION
    // (003-01, 003-02, 003-03, 004-01, 004-02) and the requirements applying to it, as REGISTRATION's own RTTM has them.
    const two = await rttm(store, { interval: 'SIT-CIT-INTERVAL-2' });
    expect(ids(two.orphanTestCases)).toEqual(['TC-CIT-003-01', 'TC-CIT-003-02', 'TC-CIT-003-03', 'TC-CIT-004-01', 'TC-CIT-004-02']);
    const registration = await rttm(store, { phase: 'SIT-CIT', role: 'REGISTRATION' });
    expect(two.rows.map((row) => row.requirement.id)).toEqual(registration.rows.map((row) => row.requirement.id));
    expect(two.rows.length).toBeGreaterThan(0);
    expect(two.scope.notes).toEqual(['SIT-CIT-INTERVAL-2 enters the system MPRS: scoped by the role it serves, REGISTRATION']);
  });

  it('explains the empty matrix of an interval whose system serves no role', async () => {
    const model = await shippedModel();
    const serves = model.edges.filter((edge) => edge.type === 'SERVES' && edge.from === 'MPRS');
    expect(serves.map((edge) => edge.to)).toEqual(['REGISTRATION']);
    const without = scopedStore(createMemoryStore(editModel(model, { dropEdges: serves })), BASELINE);
    const two = await rttm(without, { interval: 'SIT-CIT-INTERVAL-2' });
    expect([two.rows.length, two.orphanTestCases.length]).toEqual([0, 0]);
    expect(two.scope.notes).toEqual([
      'SIT-CIT-INTERVAL-2 enters the system MPRS, which serves no role in the model: it scopes nothing (requirements and test cases name roles, not systems)',
      'SIT-CIT-INTERVAL-2 brings no role into testing: no requirement and no test case is in scope',
    ]);
  });

  it('rejects another phase beside the interval, and what is no interval', async () => {
    await expect(rttm(store, { phase: 'SIT-FUNCTIONAL', interval: 'SIT-CIT-INTERVAL-3' })).rejects.toThrow(/is of SIT-CIT: give that phase or none/);
    expect(ids((await rttm(store, { phase: 'SIT-CIT', interval: 'SIT-CIT-INTERVAL-3' })).scope.phases)).toEqual(['SIT-CIT']);
    await expect(rttm(store, { interval: 'SIT-CIT' })).rejects.toThrow(BadInputError);
    await expect(rttm(store, { interval: 'SIT-CIT-INTERVAL-9' })).rejects.toThrow(NotFoundError);
  });
});
