/**
 * The RTTM a tester circulates: the matrix of rttm.ts, naming the design it was built from (the
 * model's content hash and git commit) so that a workbook passed on says what it is of.
 *
 * With `baseline` (a design release with a `baseline` git ref, a git ref or a commit), the design
 * is the model as it stood at that version — read from git objects (baselines.ts), never by
 * changing the working tree, and held in an embedded store for this one answer whichever store
 * serves today's — while the results are today's, read from the store: evidence is a record of
 * what was run, not part of the design, so "does today's evidence verify the design as baselined
 * at IR5?" is the question. A result of a test case the baseline does not have counts nowhere.
 */
import { gitCommitOf } from '../model/identity.js';
import type { ModelHistory } from '../model/history.js';
import { createMemoryStore } from '../store/memory.js';
import type { GraphStore } from '../store/port.js';
import { resolveVersion } from './baselines.js';
import type { Rttm } from './results.js';
import { rttm, type RttmInput } from './rttm.js';
import { inDesignScope } from './scope.js';

export interface RttmAtInput extends RttmInput {
  /** The design version the matrix is built on; the design served now when absent. */
  readonly baseline?: string;
  /** With a baseline: the change requests whose proposals it includes (the served store is scoped already). */
  readonly includeProposed?: readonly string[];
}

export async function rttmAt(store: GraphStore, history: ModelHistory, { baseline, includeProposed, ...input }: RttmAtInput): Promise<Rttm> {
  if (baseline === undefined) {
    const [{ modelHash }, gitCommit] = await Promise.all([store.health(), gitCommitOf(history.modelDir)]);
    return rttm(store, input, { model: { modelHash, gitCommit } });
  }
  const { version, model } = await resolveVersion(store, history, baseline);
  const design = await inDesignScope(createMemoryStore(model), includeProposed);
  const matrix = await rttm(design.store, input, { evidence: store, model: { modelHash: model.hash, gitCommit: version.commit } });
  return { ...matrix, scope: { ...matrix.scope, baseline: version } };
}
