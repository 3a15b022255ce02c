/**
 * `mhhs validate [dir]`: checks every model file and lists every problem at once, as
 * `file:line:col  message` (the format editors and CI annotators link to), then a summary.
 * Warnings (an empty file) come first on stderr, as `file:line:col  warning: message`; they do
 * not make the model invalid.
 */
import type { Command } from 'commander';
import { formatProblem, type ModelProblem } from '../../errors.js';
import { NODE_KINDS } from '../../model/kinds.js';
import type { DesignModel } from '../../model/design-model.js';
import { loadModelOrProblems } from '../../model/load.js';
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

export const validateCommand = (program: Command) =>
  program
    .command('validate')
    .description('check the model files and list every problem as file:line:col  message')
    .argument('[dir]', 'model directory (default: $MODEL_DIR or ./model)')
    .action(async (dirArg: string | undefined) => {
      const dir = dirArg ?? commandContext().config.modelDir;
      const result = await loadModelOrProblems(dir);
      reportWarnings(result.warnings);
      if ('problems' in result) {
        reportProblems(dir, result.problems);
        process.exitCode = EXIT_FAILURE;
      } else {
        reportCounts(dir, result.model, result.warnings.length);
      }
    });
