/**
 * `mhhs impact <CR id | element ids...>`: what else moves when a change request (or a set of
 * changed elements) lands, grouped by kind, each with the path explaining why.
 */
import type { Command } from 'commander';
import { impactOf, type ImpactInput } from '../../domain/impact.js';
import { renderImpactMarkdown, renderImpactText } from '../../export/impact.js';
import { renderJson } from '../../export/json.js';
import { KINDS } from '../../model/kinds.js';
import { commandContext } from '../context.js';
import { formatOption, maxDepthOption, modelOption, outOption } from '../options.js';
import { withStore } from '../open-store.js';
import { writeOutput } from '../output.js';

const RENDERERS = { text: renderImpactText, md: renderImpactMarkdown, json: renderJson } as const;
type Format = keyof typeof RENDERERS;

/** One CR id means "assess that change request"; anything else is a list of changed elements. */
const impactInput = (ids: readonly string[], maxDepth: number | undefined): ImpactInput => {
  const [only] = ids;
  const start = ids.length === 1 && only !== undefined && KINDS.ChangeRequest.idPattern.test(only) ? { changeRequest: only } : { changed: ids };
  return { ...start, maxDepth };
};

export const impactCommand = (program: Command) =>
  program
    .command('impact')
    .description('list every element impacted by a change request, or by changed elements, with the path that explains why')
    .argument('<ids...>', 'a change request id (CR023), or the ids of changed elements (IF-021 IF-041)')
    .addOption(maxDepthOption())
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption())
    .addOption(modelOption())
    .action(async (ids: string[], opts: { maxDepth?: number; format: Format; out?: string; model?: string }) => {
      const impact = await withStore(commandContext({ quiet: true }), opts.model, (store) => impactOf(store, impactInput(ids, opts.maxDepth)));
      await writeOutput(RENDERERS[opts.format](impact), opts.out);
    });
