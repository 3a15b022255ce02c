/**
 * Runs the real `mhhs` command (bin/mhhs.js) as a child process, the way a user does, on the
 * embedded store: NEO4J_* and the other configuration variables are cleared unless a test sets them.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/mhhs.js', import.meta.url));

export const SMALL_MODEL = 'test/fixtures/small-model';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const CONFIG_VARIABLES = ['MODEL_DIR', 'HOST', 'PORT', 'LOG_LEVEL', 'NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'];

export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete clean[name];
  return { ...clean, ...env };
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO, env: cliEnv(env), maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts a long-running command (serve); the caller stops it. */
export const spawnCli = (args: readonly string[], env: Record<string, string> = {}): ChildProcess =>
  spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });

/** Each run compiles the CLI with tsx: allow for a slow first start. */
export const CLI_TIMEOUT = 60_000;
