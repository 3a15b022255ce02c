/**
 * What an incremental seed changes: the model's seed plan compared, element by element and
 * relationship by relationship, with the seed hashes (`SEED_HASH`) the current generation holds.
 * Pure: seed-incremental.ts reads the hashes and applies the diff.
 */
import { relationshipKeyOf, SEED_HASH, type NodeRow, type RelationshipRow, type SeedPlan } from './seed-plan.js';

/** An element as the graph holds it: its kind and seed hash (null when seeded before hashes). */
export interface HeldNode {
  readonly id: string;
  readonly kind: string;
  readonly hash: string | null;
}

export interface RelationshipEnds {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

export interface HeldRelationship extends RelationshipEnds {
  readonly hash: string | null;
}

/** What the current generation holds. */
export interface HeldGraph {
  readonly nodes: readonly HeldNode[];
  readonly relationships: readonly HeldRelationship[];
}

/** One part of a diff: rows written as new, rows written over what the graph holds, what is deleted. */
export interface DiffPart<Row, Gone> {
  readonly added: readonly Row[];
  readonly changed: readonly Row[];
  readonly removed: readonly Gone[];
}

export interface SeedDiff {
  /**
   * Added: elements the graph lacks, or holds as another kind (the node is replaced: its labels
   * are its kind). Removed: ids of nodes deleted with their relationships — elements the model
   * no longer has, or whose kind changed.
   */
  readonly nodes: DiffPart<NodeRow, string>;
  /** Removed: relationships the model no longer has between nodes that stay (a deleted node takes its own along). */
  readonly relationships: DiffPart<RelationshipRow, RelationshipEnds>;
}

export type ChangeCounts = { readonly [K in keyof DiffPart<unknown, unknown>]: number };

type Parts = DiffPart<unknown, unknown>;

export const changeCountsOf = ({ added, changed, removed }: Parts): ChangeCounts => ({
  added: added.length,
  changed: changed.length,
  removed: removed.length,
});

/** Rows of one part of a diff (nodes or relationships) that are written or deleted. */
export const rowsIn = ({ added, changed, removed }: Parts): number => added.length + changed.length + removed.length;

/** Rows a diff writes or deletes: what decides whether it fits one transaction. */
export const diffSize = ({ nodes, relationships }: SeedDiff): number => rowsIn(nodes) + rowsIn(relationships);

export function diffSeed({ rows }: SeedPlan, held: HeldGraph): SeedDiff {
  const heldNodes = new Map(held.nodes.map((n) => [n.id, n]));
  const modelIds = new Set(rows.nodes.map((row) => row.id));
  const replaced = new Set(rows.nodes.filter((row) => (heldNodes.get(row.id)?.kind ?? row.kind) !== row.kind).map((row) => row.id));
  const nodes = {
    added: rows.nodes.filter((row) => !heldNodes.has(row.id) || replaced.has(row.id)),
    changed: rows.nodes.filter((row) => !replaced.has(row.id) && heldNodes.has(row.id) && heldNodes.get(row.id)!.hash !== row[SEED_HASH]),
    removed: held.nodes.map((n) => n.id).filter((id) => !modelIds.has(id) || replaced.has(id)),
  };
  // A deleted node's relationships go with it, so a replaced node's are all written again.
  const deleted = new Set(nodes.removed);
  const stays = ({ from, to }: RelationshipEnds) => !deleted.has(from) && !deleted.has(to);
  const heldRelationships = new Map(held.relationships.filter(stays).map((r) => [relationshipKeyOf(r), r]));
  const modelKeys = new Set(rows.relationships.map(relationshipKeyOf));
  return {
    nodes,
    relationships: {
      added: rows.relationships.filter((row) => !heldRelationships.has(relationshipKeyOf(row))),
      changed: rows.relationships.filter((row) => {
        const before = heldRelationships.get(relationshipKeyOf(row));
        return before !== undefined && before.hash !== row.props[SEED_HASH];
      }),
      removed: [...heldRelationships.entries()].filter(([key]) => !modelKeys.has(key)).map(([, { type, from, to }]) => ({ type, from, to })),
    },
  };
}
