/** Canonical JSON: the text hashes (model hash, fingerprints, graph schema version) are taken of. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/model/canonical-json.js';

describe('canonical JSON', () => {
  it('writes the same text whatever order keys were written in, at every depth', () => {
    const a = { type: 'FROM', from: 'IF-021', provenance: { state: 'SOURCE', source: { section: 'Roles', paper: 'x.txt' } }, list: [{ b: 1, a: [{ d: null, c: true }] }] };
    const b = { list: [{ a: [{ c: true, d: null }], b: 1 }], provenance: { source: { paper: 'x.txt', section: 'Roles' }, state: 'SOURCE' }, from: 'IF-021', type: 'FROM' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe(
      '{"from":"IF-021","list":[{"a":[{"c":true,"d":null}],"b":1}],"provenance":{"source":{"paper":"x.txt","section":"Roles"},"state":"SOURCE"},"type":"FROM"}',
    );
  });

  it('writes sorted values as JSON.stringify does, and leaves what it is given as it was', () => {
    const sorted = { a: ['x', 2, false, null, { b: 'é "q"\n' }], z: 1.5 };
    const unsorted = { z: [{ y: 1, x: 2 }], a: 'first' };
    const before = JSON.stringify(unsorted);
    expect(canonicalJson(sorted)).toBe(JSON.stringify(sorted));
    expect(canonicalJson(unsorted)).toBe('{"a":"first","z":[{"x":2,"y":1}]}');
    expect(JSON.stringify(unsorted)).toBe(before);
  });
});
