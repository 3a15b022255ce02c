/** Per-request loaders: one per request context, batching a level's relationship fields into one store call. */
import { fingerprintOf } from '../../src/model/fingerprint.js';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/graphql/context.js';
import { loadersFor } from '../../src/graphql/loaders.js';
import { SCOPE, toNodeSource } from '../../src/graphql/node-source.js';
import { BASELINE } from '../../src/store/design-scope.js';
import { silentLogger } from '../../src/log.js';
import { sharedModel } from '../support/models.js';
import { countingStore } from '../../src/store/counting.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';

describe('per-request loaders', () => {
  it('are shared within a request and fresh for the next one', async () => {
    const store = createMemoryStore(await sharedModel(SMALL_MODEL_DIR));
    const request: ApiContext = { store, logger: silentLogger };
    const next: ApiContext = { store, logger: silentLogger };
    expect(loadersFor(request)).toBe(loadersFor(request));
    expect(loadersFor(next)).not.toBe(loadersFor(request));
  });

  it('batch every relationship field of one level into one store call, and serve the elements it reached from it', async () => {
    const store = countingStore(createMemoryStore(await sharedModel(SMALL_MODEL_DIR)));
    const loaders = loadersFor({ store, logger: silentLogger });
    const appliesTo = { type: 'APPLIES_TO', direction: 'OUT' } as const;
    const verifiedBy = { type: 'VERIFIES', direction: 'IN' } as const;
    const [applies, verified] = await Promise.all([
      Promise.all(['BRS007-FR-001', 'BRS007-FR-003'].map((id) => loaders.neighbours.load({ id, hop: appliesTo }))),
      // A resolver reaching its field a few awaits later still joins the level's batch.
      (async () => {
        for (let i = 0; i < 5; i++) await Promise.resolve();
        return Promise.all(['BRS007-FR-001', 'BRS007-FR-004'].map((id) => loaders.neighbours.load({ id, hop: verifiedBy })));
      })(),
    ]);
    expect(applies.map((ns) => ns.map((n) => n.id))).toEqual([['ADS'], ['ADS', 'SUPPLIER']]);
    expect(verified.map((ns) => ns.map((n) => n.id))).toEqual([['TC-SITF-001-01'], ['TC-PIT-001-01']]);
    expect(verified[0]![0]!.node).toMatchObject({ id: 'TC-SITF-001-01', kind: 'TestCase' });
    expect(store.roundTrips).toBe(1);
    const nodes = await Promise.all(['ADS', 'SUPPLIER', 'TC-PIT-001-01'].map((id) => loaders.node.load({ id })));
    expect(nodes.map((n) => n?.id ?? null)).toEqual(['ADS', 'SUPPLIER', 'TC-PIT-001-01']);
    expect(store.roundTrips).toBe(1);
    const more = await Promise.all(['BRS007-FR-001', 'NO-SUCH-ID'].map((id) => loaders.node.load({ id })));
    expect(more.map((n) => n?.id ?? null)).toEqual(['BRS007-FR-001', null]);
    expect(store.roundTrips).toBe(2);
  });
});

describe('per-request loaders with the tree below', () => {
  it('fetch the levels below a hop in the same store call and answer them from the cache', async () => {
    const store = countingStore(createMemoryStore(await sharedModel(SMALL_MODEL_DIR)));
    const loaders = loadersFor({ store, logger: silentLogger });
    const verifiedBy = { type: 'VERIFIES', direction: 'IN' } as const;
    const scenario = { type: 'IN_SCENARIO', direction: 'OUT' } as const;
    const phase = { type: 'IN_PHASE', direction: 'OUT' } as const;
    const [testCase] = await loaders.neighbours.load({ id: 'BRS007-FR-001', hop: verifiedBy, then: [{ hop: scenario, then: [{ hop: phase, then: [] }] }] });
    expect(testCase!.id).toBe('TC-SITF-001-01');
    const [scenarioOfIt] = await loaders.neighbours.load({ id: testCase!.id, hop: scenario });
    const [phaseOfIt] = await loaders.neighbours.load({ id: scenarioOfIt!.id, hop: phase });
    expect([scenarioOfIt!.id, phaseOfIt!.node.id]).toEqual(['TS-SITF-001', 'SIT-FUNCTIONAL']);
    expect((await loaders.node.load({ id: 'SIT-FUNCTIONAL' }))?.kind).toBe('TestPhase');
    expect(store.roundTrips).toBe(1);
    // A hop the tree did not cover is a call of its own.
    await loaders.neighbours.load({ id: testCase!.id, hop: { type: 'EXERCISES', direction: 'OUT' } });
    expect(store.roundTrips).toBe(2);
  });
});

describe('node source', () => {
  it('flattens properties and tells a paper fact from an example and an inference', () => {
    const node = {
      id: 'IF-021',
      kind: 'Interface',
      props: { name: 'Consumption data', mechanism: 'DIP', source: { paper: '002_7b18836af3686f9f.txt', section: 'Interfaces' } },
    } as const;
    const fact = toNodeSource(node);
    expect(fact).toEqual({
      id: 'IF-021',
      kind: 'Interface',
      name: 'Consumption data',
      mechanism: 'DIP',
      description: null,
      provenance: { paper: '002_7b18836af3686f9f.txt', paperTitle: 'End to End Walkthrough One (MHHS-DEL561), 8 August 2022', section: 'Interfaces' },
      provenanceState: 'SOURCE',
      isExample: false,
      exampleNote: null,
      inferredReason: null,
      proposedBy: null,
      fingerprint: fingerprintOf(node),
      [SCOPE]: BASELINE,
    });
    const example = toNodeSource({ id: 'DI-001', kind: 'DataItem', props: { name: 'MPAN', example: 'Illustrative.' } });
    expect(example).toMatchObject({ provenance: null, provenanceState: 'EXAMPLE', isExample: true, exampleNote: 'Illustrative.' });
    const inferred = toNodeSource({
      id: 'IR6',
      kind: 'DesignRelease',
      props: { name: 'Interim Release 6', inferred: 'from the numbering', proposedBy: { cr: 'CR027', change: 'MODIFY' } },
    });
    expect(inferred).toMatchObject({
      provenance: null,
      provenanceState: 'INFERRED',
      isExample: false,
      inferredReason: 'from the numbering',
      proposedBy: { changeRequest: 'CR027', change: 'MODIFY', note: null },
    });
  });
});
