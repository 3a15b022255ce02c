/**
 * `mhhs suspects [--kind K] [--state S]`: the links to re-review because an element they depend
 * on changed since they were reviewed, each with the change (which end, which fields, old -> new).
 */
import { Option, type Command } from 'commander';
import type { ReviewState, SuspectReport } from '../../domain/results.js';
import { suspectLinks } from '../../domain/suspects.js';
import { renderJson } from '../../export/json.js';
import { renderSuspectsCsv, renderSuspectsMarkdown, renderSuspectsText, renderSuspectsXlsx } from '../../export/suspects.js';
import { ModelHistory } from '../../model/history.js';
import { NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import { readReviewLock } from '../../model/reviews-lock.js';
import { addAnswerOptions, answer, requireOutForXlsx, type AnswerOptions, type Renderers } from '../answer.js';

const RENDERERS: Renderers<SuspectReport> = {
  text: renderSuspectsText,
  md: renderSuspectsMarkdown,
  json: renderJson,
  csv: renderSuspectsCsv,
  xlsx: renderSuspectsXlsx,
};

type SuspectsOptions = AnswerOptions & { readonly kind?: NodeKind; readonly state: ReviewState };

export const suspectsCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('suspects')
      .description('list the links whose element they depend on changed since they were reviewed, with what changed')
      .addOption(new Option('--kind <kind>', 'only links whose element to re-review is of this kind, e.g. TestCase').choices(NODE_KINDS))
      .addOption(new Option('--state <state>', 'list links in this state instead').choices(['SUSPECT', 'UNREVIEWED', 'VALID']).default('SUSPECT')),
    RENDERERS,
  ).action(async function (this: Command, opts: SuspectsOptions) {
    requireOutForXlsx(this, opts);
    await answer(opts, RENDERERS, async (store, modelDir) =>
      suspectLinks(store, new ModelHistory(modelDir), await readReviewLock(modelDir), { kind: opts.kind, state: opts.state }),
    );
  });
