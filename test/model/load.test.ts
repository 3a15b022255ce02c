/**
 * A valid model loads into the DesignModel the stores are built from: one node per element with
 * its own properties, one edge per reference plus the edges the file layout implies (DEFINES
 * from `definedBy`, HAS_STEP from nesting), and a content hash.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidModelError } from '../../src/errors.js';
import { loadModel } from '../../src/model/load.js';

const VALID = fileURLToPath(new URL('../fixtures/valid-mini', import.meta.url));
const BROKEN = fileURLToPath(new URL('../fixtures/broken/missing-reference', import.meta.url));

describe('loading a valid model', () => {
  it('makes one node per element, nested steps included, sorted by id', async () => {
    const { nodes } = await loadModel(VALID);
    expect(nodes.map((n) => [n.id, n.kind])).toEqual([
      ['ADS', 'Role'],
      ['BP001', 'Artefact'],
      ['BRS007', 'Artefact'],
      ['BRS007-FR-001', 'Requirement'],
      ['BRS007-FR-002', 'Requirement'],
      ['IF-021', 'Interface'],
      ['MHHSP-BP001', 'BusinessProcess'],
      ['MHHSP-BP001-S01', 'ProcessStep'],
      ['SUPPLIER', 'Role'],
    ]);
  });

  it('keeps the common and kind properties, not references or nested steps', async () => {
    const { nodes } = await loadModel(VALID);
    const process = nodes.find((n) => n.id === 'MHHSP-BP001');
    expect(process?.props).toEqual({
      name: 'Change of Supplier',
      walkthroughTheme: 'Change of Supplier',
      constituencies: ['Suppliers', 'Agents'],
      source: { paper: '002_7b18836af3686f9f.txt', section: 'Business processes walkthrough table' },
    });
    const step = nodes.find((n) => n.id === 'MHHSP-BP001-S01');
    expect(step?.props).toEqual({ name: 'Supplier sends registration data', sequence: 1, example: 'Illustrative step.' });
  });

  it('records where each element is written', async () => {
    const { nodes } = await loadModel(VALID);
    const file = relative(process.cwd(), join(VALID, 'processes/bp001.yaml')).split('\\').join('/');
    expect(nodes.find((n) => n.id === 'MHHSP-BP001-S01')?.location).toEqual({ file, line: 10, col: 9 });
  });

  it('makes an edge per reference, plus DEFINES from definedBy and HAS_STEP from nesting, sorted', async () => {
    const { edges } = await loadModel(VALID);
    expect(edges.map((e) => `${e.type} ${e.from} -> ${e.to}`)).toEqual([
      'APPLIES_TO BRS007-FR-001 -> ADS',
      'DEFINES BP001 -> MHHSP-BP001',
      'DEFINES BP001 -> MHHSP-BP001-S01',
      'DEFINES BRS007 -> BRS007-FR-001',
      'DEFINES BRS007 -> BRS007-FR-002',
      'DERIVES_FROM BRS007-FR-002 -> BRS007-FR-001',
      'FROM IF-021 -> SUPPLIER',
      'HAS_STEP MHHSP-BP001 -> MHHSP-BP001-S01',
      'PERFORMED_BY MHHSP-BP001-S01 -> SUPPLIER',
      'REALISED_BY BRS007-FR-001 -> IF-021',
      'REALISED_BY BRS007-FR-001 -> MHHSP-BP001-S01',
      'SENDS MHHSP-BP001-S01 -> IF-021',
      'TO IF-021 -> ADS',
    ]);
  });

  it('throws InvalidModelError with the problems for an invalid model', async () => {
    const error = await loadModel(BROKEN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidModelError);
    expect((error as InvalidModelError).code).toBe('INVALID_MODEL');
    expect((error as InvalidModelError).problems).toHaveLength(1);
  });
});

describe('the model hash', () => {
  let copy = '';
  afterEach(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
    copy = '';
  });

  const copyOfValid = async () => {
    copy = await mkdtemp(join(tmpdir(), 'mhhs-hash-'));
    await cp(VALID, copy, { recursive: true });
    return copy;
  };

  it('is the same every time the same model is loaded', async () => {
    const first = await loadModel(VALID);
    expect((await loadModel(VALID)).hash).toBe(first.hash);
    expect((await loadModel(await copyOfValid())).hash).toBe(first.hash);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a property changes', async () => {
    const dir = await copyOfValid();
    const file = join(dir, 'roles.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('name: Supplier', 'name: Energy Supplier'));
    expect((await loadModel(dir)).hash).not.toBe((await loadModel(VALID)).hash);
  });

  it('changes when a relationship changes', async () => {
    const dir = await copyOfValid();
    const file = join(dir, 'interfaces.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('to: [ADS]', 'to: [ADS, SUPPLIER]'));
    expect((await loadModel(dir)).hash).not.toBe((await loadModel(VALID)).hash);
  });

  it('does not change when only comments or layout change', async () => {
    const dir = await copyOfValid();
    const file = join(dir, 'interfaces.yaml');
    await writeFile(file, `# a new comment\n${(await readFile(file, 'utf8')).replace('to: [ADS]', 'to:\n      - ADS')}`);
    expect((await loadModel(dir)).hash).toBe((await loadModel(VALID)).hash);
  });
});

describe('scale', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = '';
  });

  it('checks a long derivation chain without recursion, in well under a second per thousand elements', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-chain-'));
    const count = 5000;
    const id = (i: number) => `BRS${String(Math.floor(i / 1000)).padStart(3, '0')}-FR-${String(i % 1000).padStart(3, '0')}`;
    const requirement = (i: number) =>
      `  - id: ${id(i)}\n    name: R${i}\n    text: Requirement ${i}.\n    category: FUNCTIONAL\n` +
      `    derivesFrom: [${id(i === 0 ? count - 1 : i - 1)}]\n    example: Generated.\n`;
    for (let file = 0; file < count / 1000; file += 1) {
      const body = Array.from({ length: 1000 }, (_, k) => requirement(file * 1000 + k)).join('');
      await writeFile(join(dir, `brs${file}.yaml`), `requirements:\n${body}`);
    }
    const started = performance.now();
    const error = await loadModel(dir).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(5000);
    // The chain closes on itself: one cycle through all 5000 requirements, reported once.
    const problems = (error as InvalidModelError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^derivesFrom: cycle BRS000-FR-000 -> BRS004-FR-999 -> BRS004-FR-998 -> /);
  });
});
