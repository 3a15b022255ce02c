/**
 * `mhhs validate [dir]`: checks every model file and lists every problem at once, as
 * `file:line:col  message` (the format editors and CI annotators link to), then a summary.
 * Warnings (an empty file) come first on stderr, as `file:line:col  warning: message`; they do
 * not make the model invalid.
 */
import { BASELINE, scopedStore } from '../../store/design-scope.js';
import type { Command } from 'commander';
import { formatProblem, type ModelProblem } from '../../errors.js';
import { NODE_KINDS } from '../../model/kinds.js';
import type { DesignModel } from '../../model/design-model.js';
import { loadModelOrProblems } from '../../model/load.js';
import { endOf, suspectLinks } from '../../domain/suspects.js';
import { describeTotals, linkText } from '../../export/suspects.js';
import { ModelHistory } from '../../model/history.js';
import { linkKey, readReviewLock } from '../../model/reviews-lock.js';
import { createMemoryStore } from '../../store/memory.js';
import { commandContext } from '../context.js';
import { EXIT_FAILURE } from '../exit.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function reportProblems(dir: string, problems: readonly ModelProblem[]): void {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map((p) => `${formatProblem(p)}\n`).join('');
  process.stderr.write(`${lines}\n${dir} is invalid: ${plural(problems.length, 'problem')} in ${plural(files, 'file')}; nothing was loaded.\n`);
}

function reportWarnings(warnings: readonly ModelProblem[]): void {
  process.stderr.write(warnings.map((w) => `${formatProblem({ ...w, message: `warning: ${w.message}` })}\n`).join(''));
}

function reportCounts(dir: string, model: DesignModel, warnings: number): void {
  const width = Math.max(...NODE_KINDS.map((k) => k.length));
  const counts = NODE_KINDS.map((kind) => `  ${kind.padEnd(width)}  ${model.nodes.filter((n) => n.kind === kind).length}\n`);
  process.stdout.write(
    `${dir} is valid: ${plural(model.nodes.length, 'element')}, ${plural(model.edges.length, 'relationship')}${warnings > 0 ? `; ${plural(warnings, 'warning')}` : ''}\n${counts.join('')}`,
  );
}

/**
 * `--strict` (for a model repository's CI): a valid model also fails while a link is suspect, each
 * reported at its entry in the review lock.
 */
async function checkSuspects(dir: string, model: DesignModel): Promise<boolean> {
  const lock = await readReviewLock(dir);
  const { links, totals } = await suspectLinks(scopedStore(createMemoryStore(model), BASELINE), new ModelHistory(dir), lock);
  const lines = links.map((link) => {
    const changes = link.changed.map(({ end, fields }) => `${endOf(link, end).id} changed since the review${fields ? ` (${fields.map((f) => f.field).join(', ')})` : ''}`);
    const at = lock.links.get(linkKey({ type: link.type, from: link.from.id, to: link.to.id }))!.at;
    return `${formatProblem({ file: lock.file, ...at, message: `suspect link ${linkText(link)}: ${changes.join('; ')}` })}\n`;
  });
  const verdict = links.length > 0 ? `; run \`mhhs suspects\`, re-review, then \`mhhs review <id>\`` : '';
  (links.length > 0 ? process.stderr : process.stdout).write(`${lines.join('')}${describeTotals(totals)}${verdict}\n`);
  return links.length === 0;
}

export const validateCommand = (program: Command) =>
  program
    .command('validate')
    .description('check the model files and list every problem as file:line:col  message')
    .argument('[dir]', 'model directory (default: $MODEL_DIR or ./model)')
    .option('--strict', 'also fail while a link is suspect (see `mhhs suspects`)')
    .action(async (dirArg: string | undefined, opts: { strict?: boolean }) => {
      const dir = dirArg ?? commandContext().config.modelDir;
      const result = await loadModelOrProblems(dir);
      reportWarnings(result.warnings);
      if ('problems' in result) {
        reportProblems(dir, result.problems);
        process.exitCode = EXIT_FAILURE;
        return;
      }
      reportCounts(dir, result.model, result.warnings.length);
      if (opts.strict && !(await checkSuspects(dir, result.model))) process.exitCode = EXIT_FAILURE;
    });
