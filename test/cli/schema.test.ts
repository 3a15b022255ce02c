import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, REPO, runCli } from './run-cli.js';

describe('mhhs schema', { timeout: CLI_TIMEOUT }, () => {
  it('prints the SDL that is committed as schema/schema.graphql', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(stdout).toContain('type Query {');
    expect(stdout).toBe(await readFile(join(REPO, 'schema/schema.graphql'), 'utf8'));
  });
});
