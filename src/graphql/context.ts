/**
 * What every resolver receives. A fresh object per request: the per-request DataLoaders are
 * keyed on its identity (see loaders.ts), so nothing is cached across requests.
 */
import type { Logger } from '../log.js';
import type { GraphStore } from '../store/port.js';

export interface ApiContext {
  readonly store: GraphStore;
  readonly logger: Logger;
}
