/** GET /explorer/status.json: the served model's identity and the state of the model watch. */
import { modelSummary } from '../../domain/model-summary.js';
import type { GraphStore } from '../../store/port.js';
import { healthOf } from '../health.js';
import type { ExplorerStatus, ReloadReport } from './status-report.js';

/** The example count costs a pass over the model: computed once per model hash. */
export function statusReporter(store: () => GraphStore, reload: () => ReloadReport): () => Promise<ExplorerStatus> {
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
    return { model: { store: current.name, ok, modelHash, elementCount: nodeCount, exampleCount }, reload: reload() };
  };
}
