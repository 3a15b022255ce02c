/**
 * The domain queries cost a number of store round-trips that depends on the depth of the query,
 * never on the number of elements: each query is run on the small model and on the same model
 * grown by many requirements, test cases and clauses, through a store that records its calls.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { codeTrace } from '../../src/domain/code-trace.js';
import { impactHopsFrom } from '../../src/domain/impact-rules.js';
import { impactOf } from '../../src/domain/impact.js';
import { roleView } from '../../src/domain/role-view.js';
import { rttm } from '../../src/domain/rttm.js';
import { trace } from '../../src/domain/trace.js';
import { walk } from '../../src/domain/walk.js';
import type { DesignModel, ModelEdge, ModelNode } from '../../src/model/design-model.js';
import { sharedModel } from '../support/models.js';
import type { NodeKind } from '../../src/model/kinds.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphStore } from '../../src/store/port.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';

interface Call {
  readonly method: 'nodes' | 'expandNodes' | 'list' | 'expandList' | 'neighbours' | 'expand' | 'search' | 'reach';
  readonly ids: readonly string[];
}

/** A store that records each batch call with the ids it asks about (the product's counting store only counts). */
function recordingStore(store: GraphStore): { store: GraphStore; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    store: {
      name: store.name,
      nodes: (ids) => (calls.push({ method: 'nodes', ids }), store.nodes(ids)),
      expandNodes: (ids, trees) => (calls.push({ method: 'expandNodes', ids }), store.expandNodes(ids, trees)),
      list: (query, page) => (calls.push({ method: 'list', ids: [] }), store.list(query, page)),
      expandList: (query, page, trees) => (calls.push({ method: 'expandList', ids: [] }), store.expandList(query, page, trees)),
      neighbours: (ids, hops) => (calls.push({ method: 'neighbours', ids }), store.neighbours(ids, hops)),
      expand: (ids, hops) => (calls.push({ method: 'expand', ids }), store.expand(ids, hops)),
      search: (query, first) => (calls.push({ method: 'search', ids: [] }), store.search(query, first)),
      // A reach is asked about its start elements and answers with many more: it records those.
      reach: async (query) => {
        const call = { method: 'reach' as const, ids: [...query.start] };
        calls.push(call);
        const reach = await store.reach(query);
        call.ids.push(...[...reach.nodes.keys()].filter((id) => !query.start.includes(id)));
        return reach;
      },
      health: () => store.health(),
      close: () => store.close(),
    },
  };
}

/**
 * The small model plus `n` BRS007 requirements realised by IF-021 and applying to ADS, each
 * verified by a SIT Functional test case and codified by a BSC clause.
 */
function grown(model: DesignModel, n: number): DesignModel {
  const nodes: ModelNode[] = [];
  const edges: ModelEdge[] = [];
  const location = { file: 'grown', line: 1, col: 1 };
  const provenance = { state: 'EXAMPLE', note: 'grown', inherited: true } as const;
  for (let i = 100; i < 100 + n; i++) {
    const [requirement, testCase, clause] = [`BRS999-FR-${i}`, `TC-GROWN-${i}`, `BSC-G-${i}`];
    nodes.push(
      { id: requirement, kind: 'Requirement', props: { name: requirement, text: 'Grown.', category: 'FUNCTIONAL', example: 'grown' }, location },
      { id: testCase, kind: 'TestCase', props: { name: testCase, example: 'grown' }, location },
      { id: clause, kind: 'CodeClause', props: { name: clause, code: 'BSC', document: 'BSC', clause: String(i), example: 'grown' }, location },
    );
    edges.push(
      { type: 'REALISED_BY', from: requirement, to: 'IF-021', provenance } ,
      { type: 'APPLIES_TO', from: requirement, to: 'ADS', provenance } ,
      { type: 'DEFINES', from: 'BRS007', to: requirement, provenance } ,
      { type: 'VERIFIES', from: testCase, to: requirement, provenance } ,
      { type: 'IN_SCENARIO', from: testCase, to: 'TS-SITF-001', provenance } ,
      { type: 'CODIFIES', from: clause, to: requirement, provenance } ,
    );
  }
  return { nodes: [...model.nodes, ...nodes], edges: [...model.edges, ...edges], hash: `${model.hash}+${n}` };
}

describe('store round-trips', () => {
  let small: DesignModel;
  let large: DesignModel;
  beforeAll(async () => {
    small = await sharedModel(SMALL_MODEL_DIR);
    large = grown(small, 50);
  });

  it('walks in one reach call, whatever its depth, and finds the same elements at every depth', async () => {
    // From IF-021 the impact walk has three levels of new elements (see the impact contract).
    const start = [{ id: 'IF-021', kind: 'Interface' as const }];
    const hopsFrom = (kind: NodeKind) => impactHopsFrom(kind);
    const deep = recordingStore(createMemoryStore(small));
    const visits = await walk(deep.store, { start, maxDepth: 6, hopsFrom });
    expect(deep.calls.map((call) => [call.method, call.ids[0]])).toEqual([['reach', 'IF-021']]);
    expect(Math.max(...visits.map((visit) => visit.depth))).toBe(3);

    const shallow = recordingStore(createMemoryStore(small));
    const near = await walk(shallow.store, { start, maxDepth: 2, hopsFrom });
    expect(shallow.calls).toHaveLength(1);
    expect(near).toEqual(visits.filter((visit) => visit.depth <= 2));
  });

  const queries: Record<string, (store: GraphStore) => Promise<unknown>> = {
    'impact of CR023': (store) => impactOf(store, { changeRequest: 'CR023' }),
    'trace FR-001 to test cases': (store) => trace(store, { from: 'BRS007-FR-001', toKind: 'TestCase', maxDepth: 6 }),
    'RTTM of everything': (store) => rttm(store, {}),
    'RTTM of SIT Functional for ADS': (store) => rttm(store, { phase: 'SIT-FUNCTIONAL', role: 'ADS' }),
    'RTTM of BRS007 for ADS': (store) => rttm(store, { artefact: 'BRS007', role: 'ADS' }),
    'RTTM of what release IR5 changes': (store) => rttm(store, { release: 'IR5' }),
    'role view of ADS': (store) => roleView(store, 'ADS'),
    'code trace of BSC': (store) => codeTrace(store, { code: 'BSC' }),
  };

  for (const [name, query] of Object.entries(queries)) {
    it(`${name} costs as many round-trips on a model grown by 150 elements`, async () => {
      const [before, after] = [recordingStore(createMemoryStore(small)), recordingStore(createMemoryStore(large))];
      await query(before.store);
      await query(after.store);
      expect(after.calls.length).toBe(before.calls.length);
      // The grown elements are really in the answers' reach: more ids travel in the same calls.
      expect(after.calls.flatMap((call) => call.ids).length).toBeGreaterThan(before.calls.flatMap((call) => call.ids).length);
    });
  }
});
