/**
 * Two ways to run `mhhs` on the embedded store, with NEO4J_* and the other configuration
 * variables cleared unless a test sets them:
 *   - runCli: in this process, through the program builder as src/cli/main.ts does, capturing
 *     stdout, stderr and the exit code. Milliseconds instead of a process start and compile; what
 *     most CLI tests use. Runs are serialised (they swap process.env and the output streams).
 *   - runSpawned / spawnCli: the real `mhhs` command (bin/mhhs.js) as a child process, the way a
 *     user runs it — for the few smoke tests of the command itself and for `serve`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { reportFailure } from '../../src/cli/exit.js';
import { buildProgram } from '../../src/cli/program.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/mhhs.js', import.meta.url));

export const SMALL_MODEL = 'test/fixtures/small-model';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const CONFIG_VARIABLES = ['MODEL_DIR', 'HOST', 'PORT', 'LOG_LEVEL', 'NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'CORS_ORIGINS', 'NEO4J_QUERY_TIMEOUT_MS'];

export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete clean[name];
  return { ...clean, ...env };
}

type Write = typeof process.stdout.write;
const capturing = (append: (s: string) => void): Write =>
  ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as Write;

async function runNow(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  const saved = { env: process.env, exitCode: process.exitCode, out: process.stdout.write, err: process.stderr.write };
  let stdout = '';
  let stderr = '';
  process.env = cliEnv(env);
  process.exitCode = undefined;
  process.stdout.write = capturing((s) => (stdout += s));
  process.stderr.write = capturing((s) => (stderr += s));
  try {
    let code: number;
    try {
      await buildProgram().parseAsync(['node', 'mhhs', ...args]);
      code = Number(process.exitCode ?? 0);
    } catch (err) {
      code = reportFailure(err);
    }
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exitCode = saved.exitCode;
    process.env = saved.env;
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `mhhs <args>` in this process; concurrent calls run one after the other. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  const run = queue.then(() => runNow(args, env));
  queue = run.catch(() => undefined);
  return run;
}

/** Runs the real `mhhs` command as a child process. */
export function runSpawned(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO, env: cliEnv(env), maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts a long-running command (serve) as a child process; the caller stops it. */
export const spawnCli = (args: readonly string[], env: Record<string, string> = {}): ChildProcess =>
  spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });

/** A spawned run starts Node and the CLI: allow for a slow start on a busy machine. */
export const CLI_TIMEOUT = 60_000;
