/**
 * The change-control contract: diff, impact of a diff, suspect links and fingerprints — through
 * the domain and through the API over HTTP — on a store built from the working tree of a real git
 * repository (test/change-control/history.ts) whose links were all reviewed at `ir4`. Every store
 * runs it (test/change-control/change-control.memory.test.ts and the Neo4j suite): diffs and
 * review states are computed above the port, so both must give these exact answers.
 */
import { BASELINE, scopedStore } from '../../src/store/design-scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffVersions } from '../../src/domain/baselines.js';
import { impactOfDiff } from '../../src/domain/impact-of-diff.js';
import { review } from '../../src/domain/review.js';
import { suspectLinks } from '../../src/domain/suspects.js';
import { fingerprintOf } from '../../src/model/fingerprint.js';
import { ModelHistory } from '../../src/model/history.js';
import { readReviewLock, writeReviewLock } from '../../src/model/reviews-lock.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { countingStore, type CountingStore } from '../../src/store/counting.js';
import { NODE_KINDS } from '../../src/model/kinds.js';
import { designHistory, type DesignHistory } from '../change-control/history.js';
import { DiffDocument, ImpactOfDiffDocument, SuspectLinksDocument } from '../generated/graphql.js';
import { expectData, expectErrorCode, post } from '../graphql/support/http.js';
import type { StoreFactory } from '../support/stores.js';

/** The links that depend on an element changed since ir4 (BRS007-FR-001, IF-031), in the order listed. */
export const SUSPECT_SINCE_IR4 = [
  'DEFINES BRS007 -> BRS007-FR-001',
  'DEFINES IFCAT -> IF-031',
  'SENDS MHHSP-BP001-S02 -> IF-031',
  'FROM IF-031 -> REG_SERVICE',
  'TO IF-031 -> ADS',
  'APPLIES_TO BRS007-FR-001 -> ADS',
  'DERIVES_FROM BRS007-FR-002 -> BRS007-FR-001',
  'VERIFIES TC-SITF-001-01 -> BRS007-FR-001',
  'CODIFIES BSC-C-3.2 -> BRS007-FR-001',
];

const link = (l: { relationship?: string; type?: string; from: { id: string }; to: { id: string } }) =>
  `${l.relationship ?? l.type} ${l.from.id} -> ${l.to.id}`;

export function defineChangeControlContract(factory: StoreFactory): void {
  describe(`change-control contract on the ${factory.name} store`, () => {
    let history: DesignHistory;
    let models: ModelHistory;
    let store: CountingStore;
    let server: RunningServer;

    beforeAll(async () => {
      history = await designHistory();
      models = new ModelHistory(history.repo.modelDir);
      const ir4 = createMemoryStore(await models.modelAt(history.commits.ir4, 'ir4'));
      const reviewedAtIr4 = await review(ir4, await readReviewLock(models.modelDir), { allValid: true });
      await writeReviewLock(models.modelDir, reviewedAtIr4.lock);
      store = countingStore(await factory.make(await models.workingTree()));
      server = await startServer({ store, port: 0, modelDir: models.modelDir });
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
      await history?.repo.remove();
    });

    it('diffs two releases through the API as the domain does, values as JSON text', async () => {
      const { diff } = expectData(await post(server.url, DiffDocument, { from: 'IR4', to: 'IR5' }));
      expect(diff.from).toEqual({ asked: 'IR4', ref: 'ir4', commit: history.commits.ir4 });
      expect(diff.totals).toEqual({ elementsAdded: 1, elementsRemoved: 1, elementsChanged: 2, relationshipsAdded: 2, relationshipsRemoved: 3, relationshipsChanged: 1 });
      expect(diff.byKind.find((d) => d.kind === 'Interface')?.changed).toEqual([{ node: { id: 'IF-031' }, fields: [{ field: 'tranche', oldValue: null, newValue: '2' }] }]);
      expect(diff.relationships.map((d) => d.relationship)).toEqual(['DEFINES', 'APPLIES_TO', 'REALISED_BY', 'EXERCISES', 'IN_SCENARIO']);
      expect(diff.relationships[2]!.changed).toEqual([
        { from: 'BRS007-FR-001', to: 'IF-021', fields: [{ field: 'provenance', oldValue: null, newValue: '{"state":"INFERRED","note":"the BRS names the interface"}' }] },
      ]);
      const domain = await diffVersions(store, models, { from: 'IR4', to: 'IR5' });
      const added = domain.byKind.find((d) => d.kind === 'Requirement')!.added[0]!;
      expect(diff.byKind.find((d) => d.kind === 'Requirement')?.added).toEqual([{ id: 'BRS007-FR-005', fingerprint: fingerprintOf(added) }]);
    });

    it('assesses the impact of a diff from every element it changed, each with its path', async () => {
      const domain = await impactOfDiff(scopedStore(store, BASELINE), models, { from: 'ir4', to: 'ir5', maxDepth: 1 });
      const changed = ['ADS', 'BRS007', 'BRS007-FR-001', 'BRS007-FR-003', 'BRS007-FR-005', 'IF-021', 'IF-031', 'SUPPLIER', 'TS-PIT-001'];
      expect(domain.impact.changed.map((n) => n.id)).toEqual(changed);
      const { impact } = expectData(await post(server.url, ImpactOfDiffDocument, { from: 'ir4', to: 'ir5', maxDepth: 1 }));
      expect(impact.changed.map((n) => n.id)).toEqual(changed);
      expect(impact.impacted.map((r) => `${r.node.id} @${r.depth}: ${r.path.explanation}`)).toEqual(
        domain.impact.impacted.map((r) => `${r.node.id} @${r.depth}: ${r.path.start}${r.path.hops.map((h) => (h.direction === 'OUT' ? ` -[:${h.type}]-> ${h.to}` : ` <-[:${h.type}]- ${h.to}`)).join('')}`),
      );
      expect(impact.impacted.map((r) => `${r.node.id}: ${r.path.explanation}`)).toEqual(expect.arrayContaining([
        'TC-SITF-001-01: BRS007-FR-001 <-[:VERIFIES]- TC-SITF-001-01',
        'BSC-C-3.2: BRS007-FR-001 <-[:CODIFIES]- BSC-C-3.2',
        'MHHSP-BP001-S02: IF-031 <-[:SENDS]- MHHSP-BP001-S02',
        'REG_SERVICE: IF-031 -[:FROM]-> REG_SERVICE',
      ]));
    });

    it('lists the links that depend on an element changed since their review, with the change', async () => {
      store.reset();
      // The baselined design's links, as the API and the CLI review them (proposals left out).
      const report = await suspectLinks(scopedStore(store, BASELINE), models, await readReviewLock(models.modelDir));
      expect(report.links.map(link)).toEqual(SUSPECT_SINCE_IR4);
      // Whatever the size of the model: one list per kind and one neighbours call.
      expect(store.roundTrips).toBe(NODE_KINDS.length + 1);
      expect(report.totals).toMatchObject({ suspect: 9, unreviewed: 2 });
      const { suspectLinks: api } = expectData(await post(server.url, SuspectLinksDocument, {}));
      expect(api.links.map(link)).toEqual(SUSPECT_SINCE_IR4);
      expect(api.totals).toEqual(report.totals);
      const verifies = api.links.find((l) => l.relationship === 'VERIFIES')!;
      expect(verifies).toMatchObject({ state: 'SUSPECT', dependsOn: 'TO', to: { id: 'BRS007-FR-001', fingerprint: report.links[7]!.fingerprints.to } });
      expect(verifies.reviewed?.to).not.toBe(verifies.to.fingerprint);
      expect(verifies.changed).toEqual([
        {
          end: 'TO',
          fields: [
            { field: 'name', oldValue: '"Send consumption data"', newValue: '"Send validated consumption data"' },
            {
              field: 'text',
              oldValue: '"The Advanced Data Service shall send consumption data to the Supplier."',
              newValue: '"The Advanced Data Service shall send validated consumption data to the Supplier."',
            },
          ],
        },
      ]);
      const tests = expectData(await post(server.url, SuspectLinksDocument, { kind: 'TestCase' })).suspectLinks;
      expect(tests.links.map(link)).toEqual(['VERIFIES TC-SITF-001-01 -> BRS007-FR-001']);
      const unreviewed = expectData(await post(server.url, SuspectLinksDocument, { state: 'UNREVIEWED' })).suspectLinks;
      expect(unreviewed.links.map(link)).toEqual(['DEFINES BRS007 -> BRS007-FR-005', 'APPLIES_TO BRS007-FR-005 -> ADS']);
      expect(unreviewed.links[0]!.reviewed).toBeNull();
    });

    it("shows each relationship edge's review state, null where no change propagates", async () => {
      const query = `{ requirement(id: "BRS007-FR-001") { relationships { type direction node { id } reviewState } }
                       fr5: requirement(id: "BRS007-FR-005") { relationships(types: [APPLIES_TO]) { node { id } reviewState } } }`;
      const data = expectData(await post<{ requirement: { relationships: { type: string; direction: string; node: { id: string }; reviewState: string | null }[] }; fr5: { relationships: unknown[] } }, never>(server.url, query));
      expect(data.requirement.relationships.map((e) => `${e.type} ${e.direction} ${e.node.id}: ${e.reviewState}`)).toEqual([
        'APPLIES_TO OUT ADS: SUSPECT',
        'CHANGES IN CR027: null',
        'CODIFIES IN BSC-C-3.2: SUSPECT',
        'DEFINES IN BRS007: SUSPECT',
        'DERIVES_FROM IN BRS007-FR-002: SUSPECT',
        'GUIDED_BY OUT DP-01: null',
        'REALISED_BY OUT IF-021: VALID',
        'VERIFIES IN TC-SITF-001-01: SUSPECT',
      ]);
      expect(data.fr5.relationships).toEqual([{ node: { id: 'ADS' }, reviewState: 'UNREVIEWED' }]);
    });

    it('answers a bad version, or more than one start for impact, with a coded error', async () => {
      expectErrorCode(await post(server.url, '{ impact(diff: {from: "ir4"}, changed: ["IF-021"]) { maxDepth } }'), 'BAD_USER_INPUT');
      expectErrorCode(await post(server.url, DiffDocument, { from: 'no-such-ref' }), 'BAD_USER_INPUT');
      expectErrorCode(await post(server.url, DiffDocument, { from: 'broken' }), 'INVALID_MODEL');
    });
  });
}
