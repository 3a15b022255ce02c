/**
 * `mhhs diff <from> [<to>]`: what changed in the design between two versions of the model — a
 * design release with a baseline, a git ref or a commit; `to` defaults to the working tree.
 */
import type { Command } from 'commander';
import { diffVersions } from '../../domain/baselines.js';
import type { ModelDiff } from '../../domain/results.js';
import { renderDiffCsv, renderDiffMarkdown, renderDiffText, renderDiffXlsx } from '../../export/diff.js';
import { renderJson } from '../../export/json.js';
import { ModelHistory } from '../../model/history.js';
import { addAnswerOptions, answer, requireOutForXlsx, type AnswerOptions, type Renderers } from '../answer.js';

const RENDERERS: Renderers<ModelDiff> = {
  text: renderDiffText,
  md: renderDiffMarkdown,
  json: renderJson,
  csv: renderDiffCsv,
  xlsx: renderDiffXlsx,
};

export const diffCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('diff')
      .description('list the elements added, removed and changed (field by field) and the relationships added and removed between two versions of the model')
      .argument('<from>', 'a design release with a baseline (IR4), a git ref (ir4, main~3) or a commit id')
      .argument('[to]', 'the same; default: the working tree'),
    RENDERERS,
  ).action(async function (this: Command, from: string, to: string | undefined, opts: AnswerOptions) {
    requireOutForXlsx(this, opts);
    await answer(opts, RENDERERS, (store, modelDir) => diffVersions(store, new ModelHistory(modelDir), { from, to }));
  });
