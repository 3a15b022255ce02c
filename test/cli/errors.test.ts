import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, runCli, SMALL_MODEL } from './run-cli.js';

const M = ['--model', SMALL_MODEL];
/** A stack trace line, which users must never see unless they ask for it. */
const STACK_LINE = /\n\s+at /;

describe('mhhs errors and exit codes', { timeout: CLI_TIMEOUT }, () => {
  it('an unknown id fails with error [NOT_FOUND], exit 1, and no stack trace', async () => {
    const { code, stdout, stderr } = await runCli(['impact', 'CR999', ...M]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe("error [NOT_FOUND]: ChangeRequest 'CR999' does not exist in the model\n");
  });

  it('an unknown role fails the same way', async () => {
    const { code, stderr } = await runCli(['role', 'NOPE', ...M]);
    expect(code).toBe(1);
    expect(stderr).toBe("error [NOT_FOUND]: Role 'NOPE' does not exist in the model\n");
  });

  it('shows the stack trace when LOG_LEVEL=debug', async () => {
    const { code, stderr } = await runCli(['trace', 'NOPE', '--to', 'TestCase', ...M], { LOG_LEVEL: 'debug' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error \[NOT_FOUND\]: .*'NOPE' does not exist/);
    expect(stderr).toMatch(STACK_LINE);
  });

  it.each([
    [['trace', 'IF-021', ...M], /error: required option '-t, --to <kind>' not specified/],
    [['trace', 'IF-021', '--to', 'Widget', ...M], /argument 'Widget' is invalid\. Allowed choices are Artefact, /],
    [['impact', 'IF-021', '--max-depth', 'two', ...M], /--max-depth must be a positive whole number/],
    [['impact', ...M], /error: give a change request, changed element ids, or --diff from\.\.to \(exactly one of them\)/],
    [['impact', '--diff', 'ir4', ...M], /error: --diff takes from\.\.to \(or from\.\.\), not 'ir4'/],
    [['serve', '--port', '99999'], /--port must be a port number 0–65535, got '99999'/],
    [['frobnicate'], /error: unknown command 'frobnicate'/],
    [['rttm', '--colour', 'red'], /error: unknown option '--colour'/],
  ])('bad arguments %j exit 2 with a message', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('a bad value the domain rejects is a usage error too', async () => {
    const { code, stderr } = await runCli(['impact', 'IF-021', '--max-depth', '50', ...M]);
    expect(code).toBe(2);
    expect(stderr).toBe('error [BAD_USER_INPUT]: maxDepth must be a whole number from 1 to 10, not 50\n');
  });

  it('invalid configuration fails with error [CONFIG_INVALID] naming the variable', async () => {
    const { code, stderr } = await runCli(['rttm', ...M], { LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toBe("error [CONFIG_INVALID]: LOG_LEVEL must be one of debug, info, warn, error, silent, got 'loud'\n");
  });

  it('seed without NEO4J_URI says how to point it at Neo4j', async () => {
    const { code, stderr } = await runCli(['seed', ...M]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error \[CONFIG_INVALID\]: mhhs seed writes to Neo4j: set NEO4J_URI/);
  });

  it('a query on an invalid model fails with every problem, not a partial answer', async () => {
    const { code, stdout, stderr } = await runCli(['rttm', '--model', 'test/fixtures/broken/many-problems']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error \[INVALID_MODEL\]: The model is invalid \(\d+ problems\):\n/);
    expect(stderr).toContain("test/fixtures/broken/many-problems/b-roles.yaml:5:5  unknown field 'colour' in Role");
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['rttm', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format <format>');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
