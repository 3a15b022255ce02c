/**
 * The relationship types of the MHHS design graph, declared once as data.
 *
 * Each entry says how the relationship is written in YAML (`field` on the `from` element), how
 * it reads in GraphQL (`field` forwards, `inverseField` backwards), how a change propagates
 * along it (`impact`), and how a trace follows it (`trace`, see TraceRole):
 *   - `FORWARD`  – when the `from` element changes, the `to` element is impacted;
 *   - `BACKWARD` – when the `to` element changes, the `from` element is impacted;
 *   - `BOTH`     – a change of either end impacts the other (a symmetric relationship, e.g. a conflict);
 *   - `NONE`     – the relationship does not carry impact.
 * Both are required: a new relationship cannot be added without deciding them.
 * Validation, seeding (the Cypher allowlist), the GraphQL relationship fields, impact analysis
 * and the docs all read this table; nothing else names relationship types.
 */
import { kindsWhere, NODE_KINDS, type NodeKind } from './kinds.js';

export const RELATIONSHIP_TYPES = [
  'DEFINES',
  'HAS_STEP',
  'PERFORMED_BY',
  'SENDS',
  'FROM',
  'TO',
  'CARRIES',
  'FLOW_OF',
  'FLOW_FROM',
  'FLOW_TO',
  'APPLIES_TO',
  'REALISED_BY',
  'DERIVES_FROM',
  'VERIFIES',
  'EXERCISES',
  'IN_SCENARIO',
  'IN_PHASE',
  'RESULT_OF',
  'INVOLVES',
  'CODIFIES',
  'CHANGES',
  'IMPLEMENTED_IN',
  'PART_OF',
  'GUIDED_BY',
  'DEPENDS_ON',
  'CONCERNS',
  'GOVERNED_BY',
  'REPORTS_TO',
  'DECIDED_BY',
  'DECIDES_ON',
  'DECIDING_BODY',
  'SUBPHASE_OF',
  'INTERVAL_OF',
  'ENTERS',
  'PRODUCES',
  'SERVES',
  'IN_TRANCHE',
  'DRAFTED_IN',
  'ON_ROUTE',
  'QUALIFIES_THROUGH',
  'AWAITS_PHASE',
  'COHORT_ROLE',
  'TRANCHE_SERVICE',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export type ImpactDirection = 'FORWARD' | 'BACKWARD' | 'BOTH' | 'NONE';

/**
 * How a trace follows the relationship (src/domain/trace-rules.ts):
 *   - `DESIGN`         – a design dependency, followed both ways;
 *   - `HIERARCHY`      – containment (test case in scenario, scenario in phase, part of a service):
 *                        followed OUT a trace climbs to the container, IN it descends to the parts;
 *   - `CHANGE_CONTROL` – a change request's links, followed from the start element only (a change
 *                        request is not a design dependency).
 */
export type TraceRole = 'DESIGN' | 'HIERARCHY' | 'CHANGE_CONTROL';

export interface RelationshipSpec {
  readonly from: NodeKind;
  readonly to: readonly NodeKind[];
  /**
   * How the relationship is written: a key on the `from` element (`one` = a single id, `many` =
   * a list of ids), or `implicit` when the file structure states it (steps nested in a process,
   * `definedBy` at the top of a file).
   */
  readonly yaml: { readonly field: string; readonly cardinality: 'one' | 'many' } | 'implicit';
  /** GraphQL field on the `from` type, and on each `to` type for the reverse direction. */
  readonly field: string;
  readonly inverseField: string;
  /**
   * How the relationship reads in a sentence: `from <forward> to` ("BRS008-FR-001 is realised by
   * IF-021") and `to <inverse> from` ("IF-021 realises BRS008-FR-001").
   */
  readonly reads: { readonly forward: string; readonly inverse: string };
  readonly impact: ImpactDirection;
  /**
   * How a change travels along the relationship from an element that is itself changed (a
   * start of the impact walk), besides `impact`: a changed Role impacts the requirements that
   * apply to it, a changed Artefact what it defines. Only from the start, so that a change merely
   * reaching a role or an artefact does not spread to everything it groups.
   */
  readonly impactWhenChanged?: Exclude<ImpactDirection, 'NONE'>;
  readonly trace: TraceRole;
  /** Forbid cycles made of this relationship alone. */
  readonly acyclic?: true;
  readonly description: string;
}


/** What programme governance plans, decides and tracks: the subjects of milestones and decisions. */
const PROGRAMME_SUBJECTS: readonly NodeKind[] = ['ChangeRequest', 'Milestone', 'TestPhase', 'DesignRelease', 'Artefact', 'GovernanceGroup', 'CodeDraftingTranche', 'CodeDraftingTopic', 'System'];

export const RELATIONSHIPS = {
  DEFINES: {
    from: 'Artefact', to: kindsWhere((kind) => kind.definedByArtefacts), yaml: 'implicit',
    field: 'defines', inverseField: 'definedIn', impact: 'BACKWARD', impactWhenChanged: 'FORWARD', trace: 'DESIGN',
    reads: { forward: 'defines', inverse: 'is defined by' },
    description: 'The design artefact (document) that defines the element; set by `definedBy` at the top of a model file.',
  },
  HAS_STEP: {
    from: 'BusinessProcess', to: ['ProcessStep'], yaml: 'implicit',
    field: 'steps', inverseField: 'process', impact: 'BACKWARD', impactWhenChanged: 'FORWARD', trace: 'DESIGN',
    reads: { forward: 'has step', inverse: 'is a step of' },
    description: 'A step of the business process; written by nesting steps under the process.',
  },
  PERFORMED_BY: {
    from: 'ProcessStep', to: ['Role'], yaml: { field: 'performedBy', cardinality: 'one' },
    field: 'performedBy', inverseField: 'performsSteps', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'is performed by', inverse: 'performs' },
    description: 'The role that performs the step.',
  },
  SENDS: {
    from: 'ProcessStep', to: ['Interface'], yaml: { field: 'sends', cardinality: 'many' },
    field: 'sends', inverseField: 'sentBySteps', impact: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'sends', inverse: 'is sent by' },
    description: 'An interface the step sends.',
  },
  FROM: {
    from: 'Interface', to: ['Role'], yaml: { field: 'from', cardinality: 'many' },
    field: 'from', inverseField: 'sends', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'is sent by', inverse: 'sends' },
    description: 'A role or service that sends the interface.',
  },
  TO: {
    from: 'Interface', to: ['Role'], yaml: { field: 'to', cardinality: 'many' },
    field: 'to', inverseField: 'receives', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'is received by', inverse: 'receives' },
    description: 'A role or service that receives the interface.',
  },
  FLOW_OF: {
    from: 'InterfaceFlow', to: ['Interface'], yaml: { field: 'interface', cardinality: 'one' },
    // An impacted interface impacts its directions (and so their roles, as FROM/TO do); a changed direction changes its interface.
    field: 'interface', inverseField: 'flows', impact: 'BACKWARD', impactWhenChanged: 'FORWARD', trace: 'DESIGN',
    reads: { forward: 'is a direction of', inverse: 'has direction' },
    description: 'The interface this sender → receiver pair is a direction of.',
  },
  FLOW_FROM: {
    from: 'InterfaceFlow', to: ['Role'], yaml: { field: 'from', cardinality: 'one' },
    field: 'from', inverseField: 'sendsFlows', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'is sent by', inverse: 'sends' },
    description: 'The role or service that sends the interface in this direction.',
  },
  FLOW_TO: {
    from: 'InterfaceFlow', to: ['Role'], yaml: { field: 'to', cardinality: 'one' },
    field: 'to', inverseField: 'receivesFlows', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'is received by', inverse: 'receives' },
    description: 'The role or service that receives the interface in this direction.',
  },
  CARRIES: {
    from: 'Interface', to: ['DataItem'], yaml: { field: 'carries', cardinality: 'many' },
    field: 'carries', inverseField: 'carriedBy', impact: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'carries', inverse: 'is carried by' },
    description: 'A data item the interface carries.',
  },
  APPLIES_TO: {
    from: 'Requirement', to: ['Role'], yaml: { field: 'appliesTo', cardinality: 'many' },
    field: 'appliesTo', inverseField: 'requirements', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'applies to', inverse: 'must satisfy' },
    description: 'A role or service that must satisfy the requirement.',
  },
  REALISED_BY: {
    from: 'Requirement', to: ['Interface', 'ProcessStep'], yaml: { field: 'realisedBy', cardinality: 'many' },
    field: 'realisedBy', inverseField: 'realises', impact: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'is realised by', inverse: 'realises' },
    description: 'An interface or process step that realises the requirement.',
  },
  DERIVES_FROM: {
    from: 'Requirement', to: ['Requirement'], yaml: { field: 'derivesFrom', cardinality: 'many' },
    field: 'derivesFrom', inverseField: 'derived', impact: 'BACKWARD', trace: 'DESIGN', acyclic: true,
    reads: { forward: 'is derived from', inverse: 'is the parent requirement of' },
    description: 'A parent requirement this requirement is derived from.',
  },
  VERIFIES: {
    from: 'TestCase', to: ['Requirement'], yaml: { field: 'verifies', cardinality: 'many' },
    field: 'verifies', inverseField: 'verifiedBy', impact: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'verifies', inverse: 'is verified by' },
    description: 'A requirement the test case verifies directly.',
  },
  EXERCISES: {
    from: 'TestCase', to: ['Interface'], yaml: { field: 'exercises', cardinality: 'many' },
    field: 'exercises', inverseField: 'exercisedBy', impact: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'exercises', inverse: 'is exercised by' },
    description: 'An interface the test case exercises.',
  },
  IN_SCENARIO: {
    from: 'TestCase', to: ['TestScenario'], yaml: { field: 'scenario', cardinality: 'one' },
    field: 'scenario', inverseField: 'testCases', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'HIERARCHY',
    reads: { forward: 'is a test case of', inverse: 'has test case' },
    description: 'The test scenario the test case belongs to.',
  },
  IN_PHASE: {
    from: 'TestScenario', to: ['TestPhase'], yaml: { field: 'phase', cardinality: 'one' },
    field: 'phase', inverseField: 'scenarios', impact: 'FORWARD', impactWhenChanged: 'BACKWARD', trace: 'HIERARCHY',
    reads: { forward: 'is run in', inverse: 'runs' },
    description: 'The test phase the scenario is run in.',
  },
  RESULT_OF: {
    from: 'TestResult', to: ['TestCase'], yaml: { field: 'testCase', cardinality: 'one' },
    field: 'testCase', inverseField: 'results', impact: 'NONE', trace: 'DESIGN',
    reads: { forward: 'is a result of', inverse: 'has result' },
    // NONE: a result is evidence about the design, not part of it. A change impacts the test
    // cases (which must be re-run); listing every past execution of them would only bury that.
    description: 'The test case the result is an execution of.',
  },
  INVOLVES: {
    from: 'TestCase', to: ['Role'], yaml: { field: 'roles', cardinality: 'many' },
    field: 'roles', inverseField: 'takesPartIn', impact: 'NONE', trace: 'DESIGN',
    reads: { forward: 'involves', inverse: 'takes part in' },
    // NONE: who runs a test is a fact about testing, not a design dependency; a changed role
    // reaches its test cases through the requirements and interfaces it shares with them.
    description: 'A role whose systems take part in (are tested by) the test case; the role view lists the test case for it.',
  },
  CODIFIES: {
    from: 'CodeClause', to: ['Requirement'], yaml: { field: 'codifies', cardinality: 'many' },
    field: 'codifies', inverseField: 'codifiedBy', impact: 'BACKWARD', impactWhenChanged: 'FORWARD', trace: 'DESIGN',
    reads: { forward: 'codifies', inverse: 'is codified by' },
    description: 'A requirement the industry-code clause carries into the code.',
  },
  CHANGES: {
    from: 'ChangeRequest', to: kindsWhere((kind) => kind.changedByChangeRequests), yaml: { field: 'changes', cardinality: 'many' },
    field: 'changes', inverseField: 'changedBy', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'changes', inverse: 'is changed by' },
    description: 'An element the change request changes; the starting set of its impact assessment.',
  },
  IMPLEMENTED_IN: {
    from: 'ChangeRequest', to: ['DesignRelease'], yaml: { field: 'implementedIn', cardinality: 'one' },
    field: 'implementedIn', inverseField: 'implements', impact: 'NONE', impactWhenChanged: 'BACKWARD', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is implemented in', inverse: 'implements' },
    description: 'The design release that implements the change request.',
  },
  PART_OF: {
    from: 'Role', to: ['Role'], yaml: { field: 'partOf', cardinality: 'one' },
    field: 'partOf', inverseField: 'parts', impact: 'NONE', impactWhenChanged: 'BACKWARD', trace: 'HIERARCHY', acyclic: true,
    reads: { forward: 'is part of', inverse: 'has part' },
    description: 'The TOM service a role or component belongs to (e.g. MDR within the Smart Data Service).',
  },
  GUIDED_BY: {
    from: 'Requirement', to: ['DesignPrinciple'], yaml: { field: 'principles', cardinality: 'many' },
    field: 'principles', inverseField: 'guides', impact: 'NONE', impactWhenChanged: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'follows', inverse: 'guides' },
    description: 'A design principle the requirement follows.',
  },
  DEPENDS_ON: {
    from: 'Milestone', to: ['Milestone', 'TestPhase', 'DesignRelease', 'CodeDraftingTopic'], yaml: { field: 'dependsOn', cardinality: 'many' },
    // Not acyclic: the papers state mutual dependencies (M9 needs the T3-TE-0060 decision reviewed; starting CIT Interval 1, T3-TE-0060, needs M9 approved).
    field: 'dependsOn', inverseField: 'dependentMilestones', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'depends on', inverse: 'is depended on by' },
    description: 'What must happen (or be ready) for the milestone to be met, as the papers state it: an earlier milestone, a test phase, a design release, a code drafting topic.',
  },
  CONCERNS: {
    from: 'Milestone', to: PROGRAMME_SUBJECTS.filter((k) => k !== 'Milestone'), yaml: { field: 'concerns', cardinality: 'many' },
    field: 'concerns', inverseField: 'milestones', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'concerns', inverse: 'has milestone' },
    description: 'What the milestone is about: the phase it starts or prepares, the release that goes live, the topic approved, the system uplifted.',
  },
  GOVERNED_BY: {
    from: 'Milestone', to: ['GovernanceGroup'], yaml: { field: 'governedBy', cardinality: 'one' },
    field: 'governedBy', inverseField: 'governedMilestones', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is governed by', inverse: 'governs' },
    description: 'The governance group that approves the milestone (Tier 1: PSG; tiers 2–3 in the SIT CIT path: TMAG).',
  },
  REPORTS_TO: {
    from: 'GovernanceGroup', to: ['GovernanceGroup'], yaml: { field: 'reportsTo', cardinality: 'one' },
    field: 'reportsTo', inverseField: 'reportingGroups', impact: 'NONE', trace: 'CHANGE_CONTROL', acyclic: true,
    reads: { forward: 'reports to', inverse: 'is reported to by' },
    description: 'The group a working group reports to.',
  },
  DECIDED_BY: {
    from: 'Decision', to: ['GovernanceGroup'], yaml: { field: 'decidedBy', cardinality: 'one' },
    field: 'decidedBy', inverseField: 'decisions', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'was taken by', inverse: 'took' },
    description: 'The governance group that took the decision.',
  },
  DECIDES_ON: {
    from: 'Decision', to: PROGRAMME_SUBJECTS, yaml: { field: 'on', cardinality: 'many' },
    field: 'on', inverseField: 'decidedIn', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'decides on', inverse: 'is decided on by' },
    description: 'What the decision is about: a change request, a milestone, a document, a code drafting tranche, …',
  },
  DECIDING_BODY: {
    from: 'ChangeRequest', to: ['GovernanceGroup'], yaml: { field: 'decidingBody', cardinality: 'one' },
    field: 'decidingBody', inverseField: 'changeRequestsToDecide', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is decided by', inverse: 'decides' },
    description: 'The body whose decision the change request awaits or received (the status table: "Awaiting DAG approval decision", "Approved by Change Board").',
  },
  SUBPHASE_OF: {
    from: 'TestPhase', to: ['TestPhase'], yaml: { field: 'partOf', cardinality: 'one' },
    field: 'parentPhase', inverseField: 'subPhases', impact: 'NONE', trace: 'HIERARCHY', acyclic: true,
    reads: { forward: 'is a stage of', inverse: 'has stage' },
    description: 'The test phase this one is a stage or part of (SIT Functional within SIT, QT within UIT).',
  },
  INTERVAL_OF: {
    from: 'EntryInterval', to: ['TestPhase'], yaml: { field: 'phase', cardinality: 'one' },
    field: 'phase', inverseField: 'intervals', impact: 'NONE', trace: 'HIERARCHY',
    reads: { forward: 'is an entry interval of', inverse: 'has entry interval' },
    description: 'The test phase the interval is an entry point into.',
  },
  ENTERS: {
    from: 'EntryInterval', to: ['Role', 'System'], yaml: { field: 'enters', cardinality: 'many' },
    // NONE: when a system enters testing is a plan, not a design dependency.
    field: 'enters', inverseField: 'entersIn', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is entered by', inverse: 'enters in' },
    description: 'A role (service) or system that enters the test phase in this interval.',
  },
  PRODUCES: {
    from: 'System', to: ['Interface'], yaml: { field: 'produces', cardinality: 'many' },
    field: 'produces', inverseField: 'producedBy', impact: 'BACKWARD', trace: 'DESIGN',
    reads: { forward: 'produces', inverse: 'is produced by' },
    description: 'An interface whose messages the system or tool produces (the Data Generator: IF-021, IF-041).',
  },
  SERVES: {
    from: 'System', to: ['Role'], yaml: { field: 'serves', cardinality: 'many' },
    // NONE: which system carries a service out is deployment, not a design dependency; the RTTM of
    // an entry interval reads it, so an interval entering a system scopes the roles it serves.
    field: 'serves', inverseField: 'systems', impact: 'NONE', trace: 'DESIGN',
    reads: { forward: 'serves', inverse: 'is carried out by' },
    description: 'A role or central service the system carries out (MPRS: the Registration Service); an entry interval entering the system enters testing for it.',
  },
  IN_TRANCHE: {
    from: 'CodeDraftingTopic', to: ['CodeDraftingTranche'], yaml: { field: 'tranche', cardinality: 'one' },
    field: 'tranche', inverseField: 'topics', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is drafted in', inverse: 'drafts' },
    description: 'The code drafting tranche the topic area was consulted on in.',
  },
  DRAFTED_IN: {
    from: 'CodeClause', to: ['CodeDraftingTopic'], yaml: { field: 'draftedIn', cardinality: 'one' },
    field: 'draftedIn', inverseField: 'clauses', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is drafted in', inverse: 'covers' },
    description: 'The code drafting topic area whose code artefacts carry the clause.',
  },
  ON_ROUTE: {
    from: 'QualificationStep', to: ['QualificationRoute'], yaml: { field: 'routes', cardinality: 'many' },
    field: 'routes', inverseField: 'steps', impact: 'NONE', trace: 'HIERARCHY',
    reads: { forward: 'is a step of', inverse: 'has step' },
    description: 'A qualification route the step is on; a step on several routes is shared by them.',
  },
  QUALIFIES_THROUGH: {
    from: 'QualificationStep', to: ['TestPhase'], yaml: { field: 'phase', cardinality: 'one' },
    field: 'phase', inverseField: 'qualificationSteps', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is done in', inverse: 'is the test phase of' },
    description: 'The test phase the step is carried out in (SIT, Qualification Testing, PIT).',
  },
  AWAITS_PHASE: {
    from: 'QualificationIteration', to: ['TestPhase'], yaml: { field: 'awaits', cardinality: 'many' },
    field: 'awaits', inverseField: 'qualificationIterations', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'awaits the SIT artefacts of', inverse: 'is awaited by' },
    description: 'A test phase whose SIT approach and plan the QA&P iteration depends on.',
  },
  COHORT_ROLE: {
    from: 'SitCohortRole', to: ['Role'], yaml: { field: 'role', cardinality: 'one' },
    field: 'role', inverseField: 'sitCohort', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is the SIT cohort of', inverse: 'has SIT cohort' },
    description: 'The market role the row of the SIT Status table counts.',
  },
  TRANCHE_SERVICE: {
    from: 'DesignTrancheService', to: ['Role'], yaml: { field: 'role', cardinality: 'one' },
    field: 'role', inverseField: 'designTranches', impact: 'NONE', trace: 'CHANGE_CONTROL',
    reads: { forward: 'is the design of', inverse: 'is designed in' },
    description: 'The TOM or central service the row of the design dashboard is about, where the model holds it.',
  },
} as const satisfies Record<RelationshipType, RelationshipSpec>;

export const relationship = (type: RelationshipType): RelationshipSpec => RELATIONSHIPS[type];

/** Relationships written as a key on elements of `kind`. */
const yamlRelationshipsByKind = new Map(
  NODE_KINDS.map((kind) => [
    kind,
    RELATIONSHIP_TYPES.flatMap((type) => {
      const spec: RelationshipSpec = RELATIONSHIPS[type];
      return spec.from === kind && spec.yaml !== 'implicit' ? [{ type, spec, yaml: spec.yaml }] : [];
    }),
  ]),
);

/** Looked up for every element by every check, so computed once per kind. */
export const yamlRelationshipsOf = (kind: NodeKind) => yamlRelationshipsByKind.get(kind) ?? [];

export const isRelationshipType = (s: string): s is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly string[]).includes(s);
