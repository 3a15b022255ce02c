import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEvent } from '../graphql/support/captured-logger.js';
import { CLI_TIMEOUT, runCli, SMALL_MODEL, spawnCli } from './run-cli.js';

/** Collects the server's JSON log lines and resolves once one satisfies `until`. */
function watchLog(child: ChildProcess) {
  const events: LogEvent[] = [];
  const waiters: Array<{ until: (e: LogEvent) => boolean; resolve: (e: LogEvent) => void }> = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    let event: LogEvent;
    try {
      event = JSON.parse(line) as LogEvent;
    } catch {
      event = { level: 'raw', msg: line }; // not a log line: keep it for the failure message
    }
    events.push(event);
    for (const w of waiters.filter((w) => w.until(event))) w.resolve(event);
  });
  const next = (until: (e: LogEvent) => boolean) =>
    new Promise<LogEvent>((resolve) => {
      const seen = events.find(until);
      if (seen) resolve(seen);
      else waiters.push({ until, resolve });
    });
  return { events, next };
}

describe('mhhs serve', { timeout: CLI_TIMEOUT }, () => {
  let server: ChildProcess | undefined;
  afterEach(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
  });

  it('serves GraphQL and /health from the model, logs JSON lines, and stops cleanly on SIGTERM', async () => {
    server = spawnCli(['serve', '--port', '0', '--model', SMALL_MODEL]);
    const log = watchLog(server);
    const listening = await log.next((e) => e.msg === 'server listening');
    const url = listening.fields!.url as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(log.events[0]).toMatchObject({ level: 'info', msg: 'Model loaded', fields: { dir: SMALL_MODEL, elements: 43, relationships: 76 } });

    const health = await fetch(new URL('/health', url));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: { store: 'memory', ok: true } });

    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __type(name: "Requirement") { name } }' }),
    });
    expect(await answer.json()).toEqual({ data: { __type: { name: 'Requirement' } } });

    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(log.events.map((e) => e.msg)).toEqual(expect.arrayContaining(['Shutting down', 'Stopped']));
  });

  it('logs the warnings of the model (an empty file) and serves it', async () => {
    const dir = 'test/fixtures/broken/empty-files';
    server = spawnCli(['serve', '--port', '0', '--model', dir]);
    const log = watchLog(server);
    await log.next((e) => e.msg === 'server listening');
    expect(log.events.filter((e) => e.msg === 'Model warning')).toEqual([
      expect.objectContaining({ level: 'warn', fields: { at: `${dir}/comments.yaml:1:1`, message: 'the file is empty (or only comments); it adds nothing to the model' } }),
      expect.objectContaining({ level: 'warn', fields: { at: `${dir}/empty.yaml:1:1`, message: 'the file is empty (or only comments); it adds nothing to the model' } }),
    ]);
  });

  it('refuses to start on an invalid model, listing its problems', async () => {
    const { code, stderr } = await runCli(['serve', '--port', '0', '--model', 'test/fixtures/broken/duplicate-id']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error \[INVALID_MODEL\]: The model is invalid \(1 problem\):\ntest\/fixtures\/broken\/duplicate-id\/\S+\.yaml:\d+:\d+ {2}duplicate id/);
  });

  it('says --seed needs Neo4j when serving the embedded store', async () => {
    const { code, stderr } = await runCli(['serve', '--seed', '--port', '0', '--model', SMALL_MODEL]);
    expect(code).toBe(2);
    expect(stderr).toBe('error [BAD_USER_INPUT]: --seed seeds Neo4j: set NEO4J_URI, or serve the embedded store without --seed\n');
  });
});
