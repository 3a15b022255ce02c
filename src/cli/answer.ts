/**
 * The shape every query command shares (impact, trace, rttm, role, codes): run one domain query
 * on the configured store, render the answer in the format asked for, write it to stdout or
 * `--out`. A command declares only its own arguments and its renderers.
 */
import type { Command } from 'commander';
import type { GraphStore } from '../store/port.js';
import { commandContext } from './context.js';
import { formatOption, modelOption, outOption } from './options.js';
import { withStore } from './open-store.js';
import { writeOutput } from './output.js';

/** Renderers by format name; the names are the `--format` choices, the first is the default. */
export type Renderers<R> = Readonly<Record<string, (result: R) => string | Promise<Buffer>>>;

export interface AnswerOptions {
  readonly format: string;
  readonly out?: string;
  readonly model?: string;
}

/** Adds `--format`, `--out` and `--model` to a query command. */
export const addAnswerOptions = (command: Command, renderers: Renderers<never>): Command =>
  command.addOption(formatOption(Object.keys(renderers), Object.keys(renderers)[0]!)).addOption(outOption()).addOption(modelOption());

export async function answer<R>(opts: AnswerOptions, renderers: Renderers<R>, query: (store: GraphStore) => Promise<R>): Promise<void> {
  const result = await withStore(commandContext({ quiet: true }), opts.model, query);
  await writeOutput(await renderers[opts.format]!(result), opts.out);
}
