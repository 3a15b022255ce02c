/**
 * `mhhs impact <CR id | element ids...>`: what else moves when a change request (or a set of
 * changed elements) lands, grouped by kind, each with the path explaining why.
 * `mhhs impact --diff from..to`: the same for everything a diff between two versions changed.
 */
import type { Command } from 'commander';
import { assessImpact, type ImpactAssessment } from '../../domain/assessment.js';
import { impactOf } from '../../domain/impact.js';
import { impactOfDiff } from '../../domain/impact-of-diff.js';
import type { DiffImpact, ImpactResult } from '../../domain/results.js';
import { diffHeadline } from '../../export/diff.js';
import { IMPACT_FORMATS } from '../../export/formats.js';
import { renderAssessmentCsv, renderAssessmentMarkdown, renderAssessmentText, renderAssessmentXlsx } from '../../export/assessment.js';
import { renderImpactMarkdown, renderImpactText } from '../../export/impact.js';
import { renderJson } from '../../export/json.js';
import { KINDS } from '../../model/kinds.js';
import { ModelHistory } from '../../model/history.js';
import { gitCommitOf } from '../../model/identity.js';
import { addAnswerOptions, answer, requireOutForXlsx, type AnswerOptions, type Renderers } from '../answer.js';
import { EXIT_USAGE } from '../exit.js';
import { maxDepthOption } from '../options.js';

const RENDERERS: Renderers<ImpactResult> = IMPACT_FORMATS;

/** The impact of a diff renders as its impact, under the diff's headline. */
const DIFF_RENDERERS: Renderers<DiffImpact> = {
  text: ({ diff, impact }) => `${diffHeadline(diff)}\n${renderImpactText(impact)}`,
  md: ({ diff, impact }) => `${diffHeadline(diff)}\n\n${renderImpactMarkdown(impact)}`,
  json: renderJson,
  // A table is for filtering: the headline would be read as a row.
  csv: ({ impact }) => IMPACT_FORMATS.csv!(impact),
  xlsx: ({ impact }) => IMPACT_FORMATS.xlsx!(impact),
};

/** A change request's impact renders as the assessment a design lead circulates. */
const ASSESSMENT_RENDERERS: Renderers<ImpactAssessment> = {
  text: renderAssessmentText,
  md: renderAssessmentMarkdown,
  json: renderJson,
  csv: renderAssessmentCsv,
  xlsx: renderAssessmentXlsx,
};

/** One CR id means "assess that change request"; anything else is a list of changed elements. */
const changeRequestOf = (ids: readonly string[]): string | undefined => {
  const [only] = ids;
  return ids.length === 1 && only !== undefined && KINDS.ChangeRequest.idPattern.test(only) ? only : undefined;
};

type ImpactOptions = AnswerOptions & { readonly maxDepth?: number; readonly diff?: string };

export const impactCommand = (program: Command) =>
  addAnswerOptions(
    program
      .command('impact')
      .description('list every element impacted by a change request, by changed elements, or by what a diff changed, with the path that explains why')
      .argument('[ids...]', 'a change request id (CR023), or the ids of changed elements (IF-021 IF-041)')
      .option('--diff <from..to>', 'assess everything the diff between two versions changed (IR4..IR5, main~1..; no `to`: the working tree)')
      .addOption(maxDepthOption()),
    RENDERERS,
  ).action(async function (this: Command, ids: string[], opts: ImpactOptions) {
    if ((opts.diff === undefined) === (ids.length === 0)) {
      this.error('error: give a change request, changed element ids, or --diff from..to (exactly one of them)', { exitCode: EXIT_USAGE });
    }
    requireOutForXlsx(this, opts);
    const { diff, maxDepth } = opts;
    const changeRequest = changeRequestOf(ids);
    if (changeRequest !== undefined) {
      return answer(opts, ASSESSMENT_RENDERERS, async (store, modelDir) => {
        const [health, gitCommit] = await Promise.all([store.health(), gitCommitOf(modelDir)]);
        return assessImpact(store, { changeRequest, maxDepth, includeProposed: opts.withCr }, { modelHash: health.modelHash, gitCommit });
      });
    }
    if (diff === undefined) return answer(opts, RENDERERS, (store) => impactOf(store, { changed: ids, maxDepth }));
    const [from = '', to = '', ...rest] = diff.split('..');
    if (from === '' || rest.length > 0 || !diff.includes('..')) this.error(`error: --diff takes from..to (or from..), not '${diff}'`, { exitCode: EXIT_USAGE });
    return answer(opts, DIFF_RENDERERS, (store, modelDir) =>
      impactOfDiff(store, new ModelHistory(modelDir), { from, to: to === '' ? undefined : to, maxDepth }),
    );
  });
