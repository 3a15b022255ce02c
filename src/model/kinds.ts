/**
 * The node kinds of the MHHS design graph, declared once. Validation, the JSON Schema for
 * editors, the store adapters (labels allowlist), and the GraphQL types all read this table.
 *
 * `properties` lists the scalar properties an element of the kind carries in YAML (besides the
 * common `id`, `name`, `description`, `source` / `example`), each described once on its zod schema
 * (`.describe`): the JSON Schema shows that text on hover and the GraphQL field carries it. References
 * to other elements are declared in `relationships.ts`, not here.
 */
import { z } from 'zod';
import { PAPER_FILES } from './papers.js';
import { DESIGN_PROVENANCE_KEYS, proposalSchema, type ProvenanceKey } from './provenance.js';

export const NODE_KINDS = [
  'Artefact',
  'BusinessProcess',
  'ProcessStep',
  'Interface',
  'InterfaceFlow',
  'DataItem',
  'Requirement',
  'Role',
  'TestPhase',
  'EntryInterval',
  'TestScenario',
  'TestCase',
  'TestResult',
  'ChangeRequest',
  'DesignRelease',
  'CodeClause',
  'DesignPrinciple',
  'Milestone',
  'GovernanceGroup',
  'Decision',
  'System',
  'CodeDraftingTranche',
  'CodeDraftingTopic',
  'QualificationRoute',
  'QualificationStep',
  'QualificationIteration',
  'SitCohortRole',
  'DesignTrancheService',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * The GraphQL names of the value types properties are built from: each enumeration, and each
 * object nested in a property (an entry interval). The GraphQL layer names its enum and object
 * types from this registry, so a property's type is declared here and nowhere else; an unnamed
 * enum or object in a property fails the schema build.
 */
export const NAMED_TYPES = z.registry<{ readonly name: string; readonly description?: string }>();

/** An enumeration of property values, named for the API; its description is the enum type's. */
const enumeration = <const T extends readonly [string, ...string[]]>(values: T, name: string, description: string) =>
  z.enum(values).register(NAMED_TYPES, { name, description });

export const CODE_BODIES = ['BSC', 'REC', 'SEC'] as const;
export type CodeBody = (typeof CODE_BODIES)[number];
export const codeBodySchema = enumeration(CODE_BODIES, 'CodeBody', 'An industry code: the Balancing and Settlement Code, the Retail Energy Code or the Smart Energy Code.');

export const ROLE_CATEGORIES = ['MARKET_ROLE', 'CENTRAL_SERVICE', 'TOM_SERVICE'] as const;
const roleCategory = enumeration(ROLE_CATEGORIES, 'RoleCategory', 'Whether a role is a market role, a central service or a TOM service.');

export const ARTEFACT_TYPES = [
  'BUSINESS_PROCESS_DIAGRAM',
  'BUSINESS_PROCESS_DESCRIPTION',
  'BUSINESS_REQUIREMENTS_SPECIFICATION',
  'METHOD_STATEMENT',
  'INTERFACE_CATALOGUE',
  'REPORTING_CATALOGUE',
  'TECHNICAL',
  'PROGRAMME_PAPER',
] as const;
const artefactType = enumeration(ARTEFACT_TYPES, 'ArtefactType', 'The type of a design artefact.');

export const REQUIREMENT_CATEGORIES = ['FUNCTIONAL', 'NON_FUNCTIONAL'] as const;
export const DECISION_OUTCOMES = [
  'APPROVED',
  'CONDITIONALLY_APPROVED',
  'ACCEPTED',
  'AGREED',
  'DEFERRED',
  'RECOMMENDED',
  'VALIDATED',
  'APPROVED_FOR_IMPACT_ASSESSMENT',
] as const;
export const decisionOutcomeSchema = enumeration(
  DECISION_OUTCOMES,
  'DecisionOutcome',
  'What a governance group decided, in the words of the papers: approved (conditionally: "subject to" open comments), accepted a recommendation, agreed a course of action, deferred the decision, recommended it to another body, validated a change request, or approved a change request for issue to impact assessment.',
);

export const QUALIFICATION_DOCUMENTS = ['QAP', 'QAD'] as const;
const qualificationDocument = enumeration(
  QUALIFICATION_DOCUMENTS,
  'QualificationDocument',
  'A qualification document of the Code Bodies: the Qualification Approach and Plan (QA&P) or the Qualification Assessment Document (QAD).',
);

export const RAG_STATUSES = ['RED', 'AMBER', 'YELLOW', 'GREEN', 'BLUE', 'GREY'] as const;
const ragStatus = enumeration(RAG_STATUSES, 'RagStatus', 'A RAG status as the milestone tables give it (Blue: achieved, Grey: not yet reported).');

const requirementCategory = enumeration(REQUIREMENT_CATEGORIES, 'RequirementCategory', 'Functional or non-functional requirement.');
/** What one execution of a test case showed. */
export const TEST_OUTCOMES = ['PASSED', 'FAILED', 'BLOCKED', 'NOT_RUN', 'SKIPPED'] as const;
export type TestOutcome = (typeof TEST_OUTCOMES)[number];
export const testOutcomeSchema = enumeration(TEST_OUTCOMES, 'TestOutcome', 'What one execution of a test case showed.');

/** Upper-case programme code such as `SDS`, `BRS007`, `SIT-FUNCTIONAL`, `REG_SERVICE`. */
const CODE = /^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*$/;
/** Calendar date, or month when the papers give only a month. */
const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

const date = () =>
  z
    .string()
    .regex(DATE, 'must be a date YYYY-MM-DD (or YYYY-MM when only the month is known)')
    .refine(isCalendarDate, { error: (issue) => `'${String(issue.input)}' is not a date in the calendar (months 01–12, days within the month)` });

/** A date as the model writes it, naming a real day or month: what `date()` accepts. */
export const isModelDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value) && isCalendarDate(value);

/** `2023-02-30` and `2023-13-01` have the form of a date but name no day (the form is the regex's to check). */
function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return true;
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
}
/** A day, or an ISO 8601 date-time as test tools write it (`2024-03-12T10:15:00Z`). */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DATE_FORMAT = 'YYYY-MM-DD, or YYYY-MM when the papers give only the month';
const startDate = () => date().optional().describe(`Start date: ${DATE_FORMAT}.`);
const endDate = () => date().optional().describe(`End date: ${DATE_FORMAT}.`);
/**
 * Longest values, in characters, so `validate` refuses what Neo4j would (its index keys are
 * limited to about 8 kB, "Property value is too large to index"; a character is up to 4 bytes in
 * UTF-8). Ids are short codes, unique-indexed. Names and every other short text (a version, a
 * status, a section heading) are range-indexed. Prose — descriptions, requirement texts, test
 * steps, example notes — is full-text indexed, which has no such limit; the bound keeps one
 * element readable.
 */
export const MAX_ID_LENGTH = 100;
export const MAX_NAME_LENGTH = 500;
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Longest list of values, or of ids in a relationship field. Checked before the items are, so a
 * list of 500,000 bad items is one problem rather than half a million.
 */
export const MAX_LIST_LENGTH = 1000;

const text = () => z.string().min(1).max(MAX_NAME_LENGTH);
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_LENGTH);
const prose = () => z.string().min(1).max(MAX_TEXT_LENGTH);
const count = () => z.number().int().nonnegative();

/** Artefacts and interface specifications were both issued for review in design tranches. */
const tranche = (subject: string) =>
  z.number().int().min(1).max(4).optional().describe(`The design tranche (1–4) ${subject} was delivered in.`);
const reviewComments = () => count().optional().describe('Number of review comments received, where the papers give it.');

/**
 * An entry interval as model versions before EntryInterval elements wrote it, nested in its test
 * phase with the systems as strings. Accepted so those versions still load (`mhhs diff`, baselines);
 * the current model writes EntryInterval elements, which link the roles and systems entering.
 */
const entryIntervalAsWrittenSchema = z
  .strictObject({
    number: z.number().int().positive().describe('Interval number, from 1.'),
    systems: list(text()).min(1).describe('The systems entering in this interval.'),
    startDate: startDate(),
    endDate: endDate(),
  })
  .describe('An entry interval as older model versions nested it in its test phase; superseded by EntryInterval elements.')
  .register(NAMED_TYPES, { name: 'EntryIntervalAsWritten' });

/**
 * Where a value nested in a property comes from: a paper and heading, as an element's `source`.
 * The paper is a string here (a GraphQL enum cannot name a file), checked against the papers.
 */
const citationSchema = z
  .strictObject({
    paper: z
      .string()
      .refine((paper) => (PAPER_FILES as readonly string[]).includes(paper), { error: `must be one of the papers: ${PAPER_FILES.join(', ')}` })
      .describe('File name of the seed paper.'),
    section: text().describe('The heading of the paper the value was read under.'),
  })
  .describe('Where a value comes from: a programme paper and the heading it was read under.')
  .register(NAMED_TYPES, { name: 'Citation' });

/** A date as one paper gives it: where papers disagree, a property holds each with its source. */
export const statedDateSchema = z
  .strictObject({
    date: date().describe(`The date as the paper gives it: ${DATE_FORMAT}.`),
    source: citationSchema,
  })
  .describe('A date as one paper gives it, with the paper and heading it was read under.')
  .register(NAMED_TYPES, { name: 'StatedDate' });

/**
 * Every date the papers give for one property where they disagree (at least two), each with its
 * source; the property itself holds the date the model takes, and says which.
 */
const statedDates = (property: string) =>
  list(statedDateSchema)
    .min(2)
    .optional()
    .describe(`Where the papers disagree on \`${property}\`: every date they give for it, each with its paper and heading. \`${property}\` holds the one the model takes.`);

/** Where an element's facts come from: a programme paper and the heading it was read under. */
export const sourceSchema = z.strictObject({
  paper: z.enum(PAPER_FILES),
  section: text(),
});

export interface KindSpec {
  /** Top-level key of a model file holding elements of this kind (ProcessStep has none: steps nest under their process). */
  readonly yamlKey: string | null;
  readonly idPattern: RegExp;
  readonly idExample: string;
  readonly description: string;
  readonly properties: z.ZodRawShape;
  /**
   * Whether an element of the kind groups many others (all requirements of a role, all test cases
   * of a scenario, all elements an artefact defines): a trace arrives at such a hub but does not
   * pass through it sideways, or every trace would reach everything (src/domain/trace-rules.ts).
   */
  readonly hub: boolean;
  /** Whether change requests can change elements of the kind: the kinds CHANGES may point to. */
  readonly changedByChangeRequests: boolean;
  /** Whether design artefacts define elements of the kind (`definedBy` of a file): the kinds DEFINES may point to. */
  readonly definedByArtefacts: boolean;
  /**
   * The provenance keys an element of the kind may state, exactly one of them; `source`,
   * `example` or `inferred` when not given. Test results are records of executions, not design:
   * they say which report they were imported from (`recordedFrom`), or that they are examples.
   */
  readonly provenance?: readonly ProvenanceKey[];
}

const spec = <P extends z.ZodRawShape>(s: Omit<KindSpec, 'properties'> & { properties: P }) => s;

export const KINDS = {
  Artefact: spec({
    yamlKey: 'artefacts',
    idPattern: CODE,
    idExample: 'BRS007',
    description: 'A design document: business process diagram or description, BRS, method statement, interface catalogue, …',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      type: artefactType.describe('What sort of document the artefact is.'),
      tranche: tranche('the artefact'),
      version: text().optional().describe('Document version.'),
      status: text().optional().describe('Document status (e.g. approved, in review).'),
      reviewComments: reviewComments(),
    },
  }),
  BusinessProcess: spec({
    yamlKey: 'businessProcesses',
    idPattern: /^MHHSP-BP\d{3}[A-Z]?$/,
    idExample: 'MHHSP-BP001',
    description: 'A business process of the target operating model, with the steps it is made of.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      walkthroughTheme: text().optional().describe('The theme of the end-to-end walkthrough that covered the process.'),
      constituencies: list(text())
        .optional()
        .describe('The market constituencies marked for the process in the walkthrough table.'),
    },
  }),
  ProcessStep: spec({
    yamlKey: null,
    idPattern: /^MHHSP-BP\d{3}[A-Z]?-S\d{2}$/,
    idExample: 'MHHSP-BP001-S01',
    description: 'One step of a business process, performed by one role.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      sequence: z.number().int().positive().describe('Position of the step within its process, from 1.'),
    },
  }),
  Interface: spec({
    yamlKey: 'interfaces',
    idPattern: /^(?:IF|PUB|REP)-\d{3}[A-Z]?$/,
    idExample: 'IF-021',
    description: 'An interface of the Interface Catalogue (IF-…), a publication (PUB-…) or a reporting interface (REP-…).',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      mechanism: text().optional().describe('How the interface is carried (e.g. via the DIP).'),
      tranche: tranche('the interface specification'),
      reviewComments: reviewComments(),
    },
  }),
  InterfaceFlow: spec({
    yamlKey: 'interfaceFlows',
    // The interface's id, then sender and receiver: `IF-021-SDS-TO-MDS`.
    idPattern: /^(?:IF|PUB|REP)-\d{3}[A-Z]?-[A-Z0-9]+(?:-[A-Z0-9]+)*-TO-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'IF-021-SDS-TO-MDS',
    description:
      'One direction of an interface: this sender sends it to this receiver. Written where an interface\'s senders do not each send to all of its receivers (IF-021); an interface\'s own `from` / `to` mean every sender sends to every receiver.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {},
  }),
  DataItem: spec({
    yamlKey: 'dataItems',
    idPattern: /^DI-\d{3,}$/,
    idExample: 'DI-001',
    description: 'A data item carried by interfaces.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {},
  }),
  Requirement: spec({
    yamlKey: 'requirements',
    idPattern: /^[A-Z][A-Z0-9]*-[A-Z]{2,4}-\d{3}$/,
    idExample: 'BRS007-FR-001',
    description: 'A business or non-functional requirement of the design.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      text: prose().describe('The requirement statement.'),
      category: requirementCategory.describe('Functional or non-functional.'),
    },
  }),
  Role: spec({
    yamlKey: 'roles',
    idPattern: CODE,
    idExample: 'ADS',
    description: 'A market role, central service or TOM service, with the industry codes that govern it.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      category: roleCategory.describe('Market role, central service or TOM service.'),
      codeBodies: list(codeBodySchema).optional().describe('The industry codes that govern the role.'),
      legacyRole: text().optional().describe('The nearest role of the legacy (pre-MHHS) arrangements.'),
    },
  }),
  TestPhase: spec({
    yamlKey: 'testPhases',
    idPattern: CODE,
    idExample: 'SIT-FUNCTIONAL',
    description: 'A phase of MHHS testing (PIT, SIT CIT, SIT Functional, …).',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      startDate: startDate(),
      endDate: endDate(),
      entryIntervals: list(entryIntervalAsWrittenSchema)
        .optional()
        .describe('Superseded: the entry intervals as model versions before EntryInterval elements nested them here (null in the current model; read `intervals`).'),
    },
  }),
  EntryInterval: spec({
    yamlKey: 'entryIntervals',
    idPattern: /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-INTERVAL-\d+$/,
    idExample: 'SIT-CIT-INTERVAL-3',
    description: 'An entry interval of a test phase (SIT CIT has six): when a group of participant systems and services enters it, and which.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      number: z.number().int().positive().describe('Interval number, from 1.'),
      systems: list(text()).min(1).describe('The systems and services entering in this interval, as the paper writes them; `enters` links those the model holds.'),
      startDate: startDate(),
      endDate: endDate(),
    },
  }),
  TestScenario: spec({
    yamlKey: 'testScenarios',
    idPattern: /^TS-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'TS-SITF-001',
    description: 'A test scenario grouping test cases within a phase.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {},
  }),
  TestCase: spec({
    yamlKey: 'testCases',
    idPattern: /^TC-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'TC-SITF-001-01',
    description: 'A test case: verifies requirements and exercises interfaces.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      steps: list(prose()).optional().describe('The test steps, in order.'),
    },
  }),
  TestResult: spec({
    yamlKey: 'testResults',
    idPattern: /^TR-[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{3,}$/,
    idExample: 'TR-SIT-F-C1-001',
    description:
      'One execution of a test case: its outcome, in which run, by which participant, in which environment, when, ' +
      'with the defect raised and a link to the evidence. Written by `mhhs results import`, one file per run under model/results/.',
    provenance: ['recordedFrom', 'example'],
    hub: false,
    changedByChangeRequests: false,
    definedByArtefacts: false,
    properties: {
      outcome: testOutcomeSchema.describe('What the execution showed: PASSED, FAILED, BLOCKED (could not be run for a cause outside the test), NOT_RUN or SKIPPED.'),
      run: z.string().regex(CODE, 'must be an upper-case run name such as SIT-F-C1').describe('The test run (cycle) the execution belongs to, e.g. SIT-F-C1.'),
      executedAt: z
        .string()
        .regex(TIMESTAMP, 'must be a date YYYY-MM-DD or an ISO 8601 date-time such as 2024-03-12T10:15:00Z')
        .describe('When the test case was executed: YYYY-MM-DD or an ISO 8601 date-time. The latest execution of a test case gives its status.'),
      participant: text().optional().describe('The organisation (programme participant) whose systems were tested.'),
      environment: text().optional().describe('The test environment the execution ran in.'),
      defect: text().optional().describe('The defect raised for the execution, as the defect tracker references it.'),
      evidence: text().optional().describe('Where the evidence of the execution is: a link to the report, log or screenshots.'),
      message: prose().optional().describe('The failure, error or skip message the test tool reported.'),
    },
  }),
  ChangeRequest: spec({
    yamlKey: 'changeRequests',
    // Numbered programme CRs (`CR023`), and CRs the papers mention without a number, named by subject (`CR-M6-M7-DATES`).
    idPattern: /^CR(?:\d{3}|(?:-[A-Z0-9]+)+)$/,
    idExample: 'CR023',
    description: 'A change request against the design baseline or the programme plan.',
    hub: true,
    changedByChangeRequests: false,
    definedByArtefacts: false,
    properties: {
      owner: text().optional().describe('The change owner, as the Change Request Status table names them (person, organisation).'),
      latestAction: text().optional().describe('The latest action on the change request, as the status table words it (e.g. "Approved by DAG").'),
      latestActionDate: date().optional().describe(`Date of the latest action: ${DATE_FORMAT}.`),
      raiser: text().optional().describe('Who raised the change request.'),
      type: text().optional().describe('The type of change.'),
      approvalStatus: text().optional().describe('Approval status (e.g. approved, rejected, withdrawn).'),
      stage: text().optional().describe('Stage of the change control process.'),
    },
  }),
  DesignRelease: spec({
    yamlKey: 'designReleases',
    idPattern: /^(?:M5|IR\d+)$/,
    idExample: 'IR5',
    description: 'A design release: the M5 baseline or an interim release IR1 … IR11.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      date: date().optional().describe(`Release date: ${DATE_FORMAT}.`),
      baseline: text()
        .optional()
        .describe('The git ref (tag, branch or commit) of the model repository holding the design as released, e.g. `ir5`; `mhhs diff IR4 IR5` reads it.'),
    },
  }),
  CodeClause: spec({
    yamlKey: 'codeClauses',
    idPattern: /^(?:BSC|REC|SEC)-[A-Z0-9]+(?:[-.][A-Z0-9]+)*$/,
    idExample: 'BSC-C-3.2',
    description: 'A clause of an industry code (BSC, REC, SEC) that codifies requirements.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      code: codeBodySchema.describe('The industry code the clause belongs to.'),
      document: text().describe('The code document (e.g. BSC Section C).'),
      clause: text().describe('The clause reference within the document.'),
    },
  }),
  DesignPrinciple: spec({
    yamlKey: 'designPrinciples',
    idPattern: /^DP-\d{2}$/,
    idExample: 'DP-00',
    description: 'A design principle of the MHHS target operating model, with its PRI references.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: true,
    properties: {
      number: z.number().int().nonnegative().describe("The principle's number (0–15)."),
      scope: text().optional().describe('Where the principle applies, as the principles table writes it (System Wide, DIP).'),
      subPrinciples: list(text()).optional().describe('The sub-principles the principles table gives under the principle.'),
      priReferences: list(text()).optional().describe('The PRI references the principle traces to.'),
    },
  }),
  Milestone: spec({
    yamlKey: 'milestones',
    // Level 1 programme milestones by number (`M9`), lower tiers by the milestone id of the plan (`T2-TE-0250`),
    // milestones the papers name without an id by `MS-` and their subject (`MS-DESIGN-TRANCHE-1-APPROVAL`).
    idPattern: /^(?:M\d{1,2}|T[1-3]-[A-Z]{2}-\d{4}|MS(?:-[A-Z0-9]+)+)$/,
    idExample: 'T2-TE-0250',
    description: 'A programme milestone: a Level 1 milestone (M6 … M16), a tier 1–3 milestone of the programme plan, or a design or test milestone a paper names, with its dates and what it depends on.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      tier: z.number().int().min(1).max(3).optional().describe('The milestone tier (1–3) of the programme plan, where the papers give it.'),
      planId: text().optional().describe('The milestone id in the programme plan, where the element is named by its Level 1 number (M9 is T1-TE-1000).'),
      date: date().optional().describe(`The milestone date (the baseline date where a table gives baseline and forecast): ${DATE_FORMAT}.`),
      forecastDate: date().optional().describe(`The forecast date, where a table gives one: ${DATE_FORMAT}.`),
      rag: ragStatus.optional().describe('The current RAG status in the milestone table (September 2023 PSG), where given.'),
      datesStated: statedDates('date'),
    },
  }),
  GovernanceGroup: spec({
    yamlKey: 'governanceGroups',
    idPattern: CODE,
    idExample: 'DAG',
    description: 'A body of programme governance that takes decisions: a steering or advisory group, the Change Board, a working group, the sponsor.',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      level: z.number().int().min(1).max(4).optional().describe('The governance level (L1–L4) the papers place the group at, where they do.'),
    },
  }),
  Decision: spec({
    yamlKey: 'decisions',
    // DEC-<body>-<YYYYMMDD>-<nn> (YYYYMM when only the month is known): the body and date that took it, and its order in the paper's list.
    idPattern: /^DEC-[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{6}(?:\d{2})?-\d{2}$/,
    idExample: 'DEC-DAG-20230809-01',
    description: 'A decision a governance group took at one meeting, as a paper reports it.',
    hub: false,
    changedByChangeRequests: false,
    definedByArtefacts: false,
    properties: {
      date: date().describe(`The date of the meeting that took the decision: ${DATE_FORMAT}.`),
      outcome: decisionOutcomeSchema.describe('What was decided.'),
    },
  }),
  System: spec({
    yamlKey: 'systems',
    idPattern: CODE,
    idExample: 'MPRS',
    description: 'A named IT system or tool of the MHHS ecosystem (a central system, a registration system, a test tool).',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      operator: text().optional().describe('Who provides or operates the system, as the papers say.'),
      releaseDate: date().optional().describe(`When the system or tool was released, where the papers say: ${DATE_FORMAT}.`),
    },
  }),
  CodeDraftingTranche: spec({
    yamlKey: 'codeDraftingTranches',
    idPattern: /^CDT-\d$/,
    idExample: 'CDT-2',
    description: 'A tranche of code drafting: the code artefacts issued together for industry consultation.',
    hub: true,
    changedByChangeRequests: false,
    definedByArtefacts: false,
    properties: {
      number: z.number().int().positive().describe('The tranche number.'),
      consultationCloses: date().optional().describe(`When the tranche's industry consultation closes: ${DATE_FORMAT}.`),
      consultationClosesStated: statedDates('consultationCloses'),
    },
  }),
  CodeDraftingTopic: spec({
    yamlKey: 'codeDraftingTopics',
    idPattern: /^CDT-[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/,
    idExample: 'CDT-REGISTRATION',
    description: 'A topic area of code drafting (Registration, BSC Central Services, …), approved at CCAG.',
    hub: true,
    changedByChangeRequests: false,
    definedByArtefacts: false,
    properties: {
      codes: list(codeBodySchema).optional().describe('The industry codes drafted in the topic, where the papers say.'),
      approvalDate: date().optional().describe(`Target date of approval at CCAG: ${DATE_FORMAT}.`),
      forecastDate: date().optional().describe(`Forecast date of approval at CCAG: ${DATE_FORMAT}.`),
      status: text().optional().describe('Status in the Code Drafting Status milestones table (Complete, Green, …).'),
    },
  }),
  QualificationRoute: spec({
    yamlKey: 'qualificationRoutes',
    idPattern: /^QR-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'QR-SIT',
    description: 'A route a programme participant follows, per role, to become MHHS Qualified (the SIT route, the non-SIT route).',
    hub: true,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {},
  }),
  QualificationStep: spec({
    yamlKey: 'qualificationSteps',
    idPattern: /^QS-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'QS-SECURITY-CONTROLS',
    description: 'A step of one or more qualification routes, as the routes table gives it; a step on several routes is one they share.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      reviewedBy: text().optional().describe('Who reviews or develops the step, as the routes table says (MHHS Programme, Code Bodies).'),
    },
  }),
  QualificationIteration: spec({
    yamlKey: 'qualificationIterations',
    idPattern: /^(?:QAP|QAD)-[A-Z0-9]+$/,
    idExample: 'QAD-BASELINE',
    description: 'An iteration (version) of the QA&P or the QAD, with the programme deliverables it depends on and its expected dates.',
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      document: qualificationDocument.describe('The qualification document the iteration is a version of.'),
      dependencies: list(text()).optional().describe('The programme deliverables the iteration depends on, as the table writes them.'),
      dependencyDates: list(date()).optional().describe(`When those deliverables are expected: ${DATE_FORMAT}.`),
      dependencyDatesStated: statedDates('dependencyDates'),
      approvalDate: date().optional().describe(`Expected approval from TMAG and the PABs: ${DATE_FORMAT}.`),
      approvalDateStated: statedDates('approvalDate'),
      issueDate: date().optional().describe(`Expected issue date: ${DATE_FORMAT}.`),
      issueDateStated: statedDates('issueDate'),
    },
  }),
  SitCohortRole: spec({
    yamlKey: 'sitCohortRoles',
    idPattern: /^SIT-MVC-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'SIT-MVC-ADS',
    description: "A market role in the SIT minimum viable cohort (MVC), one row of the SIT Status table: how many the MVC needs, how many are confirmed, and who.",
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      constituency: text().describe('The constituency of the row, as the table writes it.'),
      constituencyParticipants: count().optional().describe('The number of programme participants of the constituency confirmed for SIT (FTIG attendees).'),
      mvcRequired: count().optional().describe('The number of participants in the role the SIT MVC requires (absent where the table says n/a).'),
      confirmed: count().optional().describe('The number of participants in the role confirmed for SIT (absent where the table says n/a).'),
      participants: list(text()).optional().describe('The participants named for the role, as the table writes them.'),
    },
  }),
  DesignTrancheService: spec({
    yamlKey: 'designTrancheServices',
    idPattern: /^DT-(?:[1-4]|TBC)-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'DT-2-REGISTRATION',
    description: "One row of the design dashboard: the design artefacts of one MHHS service in one design tranche, how many, and the DAG month planned and expected for their approval.",
    hub: false,
    changedByChangeRequests: true,
    definedByArtefacts: false,
    properties: {
      tranche: tranche('the artefacts are'),
      service: text().describe('The MHHS service of the row, as the dashboard writes it.'),
      artefactCount: count().describe('How many design artefacts of the service the tranche holds.'),
      plannedDagMonth: date().optional().describe(`The DAG month planned for the approval: ${DATE_FORMAT}.`),
      expectedDagMonth: date().optional().describe(`The DAG month now expected: ${DATE_FORMAT}.`),
      statusAndIssues: text().optional().describe('The current status and issues, as the dashboard words them.'),
      actions: text().optional().describe('The actions to resolve, as the dashboard words them.'),
    },
  }),
} as const satisfies Record<NodeKind, KindSpec>;

/** Properties every element has, whatever its kind. */
export const COMMON_PROPERTIES = {
  id: z.string(),
  name: text(),
  description: prose().optional(),
  source: sourceSchema.optional(),
  /** Set instead of `source` when the element is an illustration, not a fact from the papers; says why it exists. */
  example: prose().optional(),
  /** Set instead of `source` / `example` when the element is a disclosed judgement the papers do not state; gives the reason. */
  inferred: prose().optional(),
  /** Set instead of the others on a record of what happened (a test result): the report it was imported from. */
  recordedFrom: text().optional(),
  /** Set when a change request proposes the element rather than the baselined design holding it. */
  proposedBy: proposalSchema.optional(),
} as const;

/** The provenance keys elements of `kind` may state (exactly one of them). */
export const provenanceKeysFor = (kind: NodeKind): readonly ProvenanceKey[] =>
  (KINDS[kind] as KindSpec).provenance ?? DESIGN_PROVENANCE_KEYS;

/** The kinds whose declaration says yes to `decision`, in NODE_KINDS order. */
export const kindsWhere = (decision: (spec: KindSpec) => boolean): NodeKind[] => NODE_KINDS.filter((kind) => decision(KINDS[kind]));

export const isNodeKind = (s: string): s is NodeKind => (NODE_KINDS as readonly string[]).includes(s);

/** The properties `kind` declares, by name. */
export type PropertyOf<K extends NodeKind> = keyof (typeof KINDS)[K]['properties'] & string;

/** The description declared on a schema with `.describe()`; `what` names it if it has none. */
export function descriptionOf(schema: z.core.$ZodType | undefined, what: string): string {
  const description = schema && z.globalRegistry.get(schema)?.description;
  if (!description) throw new Error(`${what} has no description: give its schema one with .describe() in src/model/kinds.ts`);
  return description;
}

/** The description of a kind's property, as declared on its schema above. */
export const propertyDescription = <K extends NodeKind>(kind: K, property: PropertyOf<K>): string =>
  descriptionOf((KINDS[kind].properties as z.ZodRawShape)[property], `${kind}.${property}`);
