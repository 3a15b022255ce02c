/**
 * The shape every query command shares (impact, trace, rttm, role, codes): run one domain query
 * on the configured store, render the answer in the format asked for, write it to stdout or
 * `--out`. A command declares only its own arguments and its renderers.
 */
import type { Command } from 'commander';
import { inDesignScope } from '../domain/scope.js';
import type { GraphStore } from '../store/port.js';
import { commandContext } from './context.js';
import { EXIT_USAGE } from './exit.js';
import { formatOption, modelOption, outOption, withCrOption } from './options.js';
import { withStore } from './open-store.js';
import { writeOutput } from './output.js';

import type { Renderers } from '../export/formats.js';

/** Renderers by format name (src/export/formats.ts); the names are the `--format` choices, the first is the default. */
export type { Renderers };

export interface AnswerOptions {
  readonly format: string;
  readonly out?: string;
  readonly model?: string;
  /** Change requests whose proposed design the answer includes (`--with-cr`); the baselined design otherwise. */
  readonly withCr?: readonly string[];
}

/** Adds `--format`, `--out`, `--model` and `--with-cr` to a query command. */
export const addAnswerOptions = (command: Command, renderers: Renderers<never>): Command =>
  command
    .addOption(formatOption(Object.keys(renderers), Object.keys(renderers)[0]!))
    .addOption(outOption())
    .addOption(modelOption())
    .addOption(withCrOption());

/**
 * `query` reads the design asked for — the baselined design, or with the proposals of `--with-cr` —
 * and also gets the model directory, for the commands that read its git history or review lock.
 */
export async function answer<R>(
  opts: AnswerOptions,
  renderers: Renderers<R>,
  query: (store: GraphStore, modelDir: string) => Promise<R>,
): Promise<void> {
  const context = commandContext({ quiet: true });
  const modelDir = opts.model ?? context.config.modelDir;
  const result = await withStore(context, modelDir, async (store) => query((await inDesignScope(store, opts.withCr)).store, modelDir));
  await writeOutput(await renderers[opts.format]!(result), opts.out);
}

/** A workbook is not for a terminal: `--format xlsx` needs `--out`. */
export function requireOutForXlsx(command: Command, opts: AnswerOptions): void {
  if (opts.format === 'xlsx' && opts.out === undefined) {
    command.error('error: --format xlsx needs --out FILE (a workbook cannot be shown on a terminal)', { exitCode: EXIT_USAGE });
  }
}
