/**
 * The answers of the domain queries. The GraphQL types, the CLI and the exports render these;
 * they are computed once, in `src/domain`, from the GraphStore port.
 */
import type { PropertyValue } from '../model/design-model.js';
import type { NodeKind, TestOutcome } from '../model/kinds.js';
import type { ModelIdentity } from './assessment.js';
import type { ExecutionStatus } from './executions.js';
import type { EdgeProvenance, Proposal } from '../model/provenance.js';
import type { RelationshipType } from '../model/relationships.js';
import type { Direction, GraphNode } from '../store/port.js';

/** One hop of an explanation path: followed `type` in `direction`, arriving at node `to`. */
export interface PathHop {
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly to: string;
  /** Where the relationship followed comes from: a path is only as sure as its least sure hop. */
  readonly provenance: EdgeProvenance;
  readonly proposedBy?: Proposal;
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
  /** The changed elements the walk starts from, by id; they are not listed as impacted. */
  readonly changed: readonly GraphNode[];
  readonly maxDepth: number;
  /** Every impacted element once, at its minimum depth, ordered by (depth, kind in NODE_KINDS order, id). */
  readonly impacted: readonly Reached[];
  /** The impacted elements grouped by kind, kinds in NODE_KINDS order, each group by (depth, id). */
  readonly byKind: readonly KindGroup[];
  /** Why part of the answer is empty: a CR changing nothing, a changed element nothing propagates from. */
  readonly warnings: readonly string[];
}

export interface TraceResult {
  readonly from: GraphNode;
  readonly toKind: NodeKind;
  readonly maxDepth: number;
  /** Reachable elements of `toKind`, ordered by (depth, id). */
  readonly targets: readonly Reached[];
}

export const COVERAGE_STATUSES = ['DIRECT', 'VIA_INTERFACE', 'NONE'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export interface RttmScope {
  /** The one phase asked for; null when none or several were (see `phases`). */
  readonly phase: GraphNode | null;
  /** The phases whose test cases count, by id; empty: every test case counts. */
  readonly phases: readonly GraphNode[];
  readonly role: GraphNode | null;
  readonly artefact: GraphNode | null;
  /** Only this participant's (organisation's) results count; null: everyone's. */
  readonly participant: string | null;
  /** The EntryInterval whose roles (those it ENTERS, and those the systems it enters SERVE) the matrix covers; null: no interval asked for. */
  readonly interval: GraphNode | null;
  /** The DesignRelease whose touched requirements the matrix covers; null: no release asked for. */
  readonly release: GraphNode | null;
  /** The design version the matrix was built on (results stay today's); null: the design served now. */
  readonly baseline: ModelVersion | null;
  /** What the interval and the release scoped by, and what of them scopes nothing (rttm-scope.ts). */
  readonly notes: readonly string[];
}

export interface ViaInterfaceCoverage {
  readonly testCase: GraphNode;
  readonly interface: GraphNode;
}

/** An in-scope test case with its latest result in scope; an orphan when it verifies no requirement. */
export interface RttmOrphan {
  readonly testCase: GraphNode;
  /** Its latest result in scope (see executions.ts), null when it has none. */
  readonly latestResult: GraphNode | null;
  /** The latest result's outcome; NOT_RUN when there is none. */
  readonly outcome: TestOutcome;
  /** The test phases of its scenario, by id (of the phases in scope, when phases were asked for). */
  readonly phases: readonly GraphNode[];
}

/** A covering test case of a row and its latest result in scope. */
export interface RttmExecution extends RttmOrphan {
  /** DIRECT when it verifies the requirement, VIA_INTERFACE when it only exercises a realising interface. */
  readonly coverage: Exclude<CoverageStatus, 'NONE'>;
}

export interface RttmRow {
  readonly requirement: GraphNode;
  readonly status: CoverageStatus;
  /** In-scope test cases that VERIFY the requirement, by id. */
  readonly directTestCases: readonly GraphNode[];
  /**
   * In-scope test cases that EXERCISE an interface REALISING the requirement, by (test case id,
   * interface id) — listed whatever the status, so a DIRECT row shows its interface coverage too.
   */
  readonly viaInterface: readonly ViaInterfaceCoverage[];
  /**
   * From the latest results of the test cases that give the row its status — the direct ones of a
   * DIRECT row, the via-interface ones of a VIA_INTERFACE row (see ExecutionStatus).
   */
  readonly execution: ExecutionStatus;
  /** Every covering test case once (direct first, then via interface; each by id), with its latest result. */
  readonly executions: readonly RttmExecution[];
  /** The artefacts (BRS) defining the requirement, by id. */
  readonly artefacts: readonly GraphNode[];
  /** The roles the requirement applies to, by id. */
  readonly roles: readonly GraphNode[];
  /** The test phases of its covering test cases, by id. */
  readonly phases: readonly GraphNode[];
}

export interface RttmTotals {
  readonly requirements: number;
  readonly direct: number;
  readonly viaInterface: number;
  readonly none: number;
  /** DIRECT rows whose direct test cases all passed: the requirements verified. */
  readonly passed: number;
  /** VIA_INTERFACE rows whose test cases all passed: exercised, but no test verifies them. */
  readonly passedViaInterface: number;
  /** Rows whose execution is FAILED. */
  readonly failed: number;
  /** Rows whose execution is BLOCKED. */
  readonly blocked: number;
  /** Covered rows whose execution is NOT_RUN. */
  readonly notRun: number;
  /** direct / requirements × 100, to one decimal place; 0 when there are no requirements. */
  readonly directCoveragePercent: number;
  /** (direct + viaInterface) / requirements × 100: design coverage, counting interface links. */
  readonly designCoveragePercent: number;
  /** passed / requirements × 100: the requirements verified by a passing direct test. */
  readonly passedPercent: number;
  /** The same as designCoveragePercent (kept for existing clients). */
  readonly coveragePercent: number;
}

/** The matrix of a set of test cases: the whole scope's, or one phase's of it. */
export interface RttmMatrix {
  /** One row per in-scope requirement, ordered by requirement id. */
  readonly rows: readonly RttmRow[];
  readonly totals: RttmTotals;
  /** The requirements of the rows with status NONE, by id. */
  readonly uncovered: readonly GraphNode[];
  /** The in-scope test cases that verify no requirement at all, by id. */
  readonly orphanTestCases: readonly GraphNode[];
  /** The same test cases, each with its latest result. */
  readonly orphans: readonly RttmOrphan[];
}

/** The matrix of one phase of the scope: its rows count only that phase's test cases. */
export interface RttmPhaseMatrix extends RttmMatrix {
  readonly phase: GraphNode;
}

export interface Rttm extends RttmMatrix {
  readonly scope: RttmScope;
  /** One matrix per phase of the scope, by phase id (empty when no phase was asked for). */
  readonly byPhase: readonly RttmPhaseMatrix[];
  /** Which design the matrix was built on: the baseline's when one was asked for. */
  readonly model: ModelIdentity;
}

export interface ProcessParticipation {
  readonly process: GraphNode;
  /** The steps of the process the role performs, by sequence. */
  readonly steps: readonly GraphNode[];
}

/** An element a role view lists, and why: each path from the role (or a part) that puts it there. */
export interface ExplainedElement {
  readonly node: GraphNode;
  /** Paths written like Cypher, e.g. `ADS <-[:PERFORMED_BY]- MHHSP-BP005-S06 -[:SENDS]-> IF-041`, by text. */
  readonly because: readonly string[];
}

/** A test case the role must pass, why it is listed, and its latest result (of the participant, when given). */
export interface ChecklistEntry {
  readonly testCase: GraphNode;
  readonly because: readonly string[];
  readonly latestResult: GraphNode | null;
  /** The latest result's outcome; NOT_RUN when there is none. */
  readonly outcome: TestOutcome;
}

export interface PhaseTestCases {
  readonly phase: GraphNode;
  /** By id. */
  readonly testCases: readonly GraphNode[];
  /** The same test cases, by id, each with why it is listed and its latest result. */
  readonly checklist: readonly ChecklistEntry[];
}

/** A programme participant the recorded test results name (`participant`), with its evidence. */
export interface TestParticipant {
  /** The organisation, as the results write it. */
  readonly name: string;
  /** How many results name it. */
  readonly results: number;
  /** The runs it has results in, by name. */
  readonly runs: readonly string[];
  /** When its latest result was executed (ISO 8601, as recorded). */
  readonly latestExecutedAt: string;
}

export interface RoleView {
  readonly role: GraphNode;
  /**
   * The roles PART_OF this one, transitively, by id (MDR within the Smart Data Service). Their
   * interfaces, steps, requirements and test cases are included in the lists below.
   */
  readonly parts: readonly GraphNode[];
  /** Interfaces the role (or a part) sends — FROM it, or sent by a step it performs — by id. */
  readonly sends: readonly GraphNode[];
  /** The same, each with the paths that make the role send it. */
  readonly sendsBecause: readonly ExplainedElement[];
  /** Interfaces the role (or a part) receives, by id. */
  readonly receives: readonly GraphNode[];
  /** Processes with a step the role (or a part) performs, by process id. */
  readonly processes: readonly ProcessParticipation[];
  /** Requirements that apply to the role (or a part), by id. */
  readonly requirements: readonly GraphNode[];
  /**
   * The test cases the role takes part in (docs/queries.md#role-view: those naming it among their
   * roles; for a test case naming no roles, those verifying its requirements or exercising its
   * interfaces), grouped by the phase of their scenario; phases by id (only the asked phase, even
   * when empty, when one is given).
   */
  readonly testCasesByPhase: readonly PhaseTestCases[];
  /** Only this participant's results give the checklist's outcomes; null: everyone's. */
  readonly participant: string | null;
}

export interface ClauseTrace {
  readonly clause: GraphNode;
  /** The requirements the clause CODIFIES, by id. */
  readonly requirements: readonly GraphNode[];
}

export interface CodeTrace {
  readonly code: string | null;
  /** Every clause (of the code, when given), by clause id, including those that codify nothing. */
  readonly clauses: readonly ClauseTrace[];
  /**
   * Requirements in scope that no clause (of the code, when given) codifies, by id. In scope: with
   * a code, the requirements applying to a role whose codeBodies include it; without, all.
   */
  readonly requirementsWithoutClause: readonly GraphNode[];
  /** Clauses (of the code, when given) that codify no requirement, by id. */
  readonly clausesWithoutRequirement: readonly GraphNode[];
}

/** A version of the model a diff compares: a git ref's commit, or the working tree. */
export interface ModelVersion {
  /** What was asked for: a design release (`IR5`), a git ref or commit; null for the working tree. */
  readonly asked: string | null;
  /** The git ref it resolved to (a release's `baseline`, or `asked` itself); null for the working tree. */
  readonly ref: string | null;
  /** The commit id; null for the working tree. */
  readonly commit: string | null;
}

/** One property of an element that differs; `null` where the property is absent. */
export interface FieldChange {
  readonly field: string;
  readonly old: PropertyValue | null;
  readonly new: PropertyValue | null;
}

export interface ElementChange {
  /** The element as it is in the newer version. */
  readonly node: GraphNode;
  /** The properties that differ, by field name. */
  readonly fields: readonly FieldChange[];
}

export interface KindDiff {
  readonly kind: NodeKind;
  /** Each list by id. */
  readonly added: readonly GraphNode[];
  readonly removed: readonly GraphNode[];
  readonly changed: readonly ElementChange[];
}

export interface Relationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
}

/**
 * A relationship in both versions whose own metadata differs: `provenance` (null when it has
 * none of its own, taking its element's) or `proposedBy`.
 */
export interface RelationshipChange extends Relationship {
  readonly fields: readonly FieldChange[];
}

export interface RelationshipTypeDiff {
  readonly type: RelationshipType;
  /** Each list by (from, to). */
  readonly added: readonly Relationship[];
  readonly removed: readonly Relationship[];
  readonly changed: readonly RelationshipChange[];
}

export interface DiffTotals {
  readonly elementsAdded: number;
  readonly elementsRemoved: number;
  readonly elementsChanged: number;
  readonly relationshipsAdded: number;
  readonly relationshipsRemoved: number;
  readonly relationshipsChanged: number;
}

export interface ModelDiff {
  readonly from: ModelVersion;
  readonly to: ModelVersion;
  /** Kinds with a difference, in NODE_KINDS order. */
  readonly byKind: readonly KindDiff[];
  /** Relationship types with a difference, in RELATIONSHIP_TYPES order. */
  readonly relationships: readonly RelationshipTypeDiff[];
  readonly totals: DiffTotals;
}

/** The impact of what a diff changed (see impact-of-diff.ts). */
export interface DiffImpact {
  readonly diff: ModelDiff;
  readonly impact: ImpactResult;
}

/** A link's review state (suspects.ts). */
export type ReviewState = 'VALID' | 'SUSPECT' | 'UNREVIEWED';

/** One end of a link: the element it starts from, or the one it points to. */
export type LinkEnd = 'FROM' | 'TO';

/** A changed end of a suspect link. */
export interface EndChange {
  readonly end: LinkEnd;
  /**
   * How it changed since the review, field by field; null when the reviewed version is in no
   * commit of the model's history.
   */
  readonly fields: readonly FieldChange[] | null;
}

export interface LinkReview {
  readonly type: RelationshipType;
  readonly from: GraphNode;
  readonly to: GraphNode;
  readonly state: ReviewState;
  /**
   * The end whose change makes the link suspect: the one a change propagates from along the
   * relationship (its `impact` in src/model/relationships.ts) — `TO` for a test case VERIFYING a
   * requirement, `FROM` for a requirement APPLYING_TO a role, `BOTH` for a symmetric link
   * (impact `BOTH`), which either end's change makes suspect.
   */
  readonly dependsOn: LinkEnd | 'BOTH';
  /** The fingerprints of the two ends now. */
  readonly fingerprints: { readonly from: string; readonly to: string };
  /** The fingerprints recorded when the link was last reviewed; null when it never was. */
  readonly reviewed: { readonly from: string; readonly to: string } | null;
  /**
   * For a suspect link, the ends it depends on that changed since the review (one; both ends of a
   * `BOTH` link when both changed), FROM first; empty in the other states.
   */
  readonly changed: readonly EndChange[];
}

export interface ReviewTotals {
  readonly valid: number;
  readonly suspect: number;
  readonly unreviewed: number;
}

export interface SuspectReport {
  /** The links asked for, by (type in RELATIONSHIP_TYPES order, from id, to id). */
  readonly links: readonly LinkReview[];
  /** Over every link subject to review, whatever was asked for. */
  readonly totals: ReviewTotals;
}

export interface NeighbourhoodNode {
  readonly node: GraphNode;
  /** Hops from the centre (the centre itself at 0). */
  readonly depth: number;
}

export interface Neighbourhood {
  readonly centre: GraphNode;
  readonly depth: number;
  /** The centre first, then the elements reached, by (depth, id). */
  readonly nodes: readonly NeighbourhoodNode[];
  /** Every relationship between the listed elements found by the walk, by (type, from, to). */
  readonly edges: readonly Relationship[];
  /** True when the walk stopped at `maxNodes`, so the picture shows part of the neighbourhood. */
  readonly truncated: boolean;
}
