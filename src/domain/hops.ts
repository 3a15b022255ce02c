/**
 * The hops the queries follow by name: each is named as the GraphQL field that reads it on the
 * element it starts from (see `field` / `inverseField` in relationships.ts), so `verifiedBy`
 * goes from a requirement to the test cases that VERIFY it.
 */
import type { RelationshipType } from '../model/relationships.js';
import type { Direction, Hop } from '../store/port.js';

export const hop = (type: RelationshipType, direction: Direction): Hop => ({ type, direction });

export const HOPS = {
  /** Artefact → the elements it defines. */
  defines: hop('DEFINES', 'OUT'),
  /** ProcessStep → its process. */
  process: hop('HAS_STEP', 'IN'),
  /** Role → the steps it performs. */
  performsSteps: hop('PERFORMED_BY', 'IN'),
  /** Role → the interfaces it sends. */
  sends: hop('FROM', 'IN'),
  /** Role → the interfaces it receives. */
  receives: hop('TO', 'IN'),
  /** Role → the interface flows (sender → receiver pairs) it sends. */
  sendsFlows: hop('FLOW_FROM', 'IN'),
  /** Role → the interface flows it receives. */
  receivesFlows: hop('FLOW_TO', 'IN'),
  /** InterfaceFlow → the interface it is a direction of. */
  flowOf: hop('FLOW_OF', 'OUT'),
  /** Role → the requirements that apply to it. */
  requirements: hop('APPLIES_TO', 'IN'),
  /** Role → its parts. */
  parts: hop('PART_OF', 'IN'),
  /** Requirement → the interfaces and steps realising it. */
  realisedBy: hop('REALISED_BY', 'OUT'),
  /** Requirement → the test cases verifying it. */
  verifiedBy: hop('VERIFIES', 'IN'),
  /** Requirement → the clauses codifying it. */
  codifiedBy: hop('CODIFIES', 'IN'),
  /** TestCase → the requirements it verifies. */
  verifies: hop('VERIFIES', 'OUT'),
  /** Interface → the test cases exercising it. */
  exercisedBy: hop('EXERCISES', 'IN'),
  /** TestCase → its scenario. */
  scenario: hop('IN_SCENARIO', 'OUT'),
  /** TestScenario → its test cases. */
  testCases: hop('IN_SCENARIO', 'IN'),
  /** ProcessStep → the interfaces it sends. */
  stepSends: hop('SENDS', 'OUT'),
  /** Role → the test cases naming it among their roles. */
  takesPartIn: hop('INVOLVES', 'IN'),
  /** TestCase → the roles it names. */
  roles: hop('INVOLVES', 'OUT'),
  /** TestCase → its results (executions). */
  results: hop('RESULT_OF', 'IN'),
  /** TestScenario → its phase. */
  phase: hop('IN_PHASE', 'OUT'),
  /** TestPhase → its scenarios. */
  scenarios: hop('IN_PHASE', 'IN'),
  /** CodeClause → the requirements it codifies. */
  codifies: hop('CODIFIES', 'OUT'),
  /** ChangeRequest → the elements it changes. */
  changes: hop('CHANGES', 'OUT'),
} as const;
