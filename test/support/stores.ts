/**
 * The store factories every contract suite runs against. The memory store's is here; the Neo4j
 * one (`neo4jStoreFactory`, which seeds the model into the test database) is in ./neo4j.ts and
 * runs only in the `neo4j` test project (test/neo4j/*-contract.test.ts), which provides the server.
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
