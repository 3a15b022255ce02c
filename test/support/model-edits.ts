/**
 * A model edited the way a team edits one between two seeds, for the incremental-seed tests:
 * a few elements reworded, one dropped with its relationships, one relationship dropped, one
 * relationship's provenance changed. Each edit is optional; the hash changes with any of them.
 */
import type { DesignModel, ModelEdge, ModelNode } from '../../src/model/design-model.js';

export interface ModelEdits {
  /** Ids of elements whose name gets a suffix. */
  readonly rename?: readonly string[];
  /** Ids of elements dropped, with every relationship touching them. */
  readonly drop?: readonly string[];
  /** Relationships dropped. */
  readonly dropEdges?: readonly ModelEdge[];
  /** Relationships whose provenance becomes an example with this note. */
  readonly reword?: readonly ModelEdge[];
}

const renamed = (node: ModelNode): ModelNode => ({ ...node, props: { ...node.props, name: `${node.props.name} (edited)` } });

export function editModel(model: DesignModel, { rename = [], drop = [], dropEdges = [], reword = [] }: ModelEdits): DesignModel {
  const edits = JSON.stringify({ rename, drop, dropEdges: dropEdges.length, reword: reword.length });
  return {
    nodes: model.nodes.filter((n) => !drop.includes(n.id)).map((n) => (rename.includes(n.id) ? renamed(n) : n)),
    edges: model.edges
      .filter((e) => !drop.includes(e.from) && !drop.includes(e.to) && !dropEdges.includes(e))
      .map((e) => (reword.includes(e) ? { ...e, provenance: { state: 'EXAMPLE', note: 'reworded between seeds', inherited: false } } : e)),
    hash: `${model.hash} edited ${edits}`,
  };
}

/** The same model under another hash with one element of another kind: `id` becomes a `kind` element. */
export const withKindChanged = (model: DesignModel, id: string, kind: ModelNode['kind']): DesignModel => ({
  ...model,
  nodes: model.nodes.map((n) => (n.id === id ? { ...n, kind } : n)),
  hash: `${model.hash} ${id} as ${kind}`,
});
