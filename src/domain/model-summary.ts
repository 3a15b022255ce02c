/**
 * How many elements the served model holds, and how many of them are examples: what the
 * explorer shows on every page, with a banner when the answers rest partly on examples.
 * One `list` round-trip per kind, in parallel.
 */
import { NODE_KINDS, type NodeKind } from '../model/kinds.js';
import type { GraphStore } from '../store/port.js';
import { listAll } from './lookups.js';

export interface KindCount {
  readonly kind: NodeKind;
  readonly elements: number;
  readonly examples: number;
}

export interface ModelSummary {
  readonly elements: number;
  readonly examples: number;
  /** Kinds in NODE_KINDS order, including those with no element. */
  readonly byKind: readonly KindCount[];
}

export async function modelSummary(store: GraphStore): Promise<ModelSummary> {
  const byKind = await Promise.all(
    NODE_KINDS.map(async (kind) => {
      const nodes = await listAll(store, { kind });
      return { kind, elements: nodes.length, examples: nodes.filter((n) => n.props.example !== undefined).length };
    }),
  );
  const total = (key: 'elements' | 'examples') => byKind.reduce((n, k) => n + k[key], 0);
  return { elements: total('elements'), examples: total('examples'), byKind };
}
