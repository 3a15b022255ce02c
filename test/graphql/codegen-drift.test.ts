import { readFile } from 'node:fs/promises';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

describe('committed typed documents', () => {
  it('match what codegen.yml generates from the schema, test/operations and src/web/operations (regenerate with `npm run codegen`)', async () => {
    const config = yaml.load(await readFile('codegen.yml', 'utf8')) as CodegenConfig;
    const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
    expect(outputs.map((output) => output.filename).sort()).toEqual(['src/web/generated/graphql.ts', 'test/generated/graphql.ts']);
    for (const output of outputs) expect(await readFile(output.filename, 'utf8'), output.filename).toBe(output.content);
  }, 30_000);
});
