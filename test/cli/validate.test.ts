import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../src/model/kinds.js';
import { CLI_TIMEOUT, runCli, SMALL_MODEL } from './run-cli.js';

describe('mhhs validate', { timeout: CLI_TIMEOUT }, () => {
  it('on a valid model exits 0 and prints the counts per kind', async () => {
    const { code, stdout, stderr } = await runCli(['validate', SMALL_MODEL]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${SMALL_MODEL} is valid: 43 elements, 76 relationships`);
    // Counts are aligned in a column as wide as the longest kind name.
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Requirement +5$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}TestCase +4$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}TestResult +5$/));
    // The headline, then one line per kind.
    expect(lines).toHaveLength(1 + NODE_KINDS.length);
  });

  it('reads the model directory from MODEL_DIR when none is given', async () => {
    const { code, stdout } = await runCli(['validate'], { MODEL_DIR: SMALL_MODEL });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^test\/fixtures\/small-model is valid: 43 elements/);
  });

  it('on a broken model exits 1 and lists every problem as file:line:col  message, then a summary', async () => {
    const dir = 'test/fixtures/broken/many-problems';
    const { code, stdout, stderr } = await runCli(['validate', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const [problems, summary] = stderr.trimEnd().split('\n\n');
    const lines = problems!.split('\n');
    for (const line of lines) expect(line).toMatch(/^test\/fixtures\/broken\/many-problems\/[a-c]-[a-z0-9]+\.yaml:\d+:\d+ {2}\S/);
    // Problems from all three files, reported in one run.
    expect(new Set(lines.map((l) => l.split(':')[0])).size).toBe(3);
    expect(lines).toContain("test/fixtures/broken/many-problems/b-roles.yaml:5:5  unknown field 'colour' in Role");
    expect(summary).toBe(`${dir} is invalid: ${lines.length} problems in 3 files; nothing was loaded.`);
  });

  it('prints warnings on stderr and still calls a model with only warnings valid', async () => {
    const dir = 'test/fixtures/broken/empty-files';
    const { code, stdout, stderr } = await runCli(['validate', dir]);
    expect(code).toBe(0);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${dir}/comments.yaml:1:1  warning: the file is empty (or only comments); it adds nothing to the model`,
      `${dir}/empty.yaml:1:1  warning: the file is empty (or only comments); it adds nothing to the model`,
    ]);
    expect(stdout.split('\n')[0]).toBe(`${dir} is valid: 1 element, 0 relationships; 2 warnings`);
  });

  it('reports a missing directory as a problem, not a crash', async () => {
    const { code, stderr } = await runCli(['validate', 'no/such/dir']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^no\/such\/dir:1:1 {2}.*no such file or directory/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
