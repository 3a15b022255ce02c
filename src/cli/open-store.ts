/**
 * Opening the store the configuration selects, for every command that reads the graph. The
 * embedded store is built from the model files; Neo4j serves the graph seeded into it, so the
 * model is only loaded when the memory store needs it.
 */
import type { StoreConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { DesignModel } from '../model/design-model.js';
import { loadModel } from '../model/load.js';
import { createMemoryStore } from '../store/memory.js';
import type { GraphStore } from '../store/port.js';
import type { CommandContext } from './context.js';

export interface OpenStoreOptions {
  readonly store: StoreConfig;
  readonly logger: Logger;
  /** The model for the memory store; called only when that store is selected. */
  readonly model: () => Promise<DesignModel>;
}

export async function openStore({ store, logger, model }: OpenStoreOptions): Promise<GraphStore> {
  switch (store.kind) {
    case 'memory':
      return createMemoryStore(await model());
    case 'neo4j': {
      const { openNeo4jStore } = await import('../store/neo4j/open.js');
      return openNeo4jStore(store, logger);
    }
  }
}

/** Runs a one-shot query against the configured store, closing it whatever happens. */
export async function withStore<T>(
  { config, logger }: CommandContext,
  modelDir: string | undefined,
  query: (store: GraphStore) => Promise<T>,
): Promise<T> {
  const store = await openStore({ store: config.store, logger, model: () => loadModel(modelDir ?? config.modelDir) });
  try {
    return await query(store);
  } finally {
    await store.close();
  }
}
