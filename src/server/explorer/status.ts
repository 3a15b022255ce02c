/** GET /explorer/status.json: the served model's identity and the state of the model watch. */
import { modelSummary } from '../../domain/model-summary.js';
import type { ModelHistory } from '../../model/history.js';
import type { GraphStore } from '../../store/port.js';
import { healthOf } from '../health.js';
import type { ExplorerStatus, ReloadReport } from './status-report.js';

/** The commit checked out, and whether the model committed there is the one being served. */
async function committed(history: ModelHistory, modelHash: string | null): Promise<{ gitCommit: string | null; matchesCommit: boolean | null }> {
  try {
    const commit = await history.commitOf('HEAD');
    const atCommit = await history.modelAt(commit, 'HEAD').catch(() => null);
    return { gitCommit: commit, matchesCommit: atCommit && modelHash ? atCommit.hash === modelHash : null };
  } catch {
    return { gitCommit: null, matchesCommit: null };
  }
}

/** The example count costs a pass over the model: computed once per model hash. */
export function statusReporter(store: () => GraphStore, reload: () => ReloadReport, history: ModelHistory): () => Promise<ExplorerStatus> {
  let cached: { hash: string; examples: number } | undefined;
  return async () => {
    const current = store();
    const { report } = await healthOf(current);
    const { modelHash, nodeCount, ok } = report.store;
    let exampleCount: number | null = null;
    if (ok && modelHash !== null) {
      if (cached?.hash !== modelHash) cached = { hash: modelHash, examples: (await modelSummary(current)).examples };
      exampleCount = cached.examples;
    }
    return { model: { store: current.name, ok, modelHash, elementCount: nodeCount, exampleCount, ...(await committed(history, modelHash)) }, reload: reload() };
  };
}
