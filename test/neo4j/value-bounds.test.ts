/**
 * The length bounds `validate` enforces (src/model/kinds.ts) are what Neo4j can hold: a model
 * with every value at its bound seeds and reads back whole, while a value past the range index's
 * key limit — which validate would refuse — is what Neo4j itself refuses.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel } from '../../src/model/design-model.js';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../src/model/kinds.js';
import { loadModel, loadModelOrProblems } from '../../src/model/load.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import { neo4jConfig, seededNeo4jStore, withDriver } from '../support/neo4j.js';

/** Three UTF-8 bytes in one UTF-16 unit: the most bytes a string of a given length can take. */
const wide = (length: number) => '€'.repeat(length);

describe('values at their length bounds in Neo4j', () => {
  let dir = '';
  const id = `A${'B'.repeat(MAX_ID_LENGTH - 1)}`;
  const role = (legacyRole: string) =>
    `roles:\n  - id: ${id}\n    name: "${wide(MAX_NAME_LENGTH)}"\n    description: "${wide(MAX_TEXT_LENGTH)}"\n` +
    `    category: TOM_SERVICE\n    legacyRole: "${legacyRole}"\n    example: "${wide(MAX_TEXT_LENGTH)}"\n`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-bounds-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('seeds and reads back a model whose ids, names, short texts and prose are as long as validate allows', async () => {
    await writeFile(join(dir, 'roles.yaml'), role(wide(MAX_NAME_LENGTH)));
    const model = await loadModel(dir);
    const store = await seededNeo4jStore(model);
    try {
      const [node] = await store.nodes([id]);
      expect(node?.props).toMatchObject({ name: wide(MAX_NAME_LENGTH), legacyRole: wide(MAX_NAME_LENGTH), description: wide(MAX_TEXT_LENGTH) });
    } finally {
      await store.close();
    }
  });

  it('refuses, in Neo4j, the indexed value validate refuses first', async () => {
    const tooLong = 'x'.repeat(9000);
    await writeFile(join(dir, 'roles.yaml'), role(tooLong));
    const result = await loadModelOrProblems(dir);
    expect('problems' in result && result.problems.map((p) => p.message)).toEqual([
      `Role.legacyRole: '${'x'.repeat(40)}…' is 9000 characters long; at most ${MAX_NAME_LENGTH}`,
    ]);
    // The same element, past validation, as a seed would write it.
    await writeFile(join(dir, 'roles.yaml'), role('short'));
    const valid = await loadModel(dir);
    const unchecked: DesignModel = {
      ...valid,
      nodes: valid.nodes.map((n) => ({ ...n, props: { ...n.props, legacyRole: tooLong } })),
      hash: `${valid.hash}-unchecked`,
    };
    const seeding = withDriver((driver) => seedNeo4j(driver, unchecked, { database: neo4jConfig().database }));
    await expect(seeding).rejects.toThrow(/too large to index/i);
  });
});
