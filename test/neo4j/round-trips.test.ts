/**
 * A GraphQL request costs Neo4j round-trips in proportion to its depth, never to the number of
 * results nor of relationship fields: one statement for the root field and all the
 * relationship fields below it — every type, direction and level. Each request is run on the full model and on the full model grown fourfold
 * (every requirement and test case copied three times, with its relationships), counting the
 * Cypher statements the store sends. Same counts, much bigger answers.
 */
import { print } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel, ModelNode } from '../../src/model/design-model.js';
import type { NodeKind } from '../../src/model/kinds.js';
import { createLogger } from '../../src/log.js';
import { loadModel } from '../../src/model/load.js';
import { relationshipFieldsOf } from '../../src/graphql/relationship-fields.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type { Neo4jStore } from '../../src/store/neo4j/store.js';
import { ImpactOfChangedElementsDocument, RequirementsWithCoverageDocument, RttmForPhaseAndRoleDocument, TraceDocument } from '../generated/graphql.js';
import { expectData, post } from '../graphql/support/http.js';
import { seededNeo4jStore } from '../support/neo4j.js';

const GROWN_KINDS: ReadonlySet<NodeKind> = new Set(['Requirement', 'TestCase']);

/** `model` with `copies` more of every requirement and test case, each copy wired like its original. */
function grown(model: DesignModel, copies: number): DesignModel {
  const grows = new Set(model.nodes.filter((n) => GROWN_KINDS.has(n.kind)).map((n) => n.id));
  const copy = (id: string, i: number) => (grows.has(id) ? `${id}-COPY${i}` : id);
  const rounds = Array.from({ length: copies }, (_, i) => i + 1);
  const nodes: ModelNode[] = [...model.nodes, ...rounds.flatMap((i) => model.nodes.filter((n) => grows.has(n.id)).map((n) => ({ ...n, id: copy(n.id, i) })))];
  const edges = [
    ...model.edges,
    ...rounds.flatMap((i) =>
      model.edges.filter((e) => grows.has(e.from) || grows.has(e.to)).map((e) => ({ ...e, from: copy(e.from, i), to: copy(e.to, i) })),
    ),
  ];
  return { nodes, edges, hash: `${model.hash}-grown-${copies}` };
}

/** Every relationship field of an Interface, both directions. */
const INTERFACE_FIELDS = relationshipFieldsOf('Interface').map((f) => `${f.name} { id }`).join(' ');

const REQUESTS = {
  'requirements (depth 1)': { query: '{ requirements(first: 200) { totalCount edges { node { id } } } }', variables: {} },
  'requirements with roles and test cases (depth 2)': { query: print(RequirementsWithCoverageDocument), variables: { first: 200 } },
  'requirements with test cases, scenarios and phases (depth 4)': {
    query: '{ requirements(first: 200) { edges { node { id verifiedBy { id scenario { id phase { id } } } } } } }',
    variables: {},
  },
  'element by id with its relationships both ways': {
    query: `{ node(id: "IF-021") { id ... on Interface { ${INTERFACE_FIELDS} } } }`,
    variables: {},
  },
  'RTTM for SIT Functional × ADS': { query: print(RttmForPhaseAndRoleDocument), variables: { phase: 'SIT-FUNCTIONAL', role: 'ADS' } },
  'RTTM of every requirement': { query: print(RttmForPhaseAndRoleDocument), variables: {} },
  'impact of IF-021 and IF-041': { query: print(ImpactOfChangedElementsDocument), variables: { changed: ['IF-021', 'IF-041'] } },
  'trace from ADS to test cases': { query: print(TraceDocument), variables: { from: 'ADS', toKind: 'TestCase' } },
} as const;
type RequestName = keyof typeof REQUESTS;

interface Measured {
  readonly roundTrips: number;
  readonly bytes: number;
}

/** Seeds `model`, runs every request once through the HTTP server, and counts each one's Cypher statements. */
async function measure(model: DesignModel): Promise<Record<RequestName, Measured>> {
  let statements = 0;
  const store: Neo4jStore = await seededNeo4jStore(model, () => void statements++);
  const server: RunningServer = await startServer({ store, port: 0, logger: createLogger({ level: 'error' }) });
  try {
    const measured = {} as Record<RequestName, Measured>;
    for (const [name, { query, variables }] of Object.entries(REQUESTS) as [RequestName, (typeof REQUESTS)[RequestName]][]) {
      statements = 0;
      const response = await post(server.url, query, variables);
      expectData(response);
      measured[name] = { roundTrips: statements, bytes: response.raw.length };
    }
    return measured;
  } finally {
    await server.close();
    await store.close();
  }
}

describe('Cypher round-trips per GraphQL request', () => {
  let base: Record<RequestName, Measured>;
  let big: Record<RequestName, Measured>;

  beforeAll(async () => {
    const model = await loadModel('model');
    base = await measure(model);
    big = await measure(grown(model, 3));
  });
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') console.info('round-trips (base / grown):', JSON.stringify({ base, big }));
  });

  it.each(Object.keys(REQUESTS) as RequestName[])('%s: the same number on a model four times as big', (name) => {
    expect(big[name].bytes).toBeGreaterThan(base[name].bytes * 1.5);
    expect(big[name].roundTrips).toBe(base[name].roundTrips);
  });

  it('are one statement for the root field and every relationship field below it, whatever their types, directions and depth', () => {
    expect(base['requirements (depth 1)'].roundTrips).toBe(1);
    // appliesTo (out) and verifiedBy (in) at one level.
    expect(base['requirements with roles and test cases (depth 2)'].roundTrips).toBe(1);
    expect(base['requirements with test cases, scenarios and phases (depth 4)'].roundTrips).toBe(1);
    expect(base['element by id with its relationships both ways'].roundTrips).toBe(1);
  });

  it('walk a trace or an impact in one statement, whatever its depth', () => {
    expect(base['impact of IF-021 and IF-041'].roundTrips).toBe(1);
    // The trace's walk is one statement; the elements its paths pass through (not targets, so not
    // in the walk's answer) are looked up by the GraphQL layer's loader: one more.
    expect(base['trace from ADS to test cases'].roundTrips).toBe(2);
  });

  it('build an RTTM for a phase and a role in one statement, beside the one naming the model', () => {
    expect(base['RTTM for SIT Functional × ADS'].roundTrips).toBe(2);
  });
});
