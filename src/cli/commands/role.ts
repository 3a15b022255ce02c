/** `mhhs role <id>`: what a participant qualifying in a role must build and pass. */
import type { Command } from 'commander';
import type { RoleView } from '../../domain/results.js';
import { roleView } from '../../domain/role-view.js';
import { ROLE_VIEW_FORMATS } from '../../export/formats.js';
import { addAnswerOptions, answer, requireOutForXlsx, type AnswerOptions, type Renderers } from '../answer.js';

const RENDERERS: Renderers<RoleView> = ROLE_VIEW_FORMATS;

export const roleCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('role')
      .description('show what a role sends, receives, takes part in, must satisfy and must pass, with why; md: the checklist with result status')
      .argument('<id>', 'the role, e.g. ADS')
      .option('--phase <id>', 'only the test cases of this test phase')
      .option('--participant <org>', "only this participant's results give the checklist's outcomes"),
    RENDERERS,
  ).action(function (this: Command, id: string, opts: AnswerOptions & { phase?: string; participant?: string }) {
    requireOutForXlsx(this, opts);
    return answer(opts, RENDERERS, (store) => roleView(store, id, { phase: opts.phase, participant: opts.participant }));
  });
