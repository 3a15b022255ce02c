/** `mhhs schema [--out FILE]`: the API's GraphQL SDL, as committed in schema/schema.graphql. */
import type { Command } from 'commander';
import { outOption } from '../options.js';
import { writeOutput } from '../output.js';

export const schemaCommand = (program: Command) =>
  program
    .command('schema')
    .description('print the GraphQL schema (SDL); `--out schema/schema.graphql` refreshes the committed copy')
    .addOption(outOption())
    .action(async (opts: { out?: string }) => {
      const { schemaSdl } = await import('../../graphql/schema.js');
      await writeOutput(schemaSdl(), opts.out);
    });
