/**
 * The node kinds of the MHHS design graph, declared once. Validation, the JSON Schema for
 * editors, the store adapters (labels allowlist), and the GraphQL types all read this table.
 *
 * `properties` lists the scalar properties an element of the kind carries in YAML (besides the
 * common `id`, `name`, `description`, `source` / `example`). References to other elements are
 * declared in `relationships.ts`, not here.
 */
import { z } from 'zod';
import { PAPER_FILES } from './papers.js';

export const NODE_KINDS = [
  'Artefact',
  'BusinessProcess',
  'ProcessStep',
  'Interface',
  'DataItem',
  'Requirement',
  'Role',
  'TestPhase',
  'TestScenario',
  'TestCase',
  'ChangeRequest',
  'DesignRelease',
  'CodeClause',
  'DesignPrinciple',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const CODE_BODIES = ['BSC', 'REC', 'SEC'] as const;
export type CodeBody = (typeof CODE_BODIES)[number];

export const ROLE_CATEGORIES = ['MARKET_ROLE', 'CENTRAL_SERVICE', 'TOM_SERVICE'] as const;
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
export const REQUIREMENT_CATEGORIES = ['FUNCTIONAL', 'NON_FUNCTIONAL'] as const;

/** Upper-case programme code such as `SDS`, `BRS007`, `SIT-FUNCTIONAL`, `REG_SERVICE`. */
const CODE = /^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*$/;
/** Calendar date, or month when the papers give only a month. */
const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

const date = () => z.string().regex(DATE, 'must be a date YYYY-MM-DD (or YYYY-MM when only the month is known)');
const text = () => z.string().min(1);
const count = () => z.number().int().nonnegative();

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
}

const spec = <P extends z.ZodRawShape>(s: Omit<KindSpec, 'properties'> & { properties: P }) => s;

export const KINDS = {
  Artefact: spec({
    yamlKey: 'artefacts',
    idPattern: CODE,
    idExample: 'BRS007',
    description: 'A design document: business process diagram or description, BRS, method statement, interface catalogue, …',
    properties: {
      type: z.enum(ARTEFACT_TYPES),
      tranche: z.number().int().min(1).max(4).optional(),
      version: text().optional(),
      status: text().optional(),
      reviewComments: count().optional(),
    },
  }),
  BusinessProcess: spec({
    yamlKey: 'businessProcesses',
    idPattern: /^MHHSP-BP\d{3}[A-Z]?$/,
    idExample: 'MHHSP-BP001',
    description: 'A business process of the target operating model, with the steps it is made of.',
    properties: {
      walkthroughTheme: text().optional(),
      constituencies: z.array(text()).optional(),
    },
  }),
  ProcessStep: spec({
    yamlKey: null,
    idPattern: /^MHHSP-BP\d{3}[A-Z]?-S\d{2}$/,
    idExample: 'MHHSP-BP001-S01',
    description: 'One step of a business process, performed by one role.',
    properties: {
      sequence: z.number().int().positive(),
    },
  }),
  Interface: spec({
    yamlKey: 'interfaces',
    idPattern: /^(?:IF|PUB|REP)-\d{3}[A-Z]?$/,
    idExample: 'IF-021',
    description: 'An interface of the Interface Catalogue (IF-…), a publication (PUB-…) or a reporting interface (REP-…).',
    properties: {
      mechanism: text().optional(),
    },
  }),
  DataItem: spec({
    yamlKey: 'dataItems',
    idPattern: /^DI-\d{3,}$/,
    idExample: 'DI-001',
    description: 'A data item carried by interfaces.',
    properties: {},
  }),
  Requirement: spec({
    yamlKey: 'requirements',
    idPattern: /^[A-Z][A-Z0-9]*-[A-Z]{2,4}-\d{3}$/,
    idExample: 'BRS007-FR-001',
    description: 'A business or non-functional requirement of the design.',
    properties: {
      text: text(),
      category: z.enum(REQUIREMENT_CATEGORIES),
    },
  }),
  Role: spec({
    yamlKey: 'roles',
    idPattern: CODE,
    idExample: 'ADS',
    description: 'A market role, central service or TOM service, with the industry codes that govern it.',
    properties: {
      category: z.enum(ROLE_CATEGORIES),
      codeBodies: z.array(z.enum(CODE_BODIES)).optional(),
      legacyRole: text().optional(),
    },
  }),
  TestPhase: spec({
    yamlKey: 'testPhases',
    idPattern: CODE,
    idExample: 'SIT-FUNCTIONAL',
    description: 'A phase of MHHS testing (PIT, SIT CIT, SIT Functional, …).',
    properties: {
      startDate: date().optional(),
      endDate: date().optional(),
      entryIntervals: z
        .array(
          z.strictObject({
            number: z.number().int().positive(),
            systems: z.array(text()).min(1),
            startDate: date().optional(),
            endDate: date().optional(),
          }),
        )
        .optional(),
    },
  }),
  TestScenario: spec({
    yamlKey: 'testScenarios',
    idPattern: /^TS-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'TS-SITF-001',
    description: 'A test scenario grouping test cases within a phase.',
    properties: {},
  }),
  TestCase: spec({
    yamlKey: 'testCases',
    idPattern: /^TC-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
    idExample: 'TC-SITF-001-01',
    description: 'A test case: verifies requirements and exercises interfaces.',
    properties: {
      steps: z.array(text()).optional(),
    },
  }),
  ChangeRequest: spec({
    yamlKey: 'changeRequests',
    idPattern: /^CR\d{3}$/,
    idExample: 'CR023',
    description: 'A change request against the design baseline.',
    properties: {
      raiser: text().optional(),
      type: text().optional(),
      approvalStatus: text().optional(),
      stage: text().optional(),
    },
  }),
  DesignRelease: spec({
    yamlKey: 'designReleases',
    idPattern: /^(?:M5|IR\d+)$/,
    idExample: 'IR5',
    description: 'A design release: the M5 baseline or an interim release IR1 … IR11.',
    properties: {
      date: date().optional(),
    },
  }),
  CodeClause: spec({
    yamlKey: 'codeClauses',
    idPattern: /^(?:BSC|REC|SEC)-[A-Z0-9]+(?:[-.][A-Z0-9]+)*$/,
    idExample: 'BSC-C-3.2',
    description: 'A clause of an industry code (BSC, REC, SEC) that codifies requirements.',
    properties: {
      code: z.enum(CODE_BODIES),
      document: text(),
      clause: text(),
    },
  }),
  DesignPrinciple: spec({
    yamlKey: 'designPrinciples',
    idPattern: /^DP-\d{2}$/,
    idExample: 'DP-00',
    description: 'A design principle of the MHHS target operating model, with its PRI references.',
    properties: {
      number: z.number().int().nonnegative(),
      priReferences: z.array(text()).optional(),
    },
  }),
} as const satisfies Record<NodeKind, KindSpec>;

/** Properties every element has, whatever its kind. */
export const COMMON_PROPERTIES = {
  id: z.string(),
  name: text(),
  description: text().optional(),
  source: sourceSchema.optional(),
  /** Set instead of `source` when the element is an illustration, not a fact from the papers; says why it exists. */
  example: text().optional(),
} as const;

export const isNodeKind = (s: string): s is NodeKind => (NODE_KINDS as readonly string[]).includes(s);
