/**
 * Shutdown with real signals to the processes a user signals: Ctrl-C on `npm start` (SIGINT to
 * the whole foreground process group, as a terminal sends it), SIGTERM to the `npm start`
 * process (an orchestrator), SIGTERM to the server itself. Each happens while a ~24 MB answer is
 * in flight to a client that reads slowly; the answer must arrive whole and no process may stay
 * behind. Every wait is on an event (a log line, a stream's end, an exit), never a fixed sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_ANSWER_QUERY, LARGE_ANSWER_REQUIREMENTS, writeLargeAnswerModel } from '../support/large-answer-model.js';
import { cliEnv, REPO } from './run-cli.js';

const BIN = 'bin/mhhs.js';

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  /** The serving process (under `npm start`, npm's child). */
  readonly serverPid: number;
  /** Every stderr line so far (JSON log lines, and npm's own). */
  readonly lines: string[];
  /** Resolves once a line matches. */
  readonly line: (pattern: RegExp) => Promise<string>;
  /** Resolves when every process holding the stderr pipe — npm, the server — has exited. */
  readonly allExited: Promise<void>;
}

async function start(command: string, args: readonly string[], modelDir: string, env: Record<string, string> = {}): Promise<Started> {
  // Its own process group, so that a signal to -pid reaches the whole tree, like a terminal's Ctrl-C.
  const child = spawn(command, args, { cwd: REPO, env: cliEnv({ PORT: '0', MODEL_DIR: modelDir, ...env }), stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stderr! }).on('line', (text) => {
    lines.push(text);
    for (const w of waiters.filter((w) => w.pattern.test(text))) w.resolve(text);
  });
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) resolve(seen);
      else waiters.push({ pattern, resolve });
    });
  const allExited = once(child.stderr!, 'close').then(() => undefined);
  const listening = JSON.parse(await line(/"server listening"/)) as { fields: { url: string; pid: number } };
  return { child, url: listening.fields.url, serverPid: listening.fields.pid, lines, line, allExited };
}

interface SlowAnswer {
  /** Resolves once the first bytes have arrived (the server is writing). */
  readonly started: Promise<void>;
  /** Starts reading the rest; resolves with the whole body. */
  readAll(): Promise<{ status: number; body: string }>;
}

/** POSTs the large query and reads only the first chunk of the answer until told to go on. */
function slowlyRead(url: string): SlowAnswer {
  let response!: IncomingMessage;
  const chunks: Buffer[] = [];
  const started = new Promise<void>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      response = res;
      res.once('data', (chunk: Buffer) => {
        chunks.push(chunk);
        res.pause();
        resolve();
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query: LARGE_ANSWER_QUERY }));
  });
  return {
    started,
    async readAll() {
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      const ended = once(response, 'end');
      response.resume();
      await ended;
      return { status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') };
    },
  };
}

/** The answer is whole: valid JSON with every alias and every requirement. */
function expectWhole({ status, body }: { status: number; body: string }) {
  expect(status).toBe(200);
  expect(body.length).toBeGreaterThan(20_000_000);
  const answer = JSON.parse(body) as { data: Record<string, { edges: unknown[] }>; errors?: unknown };
  expect(answer.errors).toBeUndefined();
  expect(Object.keys(answer.data)).toHaveLength(30);
  for (const page of Object.values(answer.data)) expect(page.edges).toHaveLength(LARGE_ANSWER_REQUIREMENTS);
}

const refusesConnections = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
    () => false,
    () => true,
  );

describe('shutdown on real signals', { timeout: 60_000 }, () => {
  let modelDir: string;
  let running: Started | undefined;
  beforeAll(async () => {
    modelDir = await writeLargeAnswerModel();
  });
  afterAll(() => rm(modelDir, { recursive: true, force: true }));
  afterEach(() => {
    // A failed test must not leave its tree serving.
    if (running && running.child.exitCode === null && running.child.signalCode === null) process.kill(-running.child.pid!, 'SIGKILL');
    running = undefined;
  });

  it('Ctrl-C on `npm start` (SIGINT to the process group, then its echo, as tsx relayed it) finishes the answer in flight, then stops', async () => {
    running = await start('npm', ['start'], modelDir, { LOG_LEVEL: 'debug' });
    const answer = slowlyRead(running.url);
    await answer.started;
    process.kill(-running.child.pid!, 'SIGINT');
    await running.line(/"Shutting down"/);
    // A parent relaying the SIGINT the server already had from the terminal (tsx did, ~30 ms later).
    process.kill(running.serverPid, 'SIGINT');
    await running.line(/"Repeated signal while shutting down: ignored"/);
    expectWhole(await answer.readAll());
    await running.allExited;
    expect(running.lines.join('\n')).toMatch(/"msg":"Stopped"/);
    expect(running.lines.join('\n')).not.toMatch(/Second signal/);
    expect(await refusesConnections(running.url)).toBe(true);
  });

  it('SIGTERM to the `npm start` process stops the server too: no orphan keeps serving', async () => {
    running = await start('npm', ['start'], modelDir);
    const answer = slowlyRead(running.url);
    await answer.started;
    process.kill(running.child.pid!, 'SIGTERM');
    await running.line(/"Shutting down"/);
    expectWhole(await answer.readAll());
    await running.allExited;
    expect(await refusesConnections(running.url)).toBe(true);
  });

  it('SIGTERM to the server while it writes a ~24 MB answer lets the answer finish, then exits 0', async () => {
    running = await start(process.execPath, [BIN, 'serve'], modelDir);
    const answer = slowlyRead(running.url);
    await answer.started;
    const exited = once(running.child, 'exit');
    running.child.kill('SIGTERM');
    await running.line(/"Shutting down"/);
    // New connections are refused while the answer in flight is still being written.
    expect(await refusesConnections(running.url)).toBe(true);
    expectWhole(await answer.readAll());
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
