/**
 * `mhhs rttm`: the requirements traceability matrix for a scope, as CSV, Markdown, JSON or an
 * Excel workbook (which needs --out: a workbook is not for a terminal).
 */
import { Option, type Command } from 'commander';
import type { Rttm } from '../../domain/results.js';
import { rttmAt } from '../../domain/rttm-at.js';
import { ModelHistory } from '../../model/history.js';
import { RTTM_FORMATS } from '../../export/formats.js';
import { addAnswerOptions, answer, requireOutForXlsx, type AnswerOptions, type Renderers } from '../answer.js';

const RENDERERS: Renderers<Rttm> = RTTM_FORMATS;

type RttmOptions = AnswerOptions & {
  readonly phase?: readonly string[];
  readonly role?: string;
  readonly artefact?: string;
  readonly participant?: string;
  readonly interval?: string;
  readonly release?: string;
  readonly baseline?: string;
};

/** `--phase SIT-CIT [SIT-FUNCTIONAL …]` (or comma-separated, or repeated). */
const phaseOption = () =>
  new Option('--phase <ids...>', 'only test cases of these test phases, e.g. SIT-FUNCTIONAL (several: a workbook sheet each)').argParser(
    (raw: string, previous: string[] | undefined) => [...(previous ?? []), ...raw.split(',').filter((id) => id !== '')],
  );

export const rttmCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('rttm')
      .description('build the requirements traceability matrix (requirement × test case, coverage per row, totals)')
      .addOption(phaseOption())
      .option('--role <id>', 'only requirements applying to this role (or its parts), e.g. ADS')
      .option('--artefact <id>', 'only requirements this artefact defines, e.g. BRS007')
      .option('--participant <org>', "only this participant's (organisation's) results count")
      .option('--interval <id>', 'an entry interval, e.g. SIT-CIT-INTERVAL-3: its phase, the requirements and test cases of the roles it enters (or whose systems it enters)')
      .option('--release <id>', 'a design release, e.g. IR5: only the requirements its change requests change (directly or through an interface or step)')
      .option('--baseline <version>', "the design as it stood at a git ref, a commit or a design release naming its baseline ref (read from git), with today's results"),
    RENDERERS,
  ).action(async function (this: Command, opts: RttmOptions) {
    requireOutForXlsx(this, opts);
    const { phase, role, artefact, participant, interval, release, baseline, withCr } = opts;
    await answer(opts, RENDERERS, (store, modelDir) =>
      rttmAt(store, new ModelHistory(modelDir), { phases: phase, role, artefact, participant, interval, release, baseline, includeProposed: withCr }),
    );
  });
