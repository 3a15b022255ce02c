import { readFile } from 'node:fs/promises';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

describe('committed typed documents', () => {
  it('match what codegen.yml generates from the schema and test/operations (regenerate with `npm run codegen`)', async () => {
    const config = yaml.load(await readFile('codegen.yml', 'utf8')) as CodegenConfig;
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs.map((output: { filename: string }) => output.filename)).toEqual(['test/generated/graphql.ts']);
    expect(await readFile('test/generated/graphql.ts', 'utf8')).toBe(outputs[0]?.content);
  }, 30_000);
});
