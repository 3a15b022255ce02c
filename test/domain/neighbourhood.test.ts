import { beforeAll, describe, expect, it } from 'vitest';
import { neighbourhood } from '../../src/domain/neighbourhood.js';
import { BadInputError, NotFoundError } from '../../src/errors.js';
import { loadModel } from '../../src/model/load.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphStore } from '../../src/store/port.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';

describe('neighbourhood', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = createMemoryStore(await loadModel(SMALL_MODEL_DIR));
  });

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
    const ids = new Set(result.nodes.map((n) => n.node.id));
    expect(result.nodes.filter((n) => n.depth === 2).length).toBeGreaterThan(0);
    for (const edge of result.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    // The step sending IF-021 is performed by a role one hop from IF-021 as well.
    expect(result.edges.some((e) => e.type === 'PERFORMED_BY' && e.from === 'MHHSP-BP001-S03')).toBe(true);
  });

  it('stops at maxNodes, keeps no edge to an element left out, and says it is truncated', async () => {
    const result = await neighbourhood(store, { id: 'IF-021', depth: 2, maxNodes: 5 });
    expect(result.nodes).toHaveLength(5);
    expect(result.truncated).toBe(true);
    const ids = new Set(result.nodes.map((n) => n.node.id));
    for (const edge of result.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  });

  it('refuses an unknown element and a depth out of range', async () => {
    await expect(neighbourhood(store, { id: 'IF-999' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(neighbourhood(store, { id: 'IF-021', depth: 4 })).rejects.toBeInstanceOf(BadInputError);
    await expect(neighbourhood(store, { id: 'IF-021', maxNodes: 0 })).rejects.toBeInstanceOf(BadInputError);
  });
});
