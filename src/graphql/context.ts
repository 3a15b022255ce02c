/**
 * What every resolver receives. A fresh object per request: the per-request DataLoaders are
 * keyed on its identity (see loaders.ts), so nothing is cached across requests.
 */
import type { Logger } from '../log.js';
import { ModelHistory } from '../model/history.js';
import type { GraphStore } from '../store/port.js';

export interface ApiContext {
  readonly store: GraphStore;
  readonly logger: Logger;
  /**
   * The model directory whose git history and review lock change control reads (diff, suspect
   * links); absent, the default model directory `model`, as the configuration's default.
   */
  readonly history?: ModelHistory;
}

export const historyOf = (context: ApiContext): ModelHistory => context.history ?? new ModelHistory('model');
