/** `mhhs trace <id> --to <Kind>`: every element of a kind reachable from one element, with paths. */
import { Option, type Command } from 'commander';
import type { TraceResult } from '../../domain/results.js';
import { trace } from '../../domain/trace.js';
import { renderJson } from '../../export/json.js';
import { renderTraceMarkdown, renderTraceText } from '../../export/trace.js';
import { NODE_KINDS } from '../../model/kinds.js';
import { addAnswerOptions, answer, type AnswerOptions, type Renderers } from '../answer.js';
import { maxDepthOption } from '../options.js';

const RENDERERS: Renderers<TraceResult> = { text: renderTraceText, md: renderTraceMarkdown, json: renderJson };

export const traceCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('trace')
      .description('list every element of a kind reachable from one element, with the path to each')
      .argument('<id>', 'the element to trace from, e.g. BRS007-FR-001')
      .addOption(new Option('-t, --to <kind>', 'the kind of element to reach').choices(NODE_KINDS).makeOptionMandatory())
      .addOption(maxDepthOption()),
    RENDERERS,
  ).action((from: string, opts: AnswerOptions & { to: string; maxDepth?: number }) =>
    answer(opts, RENDERERS, (store) => trace(store, { from, toKind: opts.to, maxDepth: opts.maxDepth })),
  );
