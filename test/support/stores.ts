/**
 * The store factories every contract suite runs against. The memory store is always here; the
 * Neo4j factory is added by the Neo4j test setup.
 */
import type { DesignModel } from '../../src/model/design-model.js';
import type { GraphStore } from '../../src/store/port.js';
import { createMemoryStore } from '../../src/store/memory.js';

export interface StoreFactory {
  readonly name: 'memory' | 'neo4j';
  make(model: DesignModel): Promise<GraphStore>;
}

export const memoryStoreFactory: StoreFactory = {
  name: 'memory',
  make: async (model) => createMemoryStore(model),
};
