/**
 * docs/neo4j.md stays true: every Cypher example in it runs on the seeded full model and answers
 * what the domain queries answer, and its tables name every label and relationship type.
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeTrace } from '../../src/domain/code-trace.js';
import { impactOf } from '../../src/domain/impact.js';
import { rttm } from '../../src/domain/rttm.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { KINDS, NODE_KINDS } from '../../src/model/kinds.js';
import { loadModel } from '../../src/model/load.js';
import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import type { GraphStore } from '../../src/store/port.js';
import { neo4jConfig } from '../support/neo4j.js';

const DOC = 'docs/neo4j.md';
const EXAMPLE = /<!-- example: (\S+) -->\s*```cypher\n([\s\S]*?)```/g;

type Row = Record<string, unknown>;

describe(`the Cypher examples of ${DOC}`, () => {
  let doc: string;
  let examples: Map<string, string>;
  let model: DesignModel;
  let memory: GraphStore;
  let driver: Driver;
  const config = neo4jConfig();

  const run = async (name: string): Promise<Row[]> => {
    const cypher = examples.get(name);
    if (cypher === undefined) throw new Error(`${DOC} has no example '${name}'`);
    const { records } = await driver.executeQuery(cypher, {}, { database: config.database });
    return records.map((r) => r.toObject() as Row);
  };
  const reachedAsText = (rows: Row[]) => rows.map((r) => `${String(r.id)} @${String(r.depth)}`).sort();

  beforeAll(async () => {
    doc = await readFile(DOC, 'utf8');
    examples = new Map([...doc.matchAll(EXAMPLE)].map(([, name, cypher]) => [name!, cypher!]));
    model = await loadModel('model');
    memory = createMemoryStore(model);
    driver = createNeo4jDriver(config);
    await seedNeo4j(driver, model, { database: config.database });
  });
  afterAll(() => driver?.close());

  it('name every label with its properties and every relationship type, and have an example for each question checked here', () => {
    expect([...examples.keys()].sort()).toEqual([
      'code-trace-clauses',
      'code-trace-clauses-without-requirement',
      'code-trace-requirements-without-clause',
      'impact-of-change-request',
      'impact-of-changed-elements',
      'rttm',
    ]);
    for (const kind of NODE_KINDS) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${kind}\` |`));
      expect(row, `a table row for ${kind}`).toBeDefined();
      for (const property of Object.keys(KINDS[kind].properties)) expect(row, `${kind}.${property}`).toContain(`\`${property}\``);
    }
    for (const type of RELATIONSHIP_TYPES) expect(doc).toContain(`[:${type}]`);
  });

  it('impact of IF-021 and IF-041: every impacted element at its minimum depth, as the API answers', async () => {
    const expected = (await impactOf(memory, { changed: ['IF-021', 'IF-041'] })).impacted.map((r) => `${r.node.id} @${r.depth}`);
    expect(expected.length).toBeGreaterThan(20);
    expect(reachedAsText(await run('impact-of-changed-elements'))).toEqual(expected.sort());
  });

  it('impact of CR023: the walk from what it CHANGES, as the API answers', async () => {
    const expected = (await impactOf(memory, { changeRequest: 'CR023' })).impacted.map((r) => `${r.node.id} @${r.depth}`);
    expect(reachedAsText(await run('impact-of-change-request'))).toEqual(expected.sort());
  });

  it('RTTM for SIT Functional × ADS: the same rows, statuses and covering test cases', async () => {
    const expected = (await rttm(memory, { phase: 'SIT-FUNCTIONAL', role: 'ADS' })).rows.map((row) => ({
      requirement: row.requirement.id,
      status: row.status,
      verifiedBy: row.directTestCases.map((tc) => tc.id).sort(),
      viaInterface: row.viaInterface.map((via) => `${via.testCase.id} exercises ${via.interface.id}`).sort(),
    }));
    expect(expected.map((r) => r.status)).toEqual(expect.arrayContaining(['DIRECT', 'VIA_INTERFACE', 'NONE']));
    const rows = (await run('rttm')).map((r) => ({
      ...r,
      verifiedBy: [...(r.verifiedBy as string[])].sort(),
      viaInterface: [...(r.viaInterface as string[])].sort(),
    }));
    expect(rows).toEqual(expected);
  });

  it('BSC code trace: clauses with their requirements, and the gaps both ways', async () => {
    const expected = await codeTrace(memory, { code: 'BSC' });
    expect((await run('code-trace-clauses')).map((r) => [r.clause, r.requirements])).toEqual(
      expected.clauses.map((c) => [c.clause.id, c.requirements.map((r) => r.id)]),
    );
    expect((await run('code-trace-requirements-without-clause')).map((r) => r.requirement)).toEqual(
      expected.requirementsWithoutClause.map((r) => r.id),
    );
    expect((await run('code-trace-clauses-without-requirement')).map((r) => r.clause)).toEqual(
      expected.clausesWithoutRequirement.map((c) => c.id),
    );
    expect(expected.requirementsWithoutClause.length).toBeGreaterThan(0);
  });
});
