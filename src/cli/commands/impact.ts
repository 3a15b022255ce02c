/**
 * `mhhs impact <CR id | element ids...>`: what else moves when a change request (or a set of
 * changed elements) lands, grouped by kind, each with the path explaining why.
 */
import type { Command } from 'commander';
import { impactOf, type ImpactInput } from '../../domain/impact.js';
import type { ImpactResult } from '../../domain/results.js';
import { renderImpactMarkdown, renderImpactText } from '../../export/impact.js';
import { renderJson } from '../../export/json.js';
import { KINDS } from '../../model/kinds.js';
import { addAnswerOptions, answer, type AnswerOptions, type Renderers } from '../answer.js';
import { maxDepthOption } from '../options.js';

const RENDERERS: Renderers<ImpactResult> = { text: renderImpactText, md: renderImpactMarkdown, json: renderJson };

/** One CR id means "assess that change request"; anything else is a list of changed elements. */
const impactInput = (ids: readonly string[], maxDepth: number | undefined): ImpactInput => {
  const [only] = ids;
  const start = ids.length === 1 && only !== undefined && KINDS.ChangeRequest.idPattern.test(only) ? { changeRequest: only } : { changed: ids };
  return { ...start, maxDepth };
};

export const impactCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('impact')
      .description('list every element impacted by a change request, or by changed elements, with the path that explains why')
      .argument('<ids...>', 'a change request id (CR023), or the ids of changed elements (IF-021 IF-041)')
      .addOption(maxDepthOption()),
    RENDERERS,
  ).action((ids: string[], opts: AnswerOptions & { maxDepth?: number }) =>
    answer(opts, RENDERERS, (store) => impactOf(store, impactInput(ids, opts.maxDepth))),
  );
