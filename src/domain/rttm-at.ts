/**
 * The RTTM a tester circulates: the matrix of rttm.ts, naming the design it was built from (the
 * served model's content hash and the git commit of the model directory) so that a workbook
 * passed on says what it is of.
 */
import { gitCommitOf } from '../model/identity.js';
import type { ModelHistory } from '../model/history.js';
import type { GraphStore } from '../store/port.js';
import type { Rttm } from './results.js';
import { rttm, type RttmInput } from './rttm.js';

export async function rttmAt(store: GraphStore, history: ModelHistory, input: RttmInput): Promise<Rttm> {
  const [{ modelHash }, gitCommit] = await Promise.all([store.health(), gitCommitOf(history.modelDir)]);
  return rttm(store, input, { model: { modelHash, gitCommit } });
}
