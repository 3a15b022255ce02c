/**
 * The ADS role view on the shipped model (model/), pinned: what an Advanced Data Service
 * qualifying participant is told to build and pass. IF-041 is sent by ADS's own step
 * MHHSP-BP005-S06 (the catalogue names no sender); TC-CIT-001-02 ("SDS sends IF-021") and the
 * SDS SIT Functional cases exercise IF-021, which ADS also sends, but name SDS as their role;
 * and the Registration Service's PIT test is not the Supplier's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { roleView } from '../../src/domain/role-view.js';
import { shippedModel } from '../support/models.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphStore } from '../../src/store/port.js';

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('the role view on the shipped model', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = createMemoryStore(await shippedModel());
  });

  it('tells ADS what it sends, from the interface catalogue and from its own process steps', async () => {
    const ads = await roleView(store, 'ADS');
    expect(ids(ads.sends)).toEqual(['IF-021', 'IF-034', 'IF-041']);
    expect(ads.sendsBecause.find((s) => s.node.id === 'IF-041')?.because).toEqual(['ADS <-[:PERFORMED_BY]- MHHSP-BP005-S06 -[:SENDS]-> IF-041']);
    expect(ids(ads.receives)).toEqual(['IF-033']);
  });

  it("lists only the test cases ADS takes part in, each saying why", async () => {
    const ads = await roleView(store, 'ADS');
    expect(ads.testCasesByPhase.map((g) => [g.phase.id, ids(g.testCases)])).toEqual([
      ['PIT', ['TC-PIT-ADS-001-01', 'TC-PIT-ADS-001-02', 'TC-PIT-ADS-001-03']],
      ['SIT-CIT', ['TC-CIT-001-01', 'TC-CIT-001-03', 'TC-CIT-003-02']],
      ['SIT-FUNCTIONAL', ['TC-SITF-001-01', 'TC-SITF-001-02', 'TC-SITF-001-03', 'TC-SITF-001-04', 'TC-SITF-004-01', 'TC-SITF-005-02']],
    ]);
    const all = ads.testCasesByPhase.flatMap((g) => g.checklist);
    expect(ids(all.map((e) => e.testCase))).not.toContain('TC-CIT-001-02');
    expect(all.every((e) => e.because.length > 0 && e.because.every((path) => path.startsWith('ADS <-[:INVOLVES]- ')))).toBe(true);
  });

  it("does not give the Supplier the Registration Service's test", async () => {
    const supplier = await roleView(store, 'SUPPLIER', { phase: 'PIT' });
    expect(ids(supplier.testCasesByPhase[0]!.testCases)).not.toContain('TC-PIT-REG-001-01');
    const registration = await roleView(store, 'REGISTRATION', { phase: 'PIT' });
    expect(ids(registration.testCasesByPhase[0]!.testCases)).toEqual(['TC-PIT-REG-001-01', 'TC-PIT-REG-001-02']);
  });
});
