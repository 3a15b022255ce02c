/** The explorer's bundles: built offline from src/web, and rebuilt by `mhhs serve` when they are older than their sources. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundlesAreStale } from '../../src/server/explorer/assets.js';
import { rebuildExplorerIfStale } from '../../src/server/explorer/build.js';
import { capturedLogger } from '../graphql/support/captured-logger.js';

describe('explorer build', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('is rebuilt before serving when it is older than its sources, and then is fresh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mhhs-explorer-build-'));
    dirs.push(dir);
    expect(await bundlesAreStale(dir)).toBe(true);
    const { logger, events } = capturedLogger();
    await rebuildExplorerIfStale(logger, dir);
    expect(events.map((e) => e.msg)).toEqual(['Explorer rebuilt: its sources changed since the last build']);
    await rebuildExplorerIfStale(logger, dir);
    expect(events).toHaveLength(1);
    expect(await bundlesAreStale(dir)).toBe(false);
    const files = await readdir(dir);
    expect(files).toEqual(expect.arrayContaining(['explorer.js', 'explorer.css', 'graphiql.js', 'graphiql.css']));
    expect(files.some((f) => f.endsWith('.partial'))).toBe(false);
    // Bundled whole: nothing is fetched from a CDN at run time.
    const js = await readFile(join(dir, 'explorer.js'), 'utf8');
    expect(js).not.toMatch(/from\s*["']https?:/);
    expect(js).not.toMatch(/import\(\s*["']https?:/);
  }, 60_000);
});
