/**
 * `mhhs results import FILE…`: test reports (JUnit XML, CSV) into `model/results/<RUN>.yaml`,
 * validated with the whole model first; all or nothing (src/results/import.ts).
 */
import type { Command } from 'commander';
import { TEST_OUTCOMES } from '../../model/kinds.js';
import { commandContext } from '../context.js';
import { modelOption } from '../options.js';

interface ImportCommandOptions {
  readonly run?: string;
  readonly participant?: string;
  readonly environment?: string;
  readonly executedAt?: string;
  readonly replace?: boolean;
  readonly model?: string;
}

export const resultsCommand = (program: Command) => {
  const results = program.command('results').description('record test evidence: import test reports as results in the model');
  results
    .command('import')
    .description('import JUnit XML or CSV test reports into model/results/<RUN>.yaml (validated first; nothing is written on any problem)')
    .argument('<files...>', 'JUnit XML (*.xml) or CSV (*.csv) reports')
    .option('--run <name>', 'the run (cycle) name, e.g. SIT-F-C1 (default: from the first file name)')
    .option('--participant <org>', 'the participant (organisation) whose systems were tested, where a report does not say')
    .option('--environment <env>', 'the test environment, where a report does not say')
    .option('--executed-at <when>', 'the execution date or date-time, where a report gives no timestamp')
    .option('--replace', 'replace the run file if the run was imported before')
    .addOption(modelOption())
    .action(async (files: string[], opts: ImportCommandOptions) => {
      // The report parsers (fast-xml-parser, csv-parse: fifty modules) load only for an import.
      const { importResults } = await import('../../results/import.js');
      const summary = await importResults({
        modelDir: opts.model ?? commandContext({ quiet: true }).config.modelDir,
        files,
        run: opts.run,
        participant: opts.participant,
        environment: opts.environment,
        executedAt: opts.executedAt,
        replace: opts.replace,
        command: `mhhs results import ${files.join(' ')}${opts.run ? ` --run ${opts.run}` : ''}`,
      });
      const outcomes = TEST_OUTCOMES.filter((o) => summary.byOutcome[o] > 0).map((o) => `${o} ${summary.byOutcome[o]}`);
      process.stdout.write(
        `wrote ${summary.file}: run ${summary.run}, ${summary.results} results of ${summary.testCases} test cases (${outcomes.join(', ')})\n`,
      );
    });
};
