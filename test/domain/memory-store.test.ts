import { describe, expect, it } from 'vitest';
import type { DesignModel } from '../../src/model/design-model.js';
import { loadModel } from '../../src/model/load.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SEARCH_FIELDS, searchFieldOf, wordsOf } from '../../src/store/search-words.js';

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

  // The search index is built at the first search, not when the store is created.
  it('answers a search on the shipped model as the words of every element say, first search or later', async () => {
    const shipped = await loadModel('model');
    const expected = (terms: readonly string[]) =>
      shipped.nodes
        .filter((node) => {
          const words = SEARCH_FIELDS.flatMap((field) => wordsOf(searchFieldOf(node, field) ?? ''));
          return terms.every((term) => words.some((word) => word.startsWith(term)));
        })
        .map((node) => node.id)
        .sort();
    const queries = [['consumption'], ['smart', 'cons'], ['if', '0'], ['reg', 'service'], ['umption']];
    for (const [i, terms] of queries.entries()) {
      // A fresh store for every query asks its index for the first time; `later` has answered the others before.
      const later = createMemoryStore(shipped);
      for (const other of queries.slice(0, i)) await later.search({ terms: other }, 1);
      const first = await createMemoryStore(shipped).search({ terms }, 10_000);
      expect(first.items.map((node) => node.id), terms.join(' ')).toEqual(expected(terms));
      expect(await later.search({ terms }, 10_000)).toEqual(first);
    }
    expect(expected(['consumption']).length).toBeGreaterThan(5);
  });
});
