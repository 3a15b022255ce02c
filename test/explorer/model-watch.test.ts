/** `serve --watch`: a valid change to the model files is served at once; an invalid one is refused whole and shown. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.js';
import type { ExplorerStatus } from '../../src/server/explorer/status-report.js';
import { watchModel, type ModelWatch } from '../../src/server/model-watch.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { capturedLogger, type LogEvent } from '../graphql/support/captured-logger.js';

describe('model watch', () => {
  let dir: string;
  let watch: ModelWatch;
  let server: RunningServer;
  let events: LogEvent[];
  let interfaces: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-watch-'));
    await cp(SMALL_MODEL_DIR, dir, { recursive: true });
    interfaces = join(dir, 'interfaces.yaml');
    const model = await loadModel(dir);
    const captured = capturedLogger();
    events = captured.events;
    watch = watchModel({ dir, model, store: createMemoryStore(model), logger: captured.logger, debounceMs: 50 });
    server = await startServer({ store: watch.current(), port: 0, logger: captured.logger, watch });
  });
  afterAll(async () => {
    watch.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const status = async (): Promise<ExplorerStatus> => (await fetch(`${server.origin}/explorer/status.json`)).json() as Promise<ExplorerStatus>;
  const nameOfIf021 = async (): Promise<string> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "IF-021") { name } }' }),
    });
    return ((await response.json()) as { data: { node: { name: string } } }).data.node.name;
  };
  async function until(check: (s: ExplorerStatus) => boolean): Promise<ExplorerStatus> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const s = await status();
      if (check(s)) return s;
      if (Date.now() > deadline) throw new Error(`status never matched: ${JSON.stringify(s)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('serves a valid change at once, under the new model hash', async () => {
    const before = await status();
    expect(before.reload).toEqual({ watching: true, dir, last: null });
    const oldName = await nameOfIf021();
    const text = await readFile(interfaces, 'utf8');
    expect(text).toContain(oldName);
    await writeFile(interfaces, text.replace(oldName, 'Renamed while serving'));
    const after = await until((s) => s.reload.watching && s.reload.last?.ok === true);
    expect(after.model.modelHash).not.toBe(before.model.modelHash);
    expect(after.reload).toMatchObject({ last: { ok: true, modelHash: after.model.modelHash } });
    expect(await nameOfIf021()).toBe('Renamed while serving');
    expect(events.some((e) => e.msg === 'Model reloaded' && e.fields?.hash === after.model.modelHash)).toBe(true);
  });

  it('keeps serving the last valid model when the files become invalid, and lists the problems as file:line:col', async () => {
    const serving = (await status()).model.modelHash;
    const text = await readFile(interfaces, 'utf8');
    await writeFile(interfaces, text.replace(/to: \[[^\]]*\]/, 'to: [NOBODY]'));
    const refused = await until((s) => s.reload.watching && s.reload.last?.ok === false);
    const problems = refused.reload.watching && refused.reload.last && !refused.reload.last.ok ? refused.reload.last.problems : [];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/interfaces\.yaml:\d+:\d+ .*NOBODY/);
    expect(refused.model.modelHash).toBe(serving);
    expect(await nameOfIf021()).toBe('Renamed while serving');
    expect(events.some((e) => e.level === 'warn' && e.msg.startsWith('The model files changed but are invalid'))).toBe(true);

    await writeFile(interfaces, text);
    await until((s) => s.reload.watching && s.reload.last?.ok === true);
  });
});
