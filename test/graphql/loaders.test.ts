/** Per-request loaders: one per request context, batching a level's ids into one store call. */
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/graphql/context.js';
import { loadersFor } from '../../src/graphql/loaders.js';
import { toNodeSource } from '../../src/graphql/node-source.js';
import { silentLogger } from '../../src/log.js';
import { loadModel } from '../../src/model/load.js';
import { countingStore } from '../../src/store/counting.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';

describe('per-request loaders', () => {
  it('are shared within a request and fresh for the next one', async () => {
    const store = createMemoryStore(await loadModel(SMALL_MODEL_DIR));
    const request: ApiContext = { store, logger: silentLogger };
    const next: ApiContext = { store, logger: silentLogger };
    expect(loadersFor(request)).toBe(loadersFor(request));
    expect(loadersFor(request).neighbours('APPLIES_TO', 'OUT')).toBe(loadersFor(request).neighbours('APPLIES_TO', 'OUT'));
    expect(loadersFor(next)).not.toBe(loadersFor(request));
  });

  it('batch the ids of one tick into one store call per relationship and direction', async () => {
    const store = countingStore(createMemoryStore(await loadModel(SMALL_MODEL_DIR)));
    const loaders = loadersFor({ store, logger: silentLogger });
    const [applies, verified] = await Promise.all([
      Promise.all(['BRS007-FR-001', 'BRS007-FR-003'].map((id) => loaders.neighbours('APPLIES_TO', 'OUT').load(id))),
      Promise.all(['BRS007-FR-001', 'BRS007-FR-004'].map((id) => loaders.neighbours('VERIFIES', 'IN').load(id))),
    ]);
    expect(applies.map((ns) => ns.map((n) => n.id))).toEqual([['ADS'], ['ADS', 'SUPPLIER']]);
    expect(verified.map((ns) => ns.map((n) => n.id))).toEqual([['TC-SITF-001-01'], ['TC-PIT-001-01']]);
    expect(store.roundTrips).toBe(2);
    const nodes = await Promise.all(['ADS', 'NO-SUCH-ID', 'SUPPLIER'].map((id) => loaders.node.load(id)));
    expect(nodes.map((n) => n?.id ?? null)).toEqual(['ADS', null, 'SUPPLIER']);
    expect(store.roundTrips).toBe(3);
  });
});

describe('node source', () => {
  it('flattens properties and tells a paper fact from an example', () => {
    const fact = toNodeSource({
      id: 'IF-021',
      kind: 'Interface',
      props: { name: 'Consumption data', mechanism: 'DIP', source: { paper: '002_7b18836af3686f9f.txt', section: 'Interfaces' } },
    });
    expect(fact).toEqual({
      id: 'IF-021',
      kind: 'Interface',
      name: 'Consumption data',
      mechanism: 'DIP',
      description: null,
      provenance: { paper: '002_7b18836af3686f9f.txt', paperTitle: 'End to End Walkthrough One (MHHS-DEL561), 8 August 2022', section: 'Interfaces' },
      isExample: false,
      exampleNote: null,
    });
    const example = toNodeSource({ id: 'DI-001', kind: 'DataItem', props: { name: 'MPAN', example: 'Illustrative.' } });
    expect(example).toMatchObject({ provenance: null, isExample: true, exampleNote: 'Illustrative.' });
  });
});
