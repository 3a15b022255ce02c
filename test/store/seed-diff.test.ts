/**
 * The incremental seed's diff: what the graph holds (ids, kinds, seed hashes) against the seed
 * plan of the model — exact content, not the change-control fingerprint; a new kind replaces the
 * node and so rewrites its relationships; a graph seeded before hashes differs everywhere.
 */
import { describe, expect, it } from 'vitest';
import type { DesignModel, ModelNode } from '../../src/model/design-model.js';
import { fingerprintOf } from '../../src/model/fingerprint.js';
import { diffSeed, diffSize, type HeldGraph } from '../../src/store/neo4j/seed-diff.js';
import { planSeed, SEED_HASH } from '../../src/store/neo4j/seed-plan.js';

const location = { file: 'test.yaml', line: 1, col: 1 };
const provenance = { state: 'EXAMPLE', note: 'diff', inherited: true } as const;
const node = (id: string, kind: ModelNode['kind'], name: string): ModelNode => ({ id, kind, props: { name, example: 'x' }, location });

const model: DesignModel = {
  nodes: [node('S1', 'ProcessStep', 'Send'), node('ADS', 'Role', 'ADS'), node('DIP', 'Role', 'DIP')],
  edges: [
    { type: 'PERFORMED_BY', from: 'S1', to: 'ADS', provenance },
    { type: 'PERFORMED_BY', from: 'S1', to: 'DIP', provenance },
  ],
  hash: 'm',
};

/** What a seed of `seeded` leaves in the graph. */
function heldAfterSeeding(seeded: DesignModel): HeldGraph {
  const { rows } = planSeed(seeded);
  return {
    nodes: rows.nodes.map((r) => ({ id: r.id, kind: r.kind, hash: r[SEED_HASH] })),
    relationships: rows.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to, hash: r.props[SEED_HASH] })),
  };
}

const idsOf = (rows: readonly { readonly id: string }[]) => rows.map((r) => r.id);
const keysOf = (rows: readonly { readonly type: string; readonly from: string; readonly to: string }[]) => rows.map((r) => `${r.from}-${r.to}`);

describe('the incremental seed diff', () => {
  it('is empty when the graph holds the model', () => {
    expect(diffSize(diffSeed(planSeed(model), heldAfterSeeding(model)))).toBe(0);
  });

  it('sees a change the change-control fingerprint ignores: what readers get back is exact', () => {
    const spaced: DesignModel = { ...model, nodes: model.nodes.map((n) => (n.id === 'S1' ? { ...n, props: { ...n.props, name: 'Send ' } } : n)) };
    expect(fingerprintOf(spaced.nodes[0]!)).toBe(fingerprintOf(model.nodes[0]!));
    const diff = diffSeed(planSeed(spaced), heldAfterSeeding(model));
    expect(idsOf(diff.nodes.changed)).toEqual(['S1']);
    expect(diffSize(diff)).toBe(1);
  });

  it('replaces a node whose kind changed and writes its relationships again, and deletes only what stays behind', () => {
    const edited: DesignModel = {
      nodes: [node('S1', 'ProcessStep', 'Send'), node('ADS', 'Artefact', 'ADS')],
      edges: [{ type: 'PERFORMED_BY', from: 'S1', to: 'ADS', provenance }],
      hash: 'e',
    };
    const { nodes, relationships } = diffSeed(planSeed(edited), heldAfterSeeding(model));
    expect({ added: idsOf(nodes.added), changed: idsOf(nodes.changed), removed: nodes.removed }).toEqual({ added: ['ADS'], changed: [], removed: ['ADS', 'DIP'] });
    // S1→DIP goes with DIP, S1→ADS with the old ADS node: written again, deleted by nobody.
    expect({ added: keysOf(relationships.added), changed: keysOf(relationships.changed), removed: keysOf(relationships.removed) }).toEqual({ added: ['S1-ADS'], changed: [], removed: [] });
  });

  it('finds relationships added, removed and with other provenance between nodes that stay', () => {
    const edited: DesignModel = {
      ...model,
      edges: [{ type: 'PERFORMED_BY', from: 'S1', to: 'ADS', provenance: { ...provenance, note: 'other' } }, { type: 'PERFORMED_BY', from: 'S1', to: 'ADS', provenance: { ...provenance, note: 'other' } }],
    };
    const { nodes, relationships } = diffSeed(planSeed(edited), heldAfterSeeding(model));
    expect(diffSize({ nodes, relationships: { added: [], changed: [], removed: [] } })).toBe(0);
    expect({ changed: keysOf(relationships.changed), removed: keysOf(relationships.removed), added: keysOf(relationships.added) }).toEqual({ changed: ['S1-ADS'], removed: ['S1-DIP'], added: [] });
  });

  it('counts everything as changed in a graph seeded before seed hashes', () => {
    const held = heldAfterSeeding(model);
    const unhashed: HeldGraph = { nodes: held.nodes.map((n) => ({ ...n, hash: null })), relationships: held.relationships.map((r) => ({ ...r, hash: null })) };
    expect(diffSize(diffSeed(planSeed(model), unhashed))).toBe(model.nodes.length + model.edges.length);
  });
});
