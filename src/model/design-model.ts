/**
 * The validated design model in memory: what the loader produces and what every store is
 * built or seeded from.
 */
import type { z } from 'zod';
import type { NodeKind, sourceSchema } from './kinds.js';
import type { EdgeProvenance, Proposal } from './provenance.js';
import type { RelationshipType } from './relationships.js';

export type Source = z.infer<typeof sourceSchema>;

/** Where something is written in the model files; lines and columns are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** JSON-compatible property value. */
export type PropertyValue = string | number | boolean | null | readonly PropertyValue[] | { readonly [k: string]: PropertyValue };

/**
 * Properties of a node: the common ones (`name`, optional `description`, exactly one of
 * `source` / `example` / `inferred`, optional `proposedBy`) plus the scalar properties its kind
 * declares. References are edges.
 */
export type NodeProps = {
  readonly name: string;
  readonly description?: string;
  readonly source?: Source;
  readonly example?: string;
  readonly inferred?: string;
  readonly proposedBy?: Proposal;
} & { readonly [k: string]: PropertyValue | undefined };

export interface ModelNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly props: NodeProps;
  readonly location: SourceLocation;
}

export interface ModelEdge {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  /** The reference's own provenance, or (`inherited`) that of the element it is written on. */
  readonly provenance: EdgeProvenance;
  /** The change request proposing the relationship: written on the reference, or its element's. */
  readonly proposedBy?: Proposal;
}

export interface DesignModel {
  readonly nodes: readonly ModelNode[];
  readonly edges: readonly ModelEdge[];
  /** Content hash of the model (nodes + edges), so a store can tell which model it holds. */
  readonly hash: string;
}

