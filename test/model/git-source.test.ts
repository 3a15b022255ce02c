/**
 * A model read from a git commit is checked exactly as the same files on disk: links are
 * followed inside the model directory and reported when they leave it or lead nowhere, and a
 * file that is not UTF-8 is refused where it goes wrong — with the same problems either way.
 */
import { symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelProblem } from '../../src/errors.js';
import { modelRepository } from '../../src/model/git.js';
import { loadModelOrProblems, modelFromSource } from '../../src/model/load.js';
import { gitSource } from '../../src/model/sources.js';
import { GitFixture } from '../support/git-fixture.js';

describe('links and encodings in a model at a git commit', () => {
  let repo: GitFixture;
  let commit = '';

  beforeAll(async () => {
    repo = await GitFixture.create();
    const model = repo.modelDir;
    await repo.write('parts/more-roles.txt', 'roles:\n  - id: MDS\n    name: Metering Data Service\n    category: TOM_SERVICE\n    example: A role.\n');
    await symlink('parts/more-roles.txt', join(model, 'more-roles.yaml'));
    await symlink('roles.yaml', join(model, 'same-roles.yaml'));
    await symlink('../outside.yaml', join(model, 'outside.yaml'));
    await writeFile(join(repo.root, 'outside.yaml'), 'roles: []\n');
    await symlink('missing.yaml', join(model, 'dangling.yaml'));
    await writeFile(join(model, 'latin1.yaml'), Buffer.from('# caf\xe9\nroles: []\n', 'latin1'));
    commit = repo.commit('links and a Latin-1 file');
  });
  afterAll(() => repo?.remove());

  /** Problems as `path in the model directory:line:col  message`, whichever way files are named. */
  const lines = (problems: readonly ModelProblem[], prefix: string) =>
    problems.map((p) => `${p.file.slice(prefix.length)}:${p.line}:${p.col}  ${p.message}`);

  it('reports the same problems as the working tree', async () => {
    const expected = [
      'dangling.yaml:1:1  symbolic link to a file that does not exist',
      'latin1.yaml:1:6  invalid UTF-8 (byte 0xE9); save the file as UTF-8 (was it saved as Latin-1 or Windows-1252?)',
      'outside.yaml:1:1  symbolic link to ../outside.yaml, outside the model directory; model files must be inside it',
    ];
    const onDisk = await loadModelOrProblems(repo.modelDir);
    expect('problems' in onDisk && lines(onDisk.problems, `${relative(process.cwd(), repo.modelDir)}/`)).toEqual(expected);
    const atCommit = modelFromSource(await gitSource(await modelRepository(repo.modelDir), commit, 'c1'));
    expect('problems' in atCommit && lines(atCommit.problems, 'c1:model/')).toEqual(expected);
  });

  it('reads a link to a file inside the model directory, and a file reached twice once', async () => {
    repo.git('rm', '--quiet', 'model/dangling.yaml', 'model/outside.yaml', 'model/latin1.yaml');
    const clean = repo.commit('only the links that can be followed');
    const atCommit = modelFromSource(await gitSource(await modelRepository(repo.modelDir), clean, 'c2'));
    const onDisk = await loadModelOrProblems(repo.modelDir);
    for (const result of [atCommit, onDisk]) {
      // MDS only through the link; no duplicate ids from same-roles.yaml.
      expect('model' in result && result.model.nodes.some((n) => n.id === 'MDS')).toBe(true);
    }
  });
});
