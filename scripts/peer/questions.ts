/**
 * The user questions of the peer benchmark, each asked three ways — this API, `@neo4j/graphql`
 * with the same graph's type definitions (the peer), and one hand-written Cypher statement (the
 * floor) — with a function per way that reduces its answer to the same canonical content, so
 * that the benchmark can check the three agree before timing them.
 */
import neo4j from 'neo4j-driver';
import { impactHopsFrom } from '../../src/domain/impact-rules.js';
import { hopKey } from '../../src/store/hop-key.js';
import type { NodeKind } from '../../src/model/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../../src/model/relationships.js';
import { relationshipFieldsOf } from '../../src/graphql/relationship-fields.js';
import { peerSelection } from './type-defs.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked by comparing canonical forms

export interface GraphQLRequest {
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

export interface Question {
  readonly name: string;
  readonly ours: GraphQLRequest;
  readonly peer: GraphQLRequest;
  readonly floor: { readonly cypher: string; readonly params: Readonly<Record<string, unknown>> };
  readonly fromOurs: (data: Json) => unknown;
  readonly fromPeer: (data: Json) => unknown;
  /** From the floor statement's rows (`record.toObject()`, or the same as JSON from the floor's HTTP endpoint). */
  readonly fromFloor: (rows: readonly Json[]) => unknown;
  /** What the peer's query cannot say, and what its client does instead. */
  readonly peerNote: string;
}

const sorted = <T>(items: Iterable<T>): T[] => [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const ids = (items: readonly { id: string }[] | null | undefined): string[] => sorted((items ?? []).map((i) => i.id).filter(Boolean));

// ─── 1. An element by id with its relationships both ways ────────────────────────────────────

const ELEMENT = 'IF-021';
const ELEMENT_KIND: NodeKind = 'Interface';
const ELEMENT_FIELDS = relationshipFieldsOf(ELEMENT_KIND);

const elementContent = (id: string, name: string, byField: Readonly<Record<string, string[]>>) => ({
  id,
  name,
  ...Object.fromEntries(ELEMENT_FIELDS.map((f) => [f.name, sorted(byField[f.name] ?? [])])),
});
const listOf = (value: Json): Json[] => (value == null ? [] : Array.isArray(value) ? value : [value]);

const elementById: Question = {
  name: 'element by id with its relationships both ways',
  ours: { query: `query ($id: ID!) { interface(id: $id) { id name ${ELEMENT_FIELDS.map((f) => `${f.name} { id }`).join(' ')} } }`, variables: { id: ELEMENT } },
  peer: {
    query: `query ($id: ID!) { interfaces(where: { id: { eq: $id } }) { id name ${ELEMENT_FIELDS.map((f) => `${f.name} ${peerSelection(f)}`).join(' ')} } }`,
    variables: { id: ELEMENT },
  },
  floor: {
    cypher: `MATCH (n:${ELEMENT_KIND} {id: $id})
RETURN n.id AS id, n.name AS name, [(n)-[r]->(m) | [type(r), 'OUT', m.id]] + [(n)<-[r]-(m) | [type(r), 'IN', m.id]] AS relationships`,
    params: { id: ELEMENT },
  },
  fromOurs: ({ interface: n }) => elementContent(n.id, n.name, Object.fromEntries(ELEMENT_FIELDS.map((f) => [f.name, listOf(n[f.name]).map((m) => m.id)]))),
  fromPeer: ({ interfaces: [n] }) => elementContent(n.id, n.name, Object.fromEntries(ELEMENT_FIELDS.map((f) => [f.name, listOf(n[f.name]).map((m) => m.id)]))),
  fromFloor: (rows) => {
    const [row] = rows;
    const byField: Record<string, string[]> = {};
    for (const [type, direction, other] of row.relationships as [string, string, string][]) {
      const field = ELEMENT_FIELDS.find((f) => f.type === type && f.direction === direction)!;
      (byField[field.name] ??= []).push(other);
    }
    return elementContent(row.id, row.name, byField);
  },
  peerNote: 'expressible as one nested query',
};

// ─── 2. A page of requirements with their verifying test cases, scenarios and phases ─────────

const PAGE = 50;
type PageRow = { id: string; verifiedBy: { id: string; scenario: string; phase: string }[] };
const pageContent = (items: PageRow[]) =>
  items.map((r) => ({ id: r.id, verifiedBy: sorted(r.verifiedBy.map(({ id, scenario, phase }) => ({ id, scenario, phase }))) }));

const requirementsPage: Question = {
  name: `page of ${PAGE} requirements with test cases, scenarios, phases`,
  ours: {
    query: `query ($first: Int!) { requirements(first: $first) { edges { node { id verifiedBy { id scenario { id phase { id } } } } } } }`,
    variables: { first: PAGE },
  },
  peer: {
    query: `query ($first: Int!) { requirements(limit: $first, sort: [{ id: ASC }]) { id verifiedBy { id scenario { id phase { id } } } } }`,
    variables: { first: PAGE },
  },
  floor: {
    cypher: `MATCH (r:Requirement) WITH r ORDER BY r.id LIMIT $first
RETURN r.id AS id, [(r)<-[:VERIFIES]-(tc:TestCase)-[:IN_SCENARIO]->(s:TestScenario)-[:IN_PHASE]->(p:TestPhase) | {id: tc.id, scenario: s.id, phase: p.id}] AS verifiedBy`,
    params: { first: neo4j.int(PAGE) },
  },
  fromOurs: (data) =>
    pageContent(
      data.requirements.edges.map(({ node }: Json) => ({
        id: node.id,
        verifiedBy: node.verifiedBy.map((tc: Json) => ({ id: tc.id, scenario: tc.scenario.id, phase: tc.scenario.phase.id })),
      })),
    ),
  fromPeer: (data) =>
    pageContent(
      data.requirements.map((r: Json) => ({
        id: r.id,
        verifiedBy: r.verifiedBy.map((tc: Json) => ({ id: tc.id, scenario: tc.scenario[0].id, phase: tc.scenario[0].phase[0].id })),
      })),
    ),
  fromFloor: (rows) => pageContent([...rows]),
  peerNote: 'expressible as one nested query',
};

// ─── 3. RTTM SIT-FUNCTIONAL × ADS ────────────────────────────────────────────────────────────

const PHASE = 'SIT-FUNCTIONAL';
const ROLE = 'ADS';
type RttmRow = { requirement: string; status: string; direct: string[]; via: string[] };
const rttmContent = (items: RttmRow[]) => sorted(items.map((r) => ({ ...r, direct: sorted(r.direct), via: sorted(r.via) })));
const statusOf = (direct: readonly unknown[], via: readonly unknown[]) => (direct.length > 0 ? 'DIRECT' : via.length > 0 ? 'VIA_INTERFACE' : 'NONE');

const rttm: Question = {
  name: `RTTM ${PHASE} × ${ROLE}`,
  ours: {
    query: `query ($phase: ID, $role: ID) { rttm(phase: $phase, role: $role) { rows { requirement { id } status directTestCases { id } viaInterface { testCase { id } interface { id } } } } }`,
    variables: { phase: PHASE, role: ROLE },
  },
  peer: {
    query: `query ($role: ID!) {
  requirements(where: { appliesTo: { some: { OR: [{ id: { eq: $role } }, { partOf: { some: { id: { eq: $role } } } }] } } }, sort: [{ id: ASC }]) {
    id
    verifiedBy { id scenario { phase { id } } }
    realisedBy { ... on Interface { id exercisedBy { id scenario { phase { id } } } } }
  }
}`,
    variables: { role: ROLE },
  },
  floor: {
    // docs/neo4j.md's RTTM query.
    cypher: `MATCH (phase:TestPhase {id: $phase})
MATCH (req:Requirement)-[:APPLIES_TO]->(:Role)-[:PART_OF*0..10]->(:Role {id: $role})
WITH DISTINCT phase, req
OPTIONAL MATCH (req)<-[:VERIFIES]-(direct:TestCase)-[:IN_SCENARIO]->(:TestScenario)-[:IN_PHASE]->(phase)
WITH phase, req, collect(DISTINCT direct.id) AS verifiedBy
OPTIONAL MATCH (req)-[:REALISED_BY]->(if:Interface)<-[:EXERCISES]-(via:TestCase)-[:IN_SCENARIO]->(:TestScenario)-[:IN_PHASE]->(phase)
RETURN req.id AS requirement, verifiedBy, collect(DISTINCT via.id + ' via ' + if.id) AS viaInterface`,
    params: { phase: PHASE, role: ROLE },
  },
  fromOurs: (data) =>
    rttmContent(
      data.rttm.rows.map((r: Json) => ({
        requirement: r.requirement.id,
        status: r.status,
        direct: r.directTestCases.map((tc: Json) => tc.id),
        via: r.viaInterface.map((v: Json) => `${v.testCase.id} via ${v.interface.id}`),
      })),
    ),
  // The client's part: keep the test cases of the phase, pair them with interfaces, decide the status.
  fromPeer: (data) =>
    rttmContent(
      data.requirements.map((r: Json) => {
        const inPhase = (tc: Json) => tc.scenario.some((s: Json) => s.phase.some((p: Json) => p.id === PHASE));
        const direct = [...new Set<string>(r.verifiedBy.filter(inPhase).map((tc: Json) => tc.id))];
        const via = [
          ...new Set<string>(
            r.realisedBy.filter((i: Json) => i.id).flatMap((i: Json) => i.exercisedBy.filter(inPhase).map((tc: Json) => `${tc.id} via ${i.id}`)),
          ),
        ];
        return { requirement: r.id, status: statusOf(direct, via), direct, via };
      }),
    ),
  fromFloor: (rows) =>
    rttmContent(
      rows.map((r) => ({ requirement: r.requirement, status: statusOf(r.verifiedBy, r.viaInterface), direct: r.verifiedBy, via: r.viaInterface })),
    ),
  peerNote:
    "no role hierarchy of any depth (the filter spells out one level of PART_OF, all the model has) and no coverage status: the client filters the phase's test cases, pairs them with interfaces and decides DIRECT / VIA_INTERFACE / NONE",
};

// ─── 4. Trace a requirement to test cases ───────────────────────────────────────────────────

const TRACED = 'BRS008-FR-005';
const TRACE_DEPTH = 2;
type Reached = { id: string; depth: number };
const reachedContent = (items: Reached[]) => sorted(items);

/** Minimum depth per id, start elements and ids of other kinds left out. */
function minDepths(levels: readonly (readonly string[])[], start: readonly string[]): Reached[] {
  const seen = new Set(start);
  const out: Reached[] = [];
  levels.forEach((level, i) => {
    for (const id of new Set(level)) if (!seen.has(id)) (seen.add(id), out.push({ id, depth: i + 1 }));
  });
  return out;
}

const trace: Question = {
  name: 'trace requirement -> test cases',
  ours: {
    query: `query ($from: ID!, $depth: Int) { trace(from: $from, toKind: TestCase, maxDepth: $depth) { targets { depth node { id } } } }`,
    variables: { from: TRACED, depth: TRACE_DEPTH },
  },
  peer: {
    query: `query ($id: ID!) {
  requirements(where: { id: { eq: $id } }) {
    verifiedBy { id }
    realisedBy { ... on Interface { exercisedBy { id } } }
    derivesFrom { verifiedBy { id } }
    derived { verifiedBy { id } }
  }
}`,
    variables: { id: TRACED },
  },
  floor: {
    cypher: `MATCH (r:Requirement {id: $id})
CALL (r) {
  MATCH (r)<-[:VERIFIES]-(tc:TestCase) RETURN tc, 1 AS depth
  UNION ALL
  MATCH (r)-[:REALISED_BY]->(:Interface)<-[:EXERCISES]-(tc:TestCase) RETURN tc, 2 AS depth
  UNION ALL
  MATCH (r)-[:DERIVES_FROM]-(:Requirement)<-[:VERIFIES]-(tc:TestCase) RETURN tc, 2 AS depth
}
RETURN tc.id AS id, min(depth) AS depth`,
    params: { id: TRACED },
  },
  fromOurs: (data) => reachedContent(data.trace.targets.map((t: Json) => ({ id: t.node.id, depth: t.depth }))),
  fromPeer: ({ requirements: [r] }) =>
    reachedContent(
      minDepths(
        [
          r.verifiedBy.map((tc: Json) => tc.id),
          [
            ...r.realisedBy.flatMap((i: Json) => (i.exercisedBy ?? []).map((tc: Json) => tc.id)),
            ...[...r.derivesFrom, ...r.derived].flatMap((q: Json) => q.verifiedBy.map((tc: Json) => tc.id)),
          ],
        ],
        [TRACED],
      ),
    ),
  fromFloor: (rows) => reachedContent(rows.map((r) => ({ id: r.id, depth: Number(r.depth) }))),
  peerNote:
    'no trace rules: the query spells out, for this start kind and depth 2, the paths on which the rules reach test cases (verifiers; exercisers of realising interfaces; verifiers of derived and deriving requirements), and the client keeps each test case at its smallest depth; no paths',
};

// ─── 5. Impact of two interfaces at depth 2 ─────────────────────────────────────────────────

const CHANGED = ['IF-021', 'IF-041'];
const IMPACT_DEPTH = 2;

/** The relationship fields a change of `kind` travels along (impact-rules.ts). */
const impactFieldsOf = (kind: NodeKind) => {
  const hops = new Set(impactHopsFrom(kind).map(hopKey));
  return relationshipFieldsOf(kind).filter((f) => hops.has(hopKey(f)));
};

/** `depth` levels of impact fields below an element of `kind`, for the peer. */
const impactSelection = (kind: NodeKind, depth: number): string =>
  depth === 0 ? '' : impactFieldsOf(kind).map((f) => `${f.name} ${peerSelection(f, (k) => impactSelection(k, depth - 1))}`).join(' ');

/** The ids at each level of a peer answer shaped by `impactSelection`. */
function impactLevels(node: Json, kind: NodeKind, depth: number, levels: string[][], level = 0): void {
  if (level === depth) return;
  for (const f of impactFieldsOf(kind)) {
    for (const m of node[f.name] ?? []) {
      if (!m.id) continue;
      const mKind = kindOf(m, f.direction === 'IN' ? [RELATIONSHIPS[f.type].from] : RELATIONSHIPS[f.type].to);
      (levels[level] ??= []).push(m.id);
      impactLevels(m, mKind, depth, levels, level + 1);
    }
  }
}

/** The peer answers `__typename`-free: the kind of a union member is told by the fields the fragment selected, so ask for it. */
const kindOf = (m: Json, kinds: readonly NodeKind[]): NodeKind => (kinds.length === 1 ? kinds[0]! : (m.__typename as NodeKind));

const FORWARD = RELATIONSHIP_TYPES.filter((t) => ['FORWARD', 'BOTH'].includes(RELATIONSHIPS[t].impact));
const BACKWARD = RELATIONSHIP_TYPES.filter((t) => ['BACKWARD', 'BOTH'].includes(RELATIONSHIPS[t].impact));

const impact: Question = {
  name: `impact of ${CHANGED.join(' + ')} at depth ${IMPACT_DEPTH}`,
  ours: {
    query: `query ($changed: [ID!]!, $depth: Int) { impact(changed: $changed, maxDepth: $depth) { impacted { depth node { id } } } }`,
    variables: { changed: CHANGED, depth: IMPACT_DEPTH },
  },
  peer: {
    query: `query ($changed: [ID!]!) { interfaces(where: { id: { in: $changed } }) { id ${impactSelection('Interface', IMPACT_DEPTH).replaceAll('{ id', '{ __typename id')} } }`,
    variables: { changed: CHANGED },
  },
  floor: {
    // docs/neo4j.md's impact query, at depth 2.
    cypher: `MATCH (changed:Node) WHERE changed.id IN $changed
MATCH p = SHORTEST 1 (changed)(
  (a)-[r]-(b)
  WHERE (type(r) IN $forward AND startNode(r) = a) OR (type(r) IN $backward AND endNode(r) = a)
){1,${IMPACT_DEPTH}}(impacted)
WHERE NOT impacted.id IN $changed
RETURN impacted.id AS id, min(length(p)) AS depth`,
    params: { changed: CHANGED, forward: FORWARD, backward: BACKWARD },
  },
  fromOurs: (data) => reachedContent(data.impact.impacted.map((i: Json) => ({ id: i.node.id, depth: i.depth }))),
  fromPeer: (data) => {
    const levels: string[][] = [];
    for (const n of data.interfaces) impactLevels(n, 'Interface', IMPACT_DEPTH, levels);
    return reachedContent(minDepths(levels, CHANGED));
  },
  fromFloor: (rows) => reachedContent(rows.map((r) => ({ id: r.id, depth: Number(r.depth) }))),
  peerNote:
    'no walk: the query spells out every impact field of every kind level by level (its size grows with the depth; depth 6 is not practical), the client dedups and keeps each element at its smallest depth; no explaining paths',
};

export const QUESTIONS: readonly Question[] = [elementById, requirementsPage, rttm, trace, impact];
