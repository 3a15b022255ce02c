/**
 * `mhhs review <id...> | --all-valid`: records that links were reviewed — every link at the
 * elements named, the links named (`"<from> <TYPE> <to>"`), or every link — by writing the current
 * fingerprints of their ends into the model's reviews.lock.yaml, and says which links it cleared.
 */
import type { Command } from 'commander';
import { BASELINE, scopedStore } from '../../store/design-scope.js';
import { review } from '../../domain/review.js';
import { linkText } from '../../export/suspects.js';
import { readReviewLock, writeReviewLock } from '../../model/reviews-lock.js';
import { commandContext } from '../context.js';
import { EXIT_USAGE } from '../exit.js';
import { modelOption } from '../options.js';
import { withStore } from '../open-store.js';

export const reviewCommand = (program: Command) =>
  program
    .command('review')
    .description('record that links were reviewed (clears them if suspect), in reviews.lock.yaml beside the model')
    .argument('[ids...]', 'element ids (every link at them), or links as "<from> <TYPE> <to>"')
    .option('--all-valid', 'record every link as reviewed, as it stands now')
    .addOption(modelOption())
    .action(async function (this: Command, ids: string[], opts: { allValid?: boolean; model?: string }) {
      if ((opts.allValid === true) === ids.length > 0) {
        this.error('error: name the elements or links reviewed, or give --all-valid (not both)', { exitCode: EXIT_USAGE });
      }
      const context = commandContext({ quiet: true });
      const modelDir = opts.model ?? context.config.modelDir;
      const lock = await readReviewLock(modelDir);
      // Reviews are of the baselined design, as `mhhs suspects` lists it.
      const outcome = await withStore(context, modelDir, (store) => review(scopedStore(store, BASELINE), lock, opts.allValid ? { allValid: true } : { ids }));
      await writeReviewLock(modelDir, outcome.lock);
      const cleared = outcome.cleared.map((link) => `  ${link.state.padEnd(10)} ${linkText(link)}\n`).join('');
      process.stdout.write(
        `Recorded ${outcome.reviewed.length} reviewed link${outcome.reviewed.length === 1 ? '' : 's'} in ${lock.file}; ` +
          `cleared ${outcome.cleared.length}${outcome.cleared.length > 0 ? ' (state before the review):' : ''}\n${cleared}`,
      );
    });
