/**
 * The decisions query on a store, against the hand-written fixture in
 * test/fixtures/governance-model: which decisions a body took between two dates. Every store runs
 * it (test/domain/decisions.memory.test.ts and test/neo4j/decisions-contract.test.ts).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsTaken, type DecisionsInput } from '../../src/domain/decisions.js';
import { BadInputError, NotFoundError } from '../../src/errors.js';
import { sharedModel } from '../support/models.js';
import type { GraphStore } from '../../src/store/port.js';
import type { StoreFactory } from '../support/stores.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/governance-model', import.meta.url));

export function defineDecisionsContract(factory: StoreFactory): void {
  describe(`decisions taken, on the ${factory.name} store`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await factory.make(await sharedModel(FIXTURE));
    });
    afterAll(async () => {
      await store?.close();
    });
    const taken = async (input: DecisionsInput) => (await decisionsTaken(store, input)).map((d) => d.id);

    it('lists a body\'s decisions in a month in date order, a month-dated one first (its month starts before its days)', async () => {
      expect(await taken({ body: 'DAG', from: '2023-08-01', to: '2023-08-31' })).toEqual(['DEC-DAG-202308-01', 'DEC-DAG-20230809-01', 'DEC-DAG-20230809-02']);
    });

    it('reads a month as a bound for the whole month', async () => {
      expect(await taken({ body: 'DAG', from: '2023-08', to: '2023-08' })).toEqual(await taken({ body: 'DAG', from: '2023-08-01', to: '2023-08-31' }));
      expect(await taken({ body: 'DAG', to: '2023-07' })).toEqual(['DEC-DAG-20230731-01']);
    });

    it('includes both bounds, and a decision dated by month when its month overlaps the range', async () => {
      expect(await taken({ body: 'DAG', from: '2023-07-31', to: '2023-08-09' })).toEqual(['DEC-DAG-20230731-01', 'DEC-DAG-202308-01', 'DEC-DAG-20230809-01', 'DEC-DAG-20230809-02']);
      expect(await taken({ body: 'DAG', from: '2023-08-31' })).toEqual(['DEC-DAG-202308-01']);
    });

    it('lists every body\'s decisions without a body, and narrows them by outcome', async () => {
      expect(await taken({ from: '2023-08-01', to: '2023-08-01' })).toEqual(['DEC-DAG-202308-01', 'DEC-CHANGE-BOARD-20230801-01']);
      expect(await taken({ outcome: 'APPROVED' })).toEqual(['DEC-DAG-20230731-01', 'DEC-DAG-20230809-01']);
      expect(await taken({ body: 'SITWG' })).toEqual([]);
    });

    it('refuses an unknown body, an element that is not a body, a date that is not one, reversed bounds and an unknown outcome', async () => {
      await expect(decisionsTaken(store, { body: 'PSG' })).rejects.toThrow(NotFoundError);
      await expect(decisionsTaken(store, { body: 'CR024' })).rejects.toThrow(/'CR024' is a ChangeRequest, not a GovernanceGroup/);
      await expect(decisionsTaken(store, { from: '2023-02-30' })).rejects.toThrow(BadInputError);
      await expect(decisionsTaken(store, { from: '2023-09', to: '2023-08-31' })).rejects.toThrow(/from \(2023-09\) is after to \(2023-08-31\)/);
      await expect(decisionsTaken(store, { outcome: 'MAYBE' })).rejects.toThrow(/not a decision outcome/);
    });
  });
}
