/**
 * The answers of the domain queries. The GraphQL types, the CLI and the exports render these;
 * they are computed once, in `src/domain`, from the GraphStore port.
 */
import type { NodeKind } from '../model/kinds.js';
import type { RelationshipType } from '../model/relationships.js';
import type { Direction, GraphNode } from '../store/port.js';

/** One hop of an explanation path: followed `type` in `direction`, arriving at node `to`. */
export interface PathHop {
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly to: string;
}

/** A path from `start` through `hops`; the last hop's `to` is the element explained. */
export interface Path {
  readonly start: string;
  readonly hops: readonly PathHop[];
}

export interface Reached {
  readonly node: GraphNode;
  /** Number of hops from the nearest start element. */
  readonly depth: number;
  /** One shortest path explaining why the element is reached. */
  readonly path: Path;
}

export interface KindGroup {
  readonly kind: NodeKind;
  readonly elements: readonly Reached[];
}

export interface ImpactResult {
  /** The change request assessed, when the impact was asked for a CR. */
  readonly changeRequest: GraphNode | null;
  /** The changed elements the walk starts from. */
  readonly changed: readonly GraphNode[];
  readonly maxDepth: number;
  /** Every impacted element once, at its minimum depth, ordered by (depth, kind, id). */
  readonly impacted: readonly Reached[];
  /** The impacted elements grouped by kind, kinds in NODE_KINDS order. */
  readonly byKind: readonly KindGroup[];
}

export interface TraceResult {
  readonly from: GraphNode;
  readonly toKind: NodeKind;
  readonly maxDepth: number;
  /** Reachable elements of `toKind`, ordered by (depth, id). */
  readonly targets: readonly Reached[];
}

export type CoverageStatus = 'DIRECT' | 'VIA_INTERFACE' | 'NONE';

export interface RttmScope {
  readonly phase: GraphNode | null;
  readonly role: GraphNode | null;
  readonly artefact: GraphNode | null;
}

export interface ViaInterfaceCoverage {
  readonly testCase: GraphNode;
  readonly interface: GraphNode;
}

export interface RttmRow {
  readonly requirement: GraphNode;
  readonly status: CoverageStatus;
  /** In-scope test cases that VERIFY the requirement, by id. */
  readonly directTestCases: readonly GraphNode[];
  /** In-scope test cases that EXERCISE an interface REALISING the requirement, by (test case, interface). */
  readonly viaInterface: readonly ViaInterfaceCoverage[];
}

export interface RttmTotals {
  readonly requirements: number;
  readonly direct: number;
  readonly viaInterface: number;
  readonly none: number;
  /** (direct + viaInterface) / requirements × 100, to one decimal place; 0 when there are no requirements. */
  readonly coveragePercent: number;
}

export interface Rttm {
  readonly scope: RttmScope;
  /** One row per in-scope requirement, ordered by requirement id. */
  readonly rows: readonly RttmRow[];
  readonly totals: RttmTotals;
  readonly uncovered: readonly GraphNode[];
}

export interface ProcessParticipation {
  readonly process: GraphNode;
  /** The steps of the process the role performs, by sequence. */
  readonly steps: readonly GraphNode[];
}

export interface PhaseTestCases {
  readonly phase: GraphNode;
  readonly testCases: readonly GraphNode[];
}

export interface RoleView {
  readonly role: GraphNode;
  readonly sends: readonly GraphNode[];
  readonly receives: readonly GraphNode[];
  readonly processes: readonly ProcessParticipation[];
  readonly requirements: readonly GraphNode[];
  readonly testCasesByPhase: readonly PhaseTestCases[];
}

export interface ClauseTrace {
  readonly clause: GraphNode;
  readonly requirements: readonly GraphNode[];
}

export interface CodeTrace {
  readonly code: string | null;
  readonly clauses: readonly ClauseTrace[];
  /** Requirements in scope that no clause (of the code, when given) codifies. */
  readonly requirementsWithoutClause: readonly GraphNode[];
  /** Clauses that codify no requirement. */
  readonly clausesWithoutRequirement: readonly GraphNode[];
}
