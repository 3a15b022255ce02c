/**
 * The Neo4j store answers every GraphStore call exactly as the memory store does, on the full
 * model: every node, every kind listed whole and page by page, search, every filterable
 * property, every node's neighbours over every hop. The domain and API contracts check meaning
 * (on the small fixture); this checks the port itself, exhaustively.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel, PropertyValue } from '../../src/model/design-model.js';
import { KINDS, NODE_KINDS, type NodeKind } from '../../src/model/kinds.js';
import { loadModel } from '../../src/model/load.js';
import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';
import { relationshipFieldsOf } from '../../src/graphql/relationship-fields.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { Neo4jStore } from '../../src/store/neo4j/store.js';
import { changedElementHopsFrom, impactHopsFrom } from '../../src/domain/impact-rules.js';
import { traceHopsFrom } from '../../src/domain/trace-rules.js';
import { byCodeUnits, byId, byTypeDirectionId } from '../../src/store/order.js';
import type { GraphStore, Hop, HopRule, PropertyFilter, Reach, ReachQuery } from '../../src/store/port.js';
import { seededNeo4jStore } from '../support/neo4j.js';
import { mapInBatches } from '../support/map-in-batches.js';
import { expectSameJson } from '../support/same-json.js';

const ALL_HOPS: Hop[] = RELATIONSHIP_TYPES.flatMap((type) => [
  { type, direction: 'OUT' as const },
  { type, direction: 'IN' as const },
]);

/** Filters that match something, and some that cannot, for every property a kind can be filtered on. */
function filtersFor(model: DesignModel, kind: NodeKind): PropertyFilter[] {
  const ofKind = model.nodes.filter((n) => n.kind === kind);
  const keys = ['name', 'description', 'example', ...Object.keys(KINDS[kind].properties)];
  const present = keys.flatMap((key) => {
    const value: PropertyValue | undefined = ofKind.find((n) => n.props[key] !== undefined)?.props[key];
    const wanted = Array.isArray(value) ? value[0] : value;
    return typeof wanted === 'string' || typeof wanted === 'number' || typeof wanted === 'boolean' ? [{ [key]: wanted }] : [];
  });
  return [...present, { name: 'no such name' }, { id: ofKind[0]?.id ?? 'X' }, { source: 'x' }, { undeclared: 'x' }];
}

describe('the Neo4j store answers port calls like the memory store on the full model', () => {
  let model: DesignModel;
  let memory: GraphStore;
  let neo4j: Neo4jStore;

  beforeAll(async () => {
    model = await loadModel('model');
    memory = createMemoryStore(model);
    neo4j = await seededNeo4jStore(model);
  });
  afterAll(() => neo4j?.close());

  const both = async <T>(call: (store: GraphStore) => Promise<T>) => {
    expectSameJson(await call(neo4j), await call(memory));
  };
  const all = <T>(items: readonly T[], check: (item: T) => Promise<unknown>) => mapInBatches(items, 8, check);

  it('returns every node by id, null for unknown ids, aligned with repeated ids', async () => {
    const ids = model.nodes.map((n) => n.id);
    await both((s) => s.nodes([...ids, 'NOPE-404', ids[0]!, ids[0]!]));
    await both((s) => s.nodes([]));
  });

  it('lists every kind whole and page by page, with the same totals and hasNextPage', async () => {
    for (const kind of NODE_KINDS) {
      await both((s) => s.list({ kind }, { first: Number.MAX_SAFE_INTEGER }));
      await both((s) => s.list({ kind }, { first: 0 }));
      await both((s) => s.list({ kind }, { first: -1 }));
      const { items } = await memory.list({ kind }, { first: 10_000 });
      // Pages of 5 after every fifth id, and after an id between two existing ones.
      const afters = [...items.filter((_, i) => i % 5 === 4).map((n) => n.id), `${items[0]?.id ?? ''}~`];
      await all(afters, (after) => both((s) => s.list({ kind }, { first: 5, after })));
    }
  });

  it('searches id and name case-insensitively', async () => {
    const searches = ['', 'a', 'IF-0', 'Supplier', '%', 'zzz-not-there'];
    await all(NODE_KINDS.flatMap((kind) => searches.map((search) => ({ kind, search }))), (query) => both((s) => s.list(query, { first: 50 })));
  });

  it('filters on every property: scalars by equality, lists by membership, unknown keys match nothing', async () => {
    await all(NODE_KINDS.flatMap((kind) => filtersFor(model, kind).map((where) => ({ kind, where }))), (query) => both((s) => s.list(query, { first: 50 })));
  });

  it('gives every node its neighbours over every hop, in (type, direction, id) order', async () => {
    const ids = [...model.nodes.map((n) => n.id), 'NOPE-404'];
    await both((s) => s.neighbours(ids, ALL_HOPS));
    await all(ALL_HOPS, (hop) => both((s) => s.neighbours(ids, [hop])));
    await both((s) => s.neighbours(ids, []));
  });

  it('expands every node over trees of hops with the elements reached, each level as neighbours gives it', async () => {
    const ids = [...model.nodes.map((n) => n.id), 'NOPE-404'];
    const flat = ALL_HOPS.map((hop) => ({ hop, then: [] }));
    // Three levels: every hop, back the other way, and out again (every hop below every hop would be huge).
    const back = (hop: Hop): Hop => ({ type: hop.type, direction: hop.direction === 'OUT' ? 'IN' : 'OUT' });
    const deep = ALL_HOPS.map((hop) => ({ hop, then: [{ hop: back(hop), then: [{ hop, then: [] }] }] }));
    await both((s) => s.expand(ids, flat));
    await both((s) => s.expand(ids, deep));
    await both((s) => s.expand(ids, []));
    const expanded = await neo4j.expand(ids, flat);
    const asNeighbours = expanded.map((perTree) => perTree.flatMap((list) => list.map(({ node: _, then: __, ...neighbour }) => neighbour)).sort(byTypeDirectionId));
    expectSameJson(asNeighbours, await neo4j.neighbours(ids, ALL_HOPS));
  });

  it('looks nodes up and lists pages with the trees below them, each as nodes, list and expand give them', async () => {
    const ids = [...model.nodes.map((n) => n.id), 'NOPE-404', model.nodes[0]!.id];
    // An interface's relationship fields one level down, and a selection three levels deep (every
    // hop of the model in one statement takes Neo4j seconds to plan, per kind listed).
    const trees = [
      ...relationshipFieldsOf('Interface').map(({ type, direction }) => ({ hop: { type, direction }, then: [] })),
      { hop: { type: 'VERIFIES', direction: 'IN' }, then: [{ hop: { type: 'IN_SCENARIO', direction: 'OUT' }, then: [{ hop: { type: 'IN_PHASE', direction: 'OUT' }, then: [] }] }] },
    ] as const;
    await both((s) => s.expandNodes(ids, trees));
    await both((s) => s.expandNodes(ids, []));
    const looked = await neo4j.expandNodes(ids, trees);
    expectSameJson(looked.map((e) => e?.node ?? null), await neo4j.nodes(ids));
    expectSameJson(looked.map((e) => e?.then ?? trees.map(() => [])), await neo4j.expand(ids, trees));
    await all(['Interface', 'Requirement', 'Role', 'TestCase'] as const, async (kind) => {
      await both((s) => s.expandList({ kind }, { first: 7 }, trees));
      await both((s) => s.expandList({ kind, search: 'a' }, { first: 3, after: 'B' }, trees));
      const page = await neo4j.expandList({ kind, search: 'a' }, { first: 3 }, trees);
      expectSameJson({ ...page, items: page.items.map((e) => e.node) }, await neo4j.list({ kind, search: 'a' }, { first: 3 }));
    });
  });

  it('reaches from every node what a walk by the trace and impact rules sees, in and out of a design scope', async () => {
    const ids = [...model.nodes.map((n) => n.id), 'NOPE-404'];
    const comparable = ({ start, nodes, neighbours }: Reach) => ({
      start,
      nodes: [...nodes.values()].sort(byId),
      neighbours: [...neighbours].sort(([a], [b]) => byCodeUnits(a, b)),
    });
    const impact: HopRule = (kind, arrival) => (arrival ? impactHopsFrom(kind) : changedElementHopsFrom(kind));
    const requests: ReachQuery[] = [
      ...[1, 3].map((maxDepth) => ({ start: ids, maxDepth, hopsFrom: traceHopsFrom })),
      { start: ids, maxDepth: 4, hopsFrom: impact },
      { start: ids, maxDepth: 4, hopsFrom: impact, scope: { includeProposed: ['CR023'] } },
      { start: ['NOPE-404'], maxDepth: 2, hopsFrom: impact },
    ];
    await all(requests, async (request) => expectSameJson(comparable(await neo4j.reach(request)), comparable(await memory.reach(request))));
    // One element at a time too: a pair (element, rule) met from one start is not skipped for another.
    await all(model.nodes.filter((_, i) => i % 7 === 0), async ({ id }) => {
      const request = { start: [id], maxDepth: 6, hopsFrom: traceHopsFrom };
      expectSameJson(comparable(await neo4j.reach(request)), comparable(await memory.reach(request)));
    });
  });

  it('reports the seeded model hash and node count in health', async () => {
    const [h, m] = [await neo4j.health(), await memory.health()];
    expect(h).toMatchObject({ store: 'neo4j', ok: true, modelHash: m.modelHash, nodeCount: m.nodeCount });
  });
});
