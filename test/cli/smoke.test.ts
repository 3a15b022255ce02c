/**
 * The real `mhhs` command, as a child process: the few things only a process shows — the exit
 * code Node ends with, output that drains through a pipe, and a failure with no stack trace.
 * Everything else about the commands is tested in-process (runCli), which is much faster.
 */
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, runSpawned, SMALL_MODEL } from './run-cli.js';

describe('the mhhs command', { timeout: CLI_TIMEOUT }, () => {
  it('validates a model and exits 0', async () => {
    const { code, stdout, stderr } = await runSpawned(['validate', SMALL_MODEL]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^test\/fixtures\/small-model is valid: \d+ elements/);
  });

  it('ends with exit 1 and one error line for an unknown id, exit 2 for a bad option', async () => {
    const [unknown, usage] = await Promise.all([runSpawned(['impact', 'CR999', '--model', SMALL_MODEL]), runSpawned(['rttm', '--colour', 'red'])]);
    expect(unknown).toEqual({ code: 1, stdout: '', stderr: "error [NOT_FOUND]: ChangeRequest 'CR999' does not exist in the model\n" });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/error: unknown option '--colour'/);
  });

  it('writes a whole answer through a pipe before it exits', async () => {
    const { code, stdout } = await runSpawned(['rttm', '--format', 'json', '--model', SMALL_MODEL]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rows.length).toBeGreaterThan(0);
  });
});
