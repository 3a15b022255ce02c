import { describe, expect, it } from 'vitest';
import type { DesignModel } from '../../src/model/design-model.js';
import { createMemoryStore } from '../../src/store/memory.js';

const location = { file: 'inline', line: 1, col: 1 };
const model: DesignModel = {
  nodes: [
    { id: 'IF-021', kind: 'Interface', props: { name: 'Consumption data', example: 'inline' }, location },
    { id: 'ADS', kind: 'Role', props: { name: 'Advanced Data Service', category: 'TOM_SERVICE', example: 'inline' }, location },
  ],
  edges: [
    { type: 'FROM', from: 'IF-021', to: 'ADS', provenance: { state: 'EXAMPLE', note: 'inline', inherited: true } },
    { type: 'FROM', from: 'IF-021', to: 'ADS', provenance: { state: 'EXAMPLE', note: 'inline', inherited: true } },
    { type: 'TO', from: 'IF-021', to: 'NOT-LOADED', provenance: { state: 'EXAMPLE', note: 'inline', inherited: true } },
  ],
  hash: 'inline',
};

describe('memory store', () => {
  it('holds an edge given twice once, as Neo4j does after MERGE, and ignores edges to missing elements', async () => {
    const store = createMemoryStore(model);
    const [neighbours] = await store.neighbours(['IF-021'], [{ type: 'FROM', direction: 'OUT' }, { type: 'TO', direction: 'OUT' }]);
    expect(neighbours).toEqual([{ type: 'FROM', direction: 'OUT', id: 'ADS', kind: 'Role', provenance: { state: 'EXAMPLE', note: 'inline', inherited: true } }]);
  });

  it('does not hand out the source locations of the model', async () => {
    const [node] = await createMemoryStore(model).nodes(['ADS']);
    expect(node).toEqual({ id: 'ADS', kind: 'Role', props: { name: 'Advanced Data Service', category: 'TOM_SERVICE', example: 'inline' } });
  });
});
