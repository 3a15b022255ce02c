/** `mhhs codes [--code BSC]`: the code-drafting trace, requirement ↔ code clause, with gaps both ways. */
import { Option, type Command } from 'commander';
import { codeTrace } from '../../domain/code-trace.js';
import { renderCodeTraceText } from '../../export/code-trace.js';
import { renderJson } from '../../export/json.js';
import { CODE_BODIES } from '../../model/kinds.js';
import { commandContext } from '../context.js';
import { formatOption, modelOption, outOption } from '../options.js';
import { withStore } from '../open-store.js';
import { writeOutput } from '../output.js';

const RENDERERS = { text: renderCodeTraceText, json: renderJson } as const;
type Format = keyof typeof RENDERERS;

export const codesCommand = (program: Command) =>
  program
    .command('codes')
    .description('trace requirements to industry code clauses both ways, with the gaps')
    .addOption(new Option('-c, --code <code>', 'only this industry code').choices(CODE_BODIES))
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption())
    .addOption(modelOption())
    .action(async (opts: { code?: string; format: Format; out?: string; model?: string }) => {
      const result = await withStore(commandContext({ quiet: true }), opts.model, (store) => codeTrace(store, { code: opts.code }));
      await writeOutput(RENDERERS[opts.format](result), opts.out);
    });
