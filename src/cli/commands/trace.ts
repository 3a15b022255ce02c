/** `mhhs trace <id> --to <Kind>`: every element of a kind reachable from one element, with paths. */
import { Option, type Command } from 'commander';
import { trace } from '../../domain/trace.js';
import { renderJson } from '../../export/json.js';
import { renderTraceMarkdown, renderTraceText } from '../../export/trace.js';
import { NODE_KINDS } from '../../model/kinds.js';
import { commandContext } from '../context.js';
import { formatOption, maxDepthOption, modelOption, outOption } from '../options.js';
import { withStore } from '../open-store.js';
import { writeOutput } from '../output.js';

const RENDERERS = { text: renderTraceText, md: renderTraceMarkdown, json: renderJson } as const;
type Format = keyof typeof RENDERERS;

export const traceCommand = (program: Command) =>
  program
    .command('trace')
    .description('list every element of a kind reachable from one element, with the path to each')
    .argument('<id>', 'the element to trace from, e.g. BRS007-FR-001')
    .addOption(new Option('-t, --to <kind>', 'the kind of element to reach').choices(NODE_KINDS).makeOptionMandatory())
    .addOption(maxDepthOption())
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption())
    .addOption(modelOption())
    .action(async (from: string, opts: { to: string; maxDepth?: number; format: Format; out?: string; model?: string }) => {
      const result = await withStore(commandContext({ quiet: true }), opts.model, (store) =>
        trace(store, { from, toKind: opts.to, maxDepth: opts.maxDepth }),
      );
      await writeOutput(RENDERERS[opts.format](result), opts.out);
    });
