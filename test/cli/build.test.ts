/**
 * The compiled CLI: scripts/build.mjs turns src/ into dist/, and a build that src/ has moved on
 * from is noticed (bin/mhhs.js then rebuilds before running). Run on a copy of src/, so that the
 * repository's own dist/, which other tests run, is left alone.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleness } from '../../scripts/build-freshness.mjs';
import { build } from '../../scripts/build.mjs';
import { REPO } from './run-cli.js';

describe('the build', { timeout: 60_000 }, () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'mhhs-build-'));
    await cp(path.join(REPO, 'src'), path.join(root, 'src'), { recursive: true });
    await cp(path.join(REPO, 'package.json'), path.join(root, 'package.json'));
    await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('compiles src/ to JavaScript that runs under plain node, decorators included', async () => {
    expect(staleness(root)).toBe('dist/ has not been built');
    await build({ root, quiet: true });
    expect(staleness(root)).toBeNull();
    // `schema` builds the type-graphql schema: it fails if the decorators were not compiled as type-graphql needs.
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'dist/cli/main.js'), 'schema'], { cwd: REPO });
    expect(stdout).toMatch(/^type Query \{/m);
  });

  it('notices a source edited, added or removed since the build', async () => {
    await build({ root, quiet: true });
    const log = path.join(root, 'src/log.ts');
    const later = new Date(Date.now() + 5_000);
    await utimes(log, later, later);
    expect(staleness(root)).toBe('src/log.ts changed since the build');
    await build({ root, quiet: true });
    await writeFile(path.join(root, 'src/added.ts'), 'export const added = 1;\n');
    expect(staleness(root)).toBe('src/added.ts is new since the build');
    await build({ root, quiet: true });
    await rm(path.join(root, 'src/added.ts'));
    expect(staleness(root)).toBe('a source file was removed since the build');
  });
});
