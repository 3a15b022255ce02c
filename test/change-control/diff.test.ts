import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffVersions } from '../../src/domain/baselines.js';
import type { ModelDiff } from '../../src/domain/results.js';
import { BadInputError, InvalidModelError } from '../../src/errors.js';
import { ModelHistory } from '../../src/model/history.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphStore } from '../../src/store/port.js';
import { designHistory, type DesignHistory } from './history.js';

/** A diff as lines: `+ Kind id`, `- Kind id`, `~ Kind id field: old -> new`, `+ TYPE from -> to`. */
const summary = (diff: ModelDiff) => [
  ...diff.byKind.flatMap((d) => [
    ...d.added.map((n) => `+ ${d.kind} ${n.id}`),
    ...d.removed.map((n) => `- ${d.kind} ${n.id}`),
    ...d.changed.flatMap((c) => c.fields.map((f) => `~ ${d.kind} ${c.node.id} ${f.field}: ${JSON.stringify(f.old)} -> ${JSON.stringify(f.new)}`)),
  ]),
  ...diff.relationships.flatMap((d) => [
    ...d.added.map((r) => `+ ${d.type} ${r.from} -> ${r.to}`),
    ...d.removed.map((r) => `- ${d.type} ${r.from} -> ${r.to}`),
    ...d.changed.flatMap((r) => r.fields.map((f) => `~ ${d.type} ${r.from} -> ${r.to} ${f.field}: ${JSON.stringify(f.old)} -> ${JSON.stringify(f.new)}`)),
  ]),
];

describe('diff between versions of the model in git', () => {
  let history: DesignHistory;
  let models: ModelHistory;
  let store: GraphStore;

  beforeAll(async () => {
    history = await designHistory();
    models = new ModelHistory(history.repo.modelDir);
    store = createMemoryStore(await models.workingTree());
  });
  afterAll(() => history?.repo.remove());

  it('lists elements added, removed and changed field by field, and relationships added, removed and changed, with totals', async () => {
    const diff = await diffVersions(store, models, { from: 'ir4', to: 'ir5' });
    expect(summary(diff)).toEqual([
      '~ Interface IF-031 tranche: null -> 2',
      '+ Requirement BRS007-FR-005',
      '~ Requirement BRS007-FR-001 name: "Send consumption data" -> "Send validated consumption data"',
      '~ Requirement BRS007-FR-001 text: "The Advanced Data Service shall send consumption data to the Supplier." -> "The Advanced Data Service shall send validated consumption data to the Supplier."',
      '- TestCase TC-PIT-001-02',
      '+ DEFINES BRS007 -> BRS007-FR-005',
      '+ APPLIES_TO BRS007-FR-005 -> ADS',
      '- APPLIES_TO BRS007-FR-003 -> SUPPLIER',
      '~ REALISED_BY BRS007-FR-001 -> IF-021 provenance: null -> {"state":"INFERRED","note":"the BRS names the interface"}',
      '- EXERCISES TC-PIT-001-02 -> IF-021',
      '- IN_SCENARIO TC-PIT-001-02 -> TS-PIT-001',
    ]);
    expect(diff.byKind.map((d) => d.kind)).toEqual(['Interface', 'Requirement', 'TestCase']);
    expect(diff.relationships.map((d) => d.type)).toEqual(['DEFINES', 'APPLIES_TO', 'REALISED_BY', 'EXERCISES', 'IN_SCENARIO']);
    expect(diff.totals).toEqual({ elementsAdded: 1, elementsRemoved: 1, elementsChanged: 2, relationshipsAdded: 2, relationshipsRemoved: 3, relationshipsChanged: 1 });
    expect(diff.from).toEqual({ asked: 'ir4', ref: 'ir4', commit: history.commits.ir4 });
    expect(diff.to).toEqual({ asked: 'ir5', ref: 'ir5', commit: history.commits.ir5 });
  });

  it('finds no change in a commit that only moves, renames and reformats files', async () => {
    const diff = await diffVersions(store, models, { from: 'ir4', to: 'renamed' });
    expect(summary(diff)).toEqual([]);
    expect(diff.totals).toEqual({ elementsAdded: 0, elementsRemoved: 0, elementsChanged: 0, relationshipsAdded: 0, relationshipsRemoved: 0, relationshipsChanged: 0 });
  });

  it('resolves design releases to the refs their baseline names, and compares with the working tree by default', async () => {
    const byRelease = await diffVersions(store, models, { from: 'IR4', to: 'IR5' });
    expect(byRelease.from).toEqual({ asked: 'IR4', ref: 'ir4', commit: history.commits.ir4 });
    expect(summary(byRelease)).toEqual(summary(await diffVersions(store, models, { from: 'ir4', to: 'ir5' })));

    const toWorkingTree = await diffVersions(store, models, { from: 'ir5' });
    expect(toWorkingTree.to).toEqual({ asked: null, ref: null, commit: null });
    expect(summary(toWorkingTree)).toEqual([
      '+ DesignRelease IR4',
      '~ DesignRelease IR5 baseline: null -> "ir5"',
    ]);
    // Commit ids and relative refs name versions too.
    expect(summary(await diffVersions(store, models, { from: history.commits.ir5.slice(0, 10), to: 'main~2' }))).toEqual(summary(toWorkingTree));
  });

  it('reports an invalid model at a ref with every problem as ref:file:line:col, naming the ref and commit', async () => {
    const error = await diffVersions(store, models, { from: 'broken' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidModelError);
    const invalid = error as InvalidModelError;
    expect(invalid.problems).toEqual([
      { file: 'broken:model/roles.yml', line: 12, col: 15, message: expect.stringContaining("Role.category: 'TOM_SERVIS' is not one of") },
    ]);
    expect(invalid.message).toContain(`The model of ref 'broken' (commit ${history.commits.broken.slice(0, 12)}) is invalid (1 problem):\nbroken:model/roles.yml:12:15  Role.category`);
  });

  it('refuses a name that is neither a release with a baseline nor a git ref', async () => {
    await expect(diffVersions(store, models, { from: 'ir9' })).rejects.toThrow(new BadInputError("'ir9' is not a git ref or commit of the model repository"));
    await expect(diffVersions(store, models, { from: 'CR023' })).rejects.toBeInstanceOf(BadInputError);
    await expect(diffVersions(store, models, { from: '--all' })).rejects.toBeInstanceOf(BadInputError);
  });

  it('reads git objects only: the working tree, index and HEAD are untouched, and a commit is read once', async () => {
    const head = history.repo.git('rev-parse', 'HEAD');
    await diffVersions(store, models, { from: 'ir4', to: 'broken' }).catch(() => undefined);
    expect(history.repo.git('status', '--porcelain')).toBe('');
    expect(history.repo.git('rev-parse', 'HEAD')).toBe(head);
    const first = await models.modelAt(history.commits.ir4, 'ir4');
    expect(await new ModelHistory(history.repo.modelDir).modelAt(history.commits.ir4, 'IR4')).toBe(first);
  });

  it('works when the model directory is the repository itself', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mhhs-root-model-'));
    try {
      await cp(history.repo.modelDir, root, { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=Design Team', '-c', 'user.email=design@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root });
      git('init', '--quiet');
      git('add', '-A');
      git('commit', '--quiet', '-m', 'model at the root');
      const roles = join(root, 'roles.yml');
      await writeFile(roles, (await readFile(roles, 'utf8')).replace('name: Smart Data Service', 'name: Smart Data Services'));
      const atRoot = new ModelHistory(root);
      const diff = await diffVersions(createMemoryStore(await atRoot.workingTree()), atRoot, { from: 'HEAD' });
      expect(summary(diff)).toEqual(['~ Role SDS name: "Smart Data Service" -> "Smart Data Services"']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
