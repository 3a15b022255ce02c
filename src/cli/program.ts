/**
 * The `mhhs` command line: one subcommand per file in `commands/`. Commander reports usage
 * errors itself; `exitOverride` turns them into exceptions so that main.ts chooses the exit code.
 *
 * Heavy modules (the Neo4j driver, Apollo and the schema, exceljs) are imported where a command
 * first needs them, not at the top of the command files: `mhhs validate`, a memory-store query
 * and `--help` then start in well under a second instead of several.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { codesCommand } from './commands/codes.js';
import { diffCommand } from './commands/diff.js';
import { resultsCommand } from './commands/results.js';
import { reviewCommand } from './commands/review.js';
import { impactCommand } from './commands/impact.js';
import { roleCommand } from './commands/role.js';
import { rttmCommand } from './commands/rttm.js';
import { schemaCommand } from './commands/schema.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { suspectsCommand } from './commands/suspects.js';
import { traceCommand } from './commands/trace.js';
import { validateCommand } from './commands/validate.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('mhhs')
    .description('The MHHS design model: validate it, serve it over GraphQL, and answer impact, trace and RTTM questions.')
    .version(version)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nConfiguration comes from environment variables (MODEL_DIR, HOST, PORT, LOG_LEVEL, NEO4J_*): see README.');
  // Each registers with program.command(), so the settings above are inherited.
  for (const register of [
    validateCommand,
    serveCommand,
    seedCommand,
    impactCommand,
    traceCommand,
    rttmCommand,
    roleCommand,
    codesCommand,
    schemaCommand,
    diffCommand,
    suspectsCommand,
    reviewCommand,
    resultsCommand,
  ]) {
    register(program);
  }
  return program;
}
