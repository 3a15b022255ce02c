/**
 * The Cypher the store and the seed send, without a server: names only from the allowlists, the
 * statement shapes pinned (a change in query shape shows up in review), and values converted
 * for Neo4j and back without loss.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BadInputError, SeedFailedError } from '../../src/errors.js';
import type { DesignModel, ModelNode } from '../../src/model/design-model.js';
import { labelOf, propertyMatches, relationshipTypeOf } from '../../src/store/neo4j/cypher.js';
import { fingerprintOf } from '../../src/model/fingerprint.js';
import { graphNodeOf, nodePropertiesOf, toSafeNumber } from '../../src/store/neo4j/properties.js';
import { expandQuery, listQuery, neighboursQuery, nodesQuery } from '../../src/store/neo4j/read-queries.js';
import { planSeed } from '../../src/store/neo4j/seed-plan.js';

const location = { file: 'test', line: 1, col: 1 };
const phase: ModelNode = {
  id: 'SIT-FUNCTIONAL',
  kind: 'TestPhase',
  props: {
    name: 'SIT Functional',
    source: { paper: '001_d1f968c49c57fad5.txt', section: 'Testing' },
    startDate: '2024-01',
    entryIntervals: [{ number: 1, systems: ['ADS', 'SDS'] }],
  },
  location,
};
const step: ModelNode = { id: 'MHHSP-BP001-S01', kind: 'ProcessStep', props: { name: 'Send', sequence: 1, example: 'x' }, location };
const role: ModelNode = { id: 'ADS', kind: 'Role', props: { name: 'ADS', category: 'CENTRAL_SERVICE', codeBodies: ['BSC'], example: 'x' }, location };

describe('names in Cypher', () => {
  it('writes only the model’s labels and relationship types, quoted', () => {
    expect(labelOf('Requirement')).toBe('`Requirement`');
    expect(relationshipTypeOf('REALISED_BY')).toBe('`REALISED_BY`');
    expect(() => labelOf('Requirement) DETACH DELETE (n')).toThrow(BadInputError);
    expect(() => labelOf('ModelMeta')).toThrow(/not a node kind/);
    expect(() => relationshipTypeOf('KNOWS]->() DELETE x//')).toThrow(/not a relationship type/);
  });

  it('matches list properties by membership and scalars by equality; an undeclared key matches nothing', () => {
    expect(propertyMatches('Role', 'codeBodies', 'n', 'w0')).toBe('$w0 IN n.`codeBodies`');
    expect(propertyMatches('Role', 'category', 'n', 'w0')).toBe('n.`category` = $w0');
    expect(propertyMatches('Role', 'name', 'n', 'w0')).toBe('n.`name` = $w0');
    for (const key of ['id', 'source', 'mechanism', 'constructor', 'x` = 1 OR true //']) {
      expect(propertyMatches('Role', key, 'n', 'w0')).toBe('false');
    }
  });
});

/** How every read statement begins. */
const CURRENT = 'MATCH (current:ModelMeta)\nWITH current.generation AS generation';

describe('read statements', () => {
  it('fetch nodes by id in one statement, of the current generation only', () => {
    expect(nodesQuery(['A', 'B', 'A'])).toEqual({
      text: `${CURRENT}\nUNWIND $ids AS id\nMATCH (n:Node {id: id, _generation: generation})\nRETURN n.id AS id, n.kind AS kind, n._props AS props`,
      params: { ids: ['A', 'B'] },
    });
  });

  it('list a page and the total in one statement, with filters as parameters', () => {
    const query = listQuery(
      { kind: 'Role', search: 'Data', where: { codeBodies: 'BSC', category: 'CENTRAL_SERVICE' }, scope: { includeProposed: ['CR027'] } },
      { first: 10, after: 'ADS' },
    );
    expect(query.text).toBe(`${CURRENT}
MATCH (n:\`Role\` {_generation: generation})
WHERE (toLower(n.id) CONTAINS $search OR toLower(n.name) CONTAINS $search)
  AND ($scope IS NULL OR NOT coalesce((n.proposedChange = 'ADD' AND NOT n.proposedBy IN $scope) OR (n.proposedChange = 'REMOVE' AND n.proposedBy IN $scope), false))
  AND $where0 IN n.\`codeBodies\`
  AND n.\`category\` = $where1
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS totalCount, [m IN matched WHERE $after IS NULL OR m.id > $after] AS following
RETURN totalCount, size(following) > $first AS hasNextPage,
  [m IN following[..$first] | [m.id, m.kind, m._props, []]] AS page`);
    expect(query.params).toEqual({ search: 'data', scope: ['CR027'], after: 'ADS', first: neo4j.int(10), where0: 'BSC', where1: 'CENTRAL_SERVICE' });
  });

  it('clamp page sizes to what a Cypher list slice takes', () => {
    expect(listQuery({ kind: 'Role' }, { first: Number.MAX_SAFE_INTEGER }).params.first).toEqual(neo4j.int(2 ** 31 - 2));
    expect(listQuery({ kind: 'Role' }, { first: -5 }).params.first).toEqual(neo4j.int(0));
  });

  const coverage = [
    { hop: { type: 'VERIFIES', direction: 'IN' }, then: [{ hop: { type: 'IN_SCENARIO', direction: 'OUT' }, then: [] }] },
    { hop: { type: 'APPLIES_TO', direction: 'OUT' }, then: [] },
  ] as const;
  const coverageOf = (n: string) => `[
  [(${n})<-[r0:\`VERIFIES\`]-(m0:Node) | [m0.id, m0.kind, r0._meta, m0._props, [[(m0)-[r1:\`IN_SCENARIO\`]->(m1:Node) | [m1.id, m1.kind, r1._meta, m1._props, []]]]]],
  [(${n})-[r2:\`APPLIES_TO\`]->(m2:Node) | [m2.id, m2.kind, r2._meta, m2._props, []]]
]`;

  it('list a page with the selection below its elements in the same statement', () => {
    expect(listQuery({ kind: 'Requirement' }, { first: 50 }, coverage).text).toBe(`${CURRENT}
MATCH (n:\`Requirement\` {_generation: generation})
WHERE ($scope IS NULL OR NOT coalesce((n.proposedChange = 'ADD' AND NOT n.proposedBy IN $scope) OR (n.proposedChange = 'REMOVE' AND n.proposedBy IN $scope), false))
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS totalCount, [m IN matched WHERE $after IS NULL OR m.id > $after] AS following
RETURN totalCount, size(following) > $first AS hasNextPage,
  [m IN following[..$first] | [m.id, m.kind, m._props, ${coverageOf('m')}]] AS page`);
  });

  it('look elements up by id with the selection below them in the same statement', () => {
    expect(nodesQuery(['BRS007-FR-001'], coverage)).toEqual({
      text: `${CURRENT}\nUNWIND $ids AS id\nMATCH (n:Node {id: id, _generation: generation})\nRETURN n.id AS id, n.kind AS kind, n._props AS props, ${coverageOf('n')} AS trees`,
      params: { ids: ['BRS007-FR-001'] },
    });
  });

  it('read the neighbours of many ids over many hops in one statement, each node looked up once, one branch per direction', () => {
    const hops = [
      { type: 'VERIFIES', direction: 'IN' },
      { type: 'FROM', direction: 'OUT' },
      { type: 'TO', direction: 'OUT' },
      { type: 'FROM', direction: 'OUT' },
    ] as const;
    const statement = (fields: string) => `${CURRENT}
UNWIND $ids AS id
MATCH (n:Node {id: id, _generation: generation})
CALL (n) {
  MATCH (n)-[r:\`FROM\`|\`TO\`]->(m:Node)
  RETURN type(r) AS type, 'OUT' AS direction, m, r._meta AS meta
  UNION ALL
  MATCH (n)<-[r:\`VERIFIES\`]-(m:Node)
  RETURN type(r) AS type, 'IN' AS direction, m, r._meta AS meta
}
RETURN id, collect([${fields}]) AS neighbours`;
    expect(neighboursQuery(['IF-021', 'IF-021', 'ADS'], hops)).toEqual({
      text: statement('type, direction, m.id, m.kind, meta'),
      params: { ids: ['IF-021', 'ADS'] },
    });
    expect(neighboursQuery(['ADS'], [])).toBeNull();
    expect(neighboursQuery([], [{ type: 'TO', direction: 'IN' }])).toBeNull();
    expect(() => neighboursQuery(['ADS'], [{ type: 'KNOWS' as 'TO', direction: 'IN' }])).toThrow(BadInputError);
  });

  it('read a whole selection below many ids in one statement: each level a nested pattern comprehension', () => {
    const trees = [
      { hop: { type: 'VERIFIES', direction: 'IN' }, then: [{ hop: { type: 'IN_SCENARIO', direction: 'OUT' }, then: [{ hop: { type: 'IN_PHASE', direction: 'OUT' }, then: [] }] }] },
      { hop: { type: 'APPLIES_TO', direction: 'OUT' }, then: [] },
    ] as const;
    expect(expandQuery(['BRS007-FR-001', 'BRS007-FR-002', 'BRS007-FR-001'], trees)).toEqual({
      text: `${CURRENT}
UNWIND $ids AS id
MATCH (n:Node {id: id, _generation: generation})
RETURN id, [
  [(n)<-[r0:\`VERIFIES\`]-(m0:Node) | [m0.id, m0.kind, r0._meta, m0._props, [[(m0)-[r1:\`IN_SCENARIO\`]->(m1:Node) | [m1.id, m1.kind, r1._meta, m1._props, [[(m1)-[r2:\`IN_PHASE\`]->(m2:Node) | [m2.id, m2.kind, r2._meta, m2._props, []]]]]]]]],
  [(n)-[r3:\`APPLIES_TO\`]->(m3:Node) | [m3.id, m3.kind, r3._meta, m3._props, []]]
] AS trees`,
      params: { ids: ['BRS007-FR-001', 'BRS007-FR-002'] },
    });
    expect(expandQuery(['ADS'], [])).toBeNull();
    expect(expandQuery([], trees)).toBeNull();
    expect(() => expandQuery(['ADS'], [{ hop: { type: 'KNOWS' as 'TO', direction: 'IN' }, then: [] }])).toThrow(BadInputError);
  });
});

describe('element properties in Neo4j', () => {
  it('stores scalars and lists as properties, whole numbers as integers, nested values only in the JSON', () => {
    expect(nodePropertiesOf(phase)).toEqual({
      name: 'SIT Functional',
      startDate: '2024-01',
      id: 'SIT-FUNCTIONAL',
      kind: 'TestPhase',
      fingerprint: fingerprintOf(phase),
      _props: JSON.stringify(phase.props),
    });
    expect(nodePropertiesOf(step).sequence).toEqual(neo4j.int(1));
    expect(nodePropertiesOf(role).codeBodies).toEqual(['BSC']);
  });

  it('rebuilds the element exactly, key order included', () => {
    const stored = nodePropertiesOf(phase);
    const node = graphNodeOf(phase.id, phase.kind, stored._props as string);
    expect(JSON.stringify(node)).toBe(JSON.stringify({ id: phase.id, kind: phase.kind, props: phase.props }));
    expect(() => graphNodeOf('X', 'Person', '{}')).toThrow(/not a node kind/);
  });

  it('converts Neo4j integers to numbers only when no precision is lost', () => {
    expect(toSafeNumber(neo4j.int(42))).toBe(42);
    expect(toSafeNumber(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeNumber(neo4j.int('9007199254740992'))).toThrow(RangeError);
  });
});

describe('the seed plan', () => {
  const provenance = { state: 'EXAMPLE', note: 'plan', inherited: true } as const;
  const model: DesignModel = {
    nodes: [phase, step, role],
    edges: [
      { type: 'PERFORMED_BY', from: step.id, to: role.id, provenance },
      { type: 'PERFORMED_BY', from: step.id, to: role.id, provenance },
    ],
    hash: 'h',
  };

  it('writes one statement for every kind and one for every type, in batches of the generation, each relationship once', () => {
    const plan = planSeed(model, 2);
    expect(plan.batches.map((b) => [b.step, b.text, b.rows.map((r) => ('kind' in r ? r.kind : r.type))])).toEqual([
      ['nodes', 'UNWIND $rows AS row\nCREATE (n:Node:$(row.kind))\nSET n = row, n._generation = $generation', ['ProcessStep', 'Role']],
      ['nodes', 'UNWIND $rows AS row\nCREATE (n:Node:$(row.kind))\nSET n = row, n._generation = $generation', ['TestPhase']],
      [
        'relationships',
        'UNWIND $rows AS row\nMATCH (a:Node {id: row.from, _generation: $generation}), (b:Node {id: row.to, _generation: $generation})\n' +
          'CREATE (a)-[r:$(row.type) {provenance: row.props.provenance, provenanceInherited: row.props.provenanceInherited, ' +
          'provenancePaper: row.props.provenancePaper, provenanceSection: row.props.provenanceSection, provenanceNote: row.props.provenanceNote, ' +
          'proposedBy: row.props.proposedBy, proposedChange: row.props.proposedChange, _meta: row.props._meta, _seedHash: row.props._seedHash}]->(b)',
        ['PERFORMED_BY'],
      ],
    ]);
    expect(plan.counts).toEqual({ nodes: 3, relationships: 1, byKind: { ProcessStep: 1, Role: 1, TestPhase: 1 }, byType: { PERFORMED_BY: 1 } });
  });

  it('refuses what it could not write faithfully', () => {
    expect(() => planSeed({ ...model, edges: [{ type: 'PERFORMED_BY', from: step.id, to: 'NOBODY', provenance }] })).toThrow(SeedFailedError);
    expect(() => planSeed({ ...model, nodes: [{ ...role, kind: 'Person' as 'Role' }] })).toThrow(BadInputError);
    expect(() => planSeed(model, 0)).toThrow(/batch size/);
  });
});
