/** `mhhs codes [--code BSC]`: the code-drafting trace, requirement ↔ code clause, with gaps both ways. */
import { Option, type Command } from 'commander';
import { codeTrace } from '../../domain/code-trace.js';
import type { CodeTrace } from '../../domain/results.js';
import { CODE_TRACE_FORMATS } from '../../export/formats.js';
import { CODE_BODIES } from '../../model/kinds.js';
import { addAnswerOptions, answer, requireOutForXlsx, type AnswerOptions, type Renderers } from '../answer.js';

const RENDERERS: Renderers<CodeTrace> = CODE_TRACE_FORMATS;

export const codesCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('codes')
      .description('trace requirements to industry code clauses both ways, with the gaps')
      .addOption(new Option('-c, --code <code>', 'only this industry code').choices(CODE_BODIES)),
    RENDERERS,
  ).action(function (this: Command, opts: AnswerOptions & { code?: string }) {
    requireOutForXlsx(this, opts);
    return answer(opts, RENDERERS, (store) => codeTrace(store, { code: opts.code }));
  });
