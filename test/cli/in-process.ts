/**
 * Runs an `mhhs` command in this process through the program builder, as main.ts does, capturing
 * what it writes and the exit code it sets — much faster than a child process, for the commands
 * that need no server. The configuration variables are cleared for the run, as runCli does.
 */
import { buildProgram } from '../../src/cli/program.js';
import { reportFailure } from '../../src/cli/exit.js';
import type { CliResult } from './run-cli.js';

const CONFIG_VARIABLES = ['MODEL_DIR', 'HOST', 'PORT', 'LOG_LEVEL', 'NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'];

export async function runInProcess(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  const saved = { env: { ...process.env }, exitCode: process.exitCode, out: process.stdout.write, err: process.stderr.write };
  let stdout = '';
  let stderr = '';
  for (const name of CONFIG_VARIABLES) delete process.env[name];
  Object.assign(process.env, env);
  process.exitCode = undefined;
  const capture = (append: (s: string) => void) =>
    ((chunk: string | Uint8Array) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture((s) => (stdout += s));
  process.stderr.write = capture((s) => (stderr += s));
  try {
    const program = buildProgram();
    let code: number;
    try {
      await program.parseAsync(['node', 'mhhs', ...args]);
      code = Number(process.exitCode ?? 0);
    } catch (err) {
      code = reportFailure(err, { write: (s: string) => (stderr += s) });
    }
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exitCode = saved.exitCode;
    process.env = saved.env;
  }
}
