/**
 * `mhhs rttm`: the requirements traceability matrix for a scope, as CSV, Markdown, JSON or an
 * Excel workbook (which needs --out: a workbook is not for a terminal).
 */
import type { Command } from 'commander';
import type { Rttm } from '../../domain/results.js';
import { rttm } from '../../domain/rttm.js';
import { RTTM_FORMATS } from '../../export/formats.js';
import { addAnswerOptions, answer, requireOutForXlsx, type AnswerOptions, type Renderers } from '../answer.js';

const RENDERERS: Renderers<Rttm> = RTTM_FORMATS;

type RttmOptions = AnswerOptions & { readonly phase?: string; readonly role?: string; readonly artefact?: string };

export const rttmCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('rttm')
      .description('build the requirements traceability matrix (requirement × test case, coverage per row, totals)')
      .option('--phase <id>', 'only test cases of this test phase, e.g. SIT-FUNCTIONAL')
      .option('--role <id>', 'only requirements applying to this role (or its parts), e.g. ADS')
      .option('--artefact <id>', 'only requirements this artefact defines, e.g. BRS007'),
    RENDERERS,
  ).action(async function (this: Command, opts: RttmOptions) {
    requireOutForXlsx(this, opts);
    const { phase, role, artefact } = opts;
    await answer(opts, RENDERERS, (store) => rttm(store, { phase, role, artefact }));
  });
