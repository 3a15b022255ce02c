/**
 * A busy Neo4j is not a lost one: 300 GraphQL requests at once, over HTTP, on the full model —
 * several times more reads in flight than the driver's pool has connections — and every one is
 * answered, exactly as it is answered alone. (Neo4j lost under load is in faults.test.ts.)
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_ALIASES } from '../../src/graphql/limits/max-aliases.js';
import { loadModel } from '../../src/model/load.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { CONNECTION_POOL_SIZE } from '../../src/store/neo4j/read-slots.js';
import type { Neo4jStore } from '../../src/store/neo4j/store.js';
import type { GraphStore } from '../../src/store/port.js';
import { ImpactOfChangedElementsDocument, RequirementsWithCoverageDocument, RttmForPhaseAndRoleDocument, TraceDocument } from '../generated/graphql.js';
import { expectData, post } from '../graphql/support/http.js';
import { seededNeo4jStore } from '../support/neo4j.js';

const CONCURRENT_REQUESTS = 300;
/** Wide requests opening the burst: each holds dozens of reads in flight at once. */
const WIDE_OPENING = 20;

/** One request asking for many reads at once: as many lists as it may alias, each its own statement. */
const WIDE = `{ ${Array.from({ length: MAX_QUERY_ALIASES }, (_, i) => `r${i}: requirements(first: 10, search: "${i}") { totalCount edges { node { id } } }`).join(' ')} }`;

/** What the three user groups ask, each costing several reads, and a wide request. */
const REQUESTS = [
  { query: WIDE, variables: {} },
  { query: print(RequirementsWithCoverageDocument), variables: { first: 200 } },
  { query: print(RttmForPhaseAndRoleDocument), variables: {} },
  { query: '{ requirements(first: 200) { edges { node { id verifiedBy { id scenario { id phase { id } } } } } } }', variables: {} },
  { query: print(ImpactOfChangedElementsDocument), variables: { changed: ['IF-021', 'IF-041'] } },
  { query: print(TraceDocument), variables: { from: 'ADS', toKind: 'TestCase' } },
];

/** `store`, recording the most port calls it had in flight at once. */
function measuringInFlight(store: GraphStore): { store: GraphStore; peak: () => number } {
  let inFlight = 0;
  let peak = 0;
  const measured = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        peak = Math.max(peak, ++inFlight);
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          inFlight--;
        }
      };
    },
  });
  return { store: measured, peak: () => peak };
}

describe('Neo4j under concurrent load', () => {
  let neo4j: Neo4jStore;
  let measuring: ReturnType<typeof measuringInFlight>;
  let server: RunningServer;

  beforeAll(async () => {
    neo4j = await seededNeo4jStore(await loadModel('model'));
    measuring = measuringInFlight(neo4j);
    server = await startServer({ store: measuring.store, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await neo4j?.close();
  });

  it(`answers ${CONCURRENT_REQUESTS} concurrent requests, every one, each as it is answered alone`, async () => {
    // The burst opens with wide requests so that, however fast Neo4j answers, more reads are in
    // flight than the pool has connections; then the mix. A server that has answered nothing yet
    // is the hardest case, so the burst comes first.
    const burst = Array.from({ length: CONCURRENT_REQUESTS }, (_, i) =>
      i < WIDE_OPENING ? REQUESTS[0]! : REQUESTS[i % REQUESTS.length]!,
    );
    const started = performance.now();
    const answers = await Promise.all(burst.map(({ query, variables }) => post(server.url, query, variables)));
    const tookMs = Math.round(performance.now() - started);

    const alone = new Map<string, string>();
    for (const request of REQUESTS) alone.set(request.query, JSON.stringify(expectData(await post(server.url, request.query, request.variables))));
    for (const [i, answer] of answers.entries()) expect(JSON.stringify(expectData(answer))).toBe(alone.get(burst[i]!.query));
    expect(measuring.peak()).toBeGreaterThan(CONNECTION_POOL_SIZE);
    console.info(`${CONCURRENT_REQUESTS} concurrent requests answered in ${tookMs} ms, at most ${measuring.peak()} reads in flight`);
  });
});
